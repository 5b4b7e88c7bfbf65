import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { storyItems } from '../../src/lib/story/items.ts';
import type { Story } from '../../src/lib/story/schema.ts';
import { timelineModel } from '../../src/lib/layout/timelineModel.ts';
import {
	fitOptions,
	lanesNeeded,
	layoutHorizontal
} from '../../src/lib/layout/timelineHorizontal.ts';
import { layoutVertical, withSpeaker } from '../../src/lib/layout/timelineVertical.ts';
import { textWidth, truncate, wrap } from '../../src/lib/layout/timelineText.ts';
import { syntheticStory } from '../fixtures/syntheticStory.ts';
import { expectNoOverlap } from './layoutAsserts.ts';

const seed = JSON.parse(readFileSync('data/stories/oval-office-clash/story.json', 'utf8')) as Story;
const seedModel = timelineModel(storyItems(seed));
const bigModel = timelineModel(storyItems(syntheticStory(2000, 7)));
const WIDTHS = [320, 375, 600, 768, 1024, 1280, 1600];

describe('horizontal timeline layout', () => {
	it.each(WIDTHS)('places every seed item without overlap at %i px', (width) => {
		const layout = layoutHorizontal(seedModel, {
			width,
			view: { k: 1, x: 0 },
			lanes: lanesNeeded(seedModel, width)
		});
		expectNoOverlap(layout);
		const fitted = layoutHorizontal(seedModel, {
			width,
			view: { k: 1, x: 0 },
			...fitOptions(seedModel, width)
		});
		expectNoOverlap(fitted);
		if (width >= 720) expect(fitted.marks).toHaveLength(seedModel.entries.length);
		if (width >= 720) {
			expect(layout.marks).toHaveLength(seedModel.entries.length);
			expect(layout.runs).toHaveLength(0);
		}
	});

	it.each([1, 3, 10, 40])('keeps a dense story free of overlap at zoom %i', (k) => {
		const layout = layoutHorizontal(bigModel, {
			width: 1200,
			view: { k, x: (-1200 * (k - 1)) / 2 }
		});
		expectNoOverlap(layout);
		const counted = layout.runs.reduce((s, r) => s + r.count, 0);
		expect(layout.marks.length + counted).toBeGreaterThan(0);
		expect(layout.marks.length).toBeLessThan(400);
	});

	it('keeps same-day items in sequence order, each on its own x', () => {
		const layout = layoutHorizontal(seedModel, { width: 1200, view: { k: 1, x: 0 }, lanes: 10 });
		const day = layout.marks
			.filter((m) => seedModel.entries[m.index]!.item.when.sequence)
			.sort((a, b) => a.index - b.index);
		expect(day.length).toBe(22);
		for (let i = 1; i < day.length; i++) expect(day[i]!.x - day[i - 1]!.x).toBeGreaterThan(14);
	});

	it('draws a span as a bar across its extent and a day as a point', () => {
		const layout = layoutHorizontal(seedModel, { width: 1200, view: { k: 1, x: 0 }, lanes: 10 });
		const find = (id: string) =>
			layout.marks.find((m) => seedModel.entries[m.index]!.item.id === id)!;
		expect(find('ceasefire-2019').bar![1] - find('ceasefire-2019').bar![0]).toBeGreaterThan(50);
		expect(find('full-scale-invasion').bar).toBeNull();
		const support = find('us-support-during-war').bar!;
		expect(support[0]).toBeLessThan(find('full-scale-invasion').x);
		expect(support[1]).toBeGreaterThan(find('oval-office-meeting').x);
	});

	it.each(WIDTHS.filter((w) => w >= 720))(
		'cuts a label only where the next mark of its lane leaves no room, at %i px',
		(width) => {
			const layout = layoutHorizontal(seedModel, {
				width,
				view: { k: 1, x: 0 },
				...fitOptions(seedModel, width)
			});
			for (const m of layout.marks) {
				const full = seedModel.entries[m.index]!.full;
				// A label before its mark (at the right edge) is the label as packed, not grown.
				if (m.label === full || m.labelX < m.x) continue;
				const next = layout.marks
					.filter((o) => o.lane === m.lane && o.box[0] > m.x)
					.reduce((a, o) => Math.min(a, o.box[0]), width + 16);
				expect(m.labelX + textWidth(full, 12), `${full} had room`).toBeGreaterThan(next - 10);
			}
		}
	);

	it.each([768, 960, 1280])(
		'labels the marks at the right edge before them, clear of their glyph, at %i px',
		(width) => {
			const layout = layoutHorizontal(seedModel, {
				width,
				view: { k: 1, x: 0 },
				...fitOptions(seedModel, width)
			});
			const edge = width - 16;
			const before = layout.marks.filter((m) => m.labelX < m.x);
			expect(before.length).toBeGreaterThan(0);
			for (const m of before) {
				const end = m.labelX + textWidth(m.label!, 12);
				expect(end).toBeLessThanOrEqual(m.x - 6);
				expect(m.box[0]).toBeCloseTo(m.labelX);
				// Only marks whose label after them would cross the chart's edge.
				expect(m.x + 10 + textWidth(m.label!, 12)).toBeGreaterThan(edge + 16);
			}
			// Every mark near the edge has a label on one side or the other.
			for (const m of layout.marks.filter((o) => o.x > edge - 40)) expect(m.label).not.toBeNull();
			expectNoOverlap(layout);
		}
	);

	it('gives a story of ordinary size the lanes to draw a crowded day in full at 768 px', () => {
		const crowded: Story = structuredClone(seed);
		const meetingDay = (s: number) => ({
			start: '2025-02-28',
			precision: 'day' as const,
			approximate: true,
			phrase: 'after the meeting',
			sequence: s
		});
		for (let i = 1; i <= 16; i++)
			crowded.reactions.push({
				...structuredClone(crowded.reactions[i % crowded.reactions.length]!),
				id: `extra-${i}`,
				when: meetingDay(22 + i)
			});
		const model = timelineModel(storyItems(crowded));
		expect(model.entries.length).toBeLessThanOrEqual(60);
		const fit = fitOptions(model, 768);
		const layout = layoutHorizontal(model, { width: 768, view: { k: 1, x: 0 }, ...fit });
		expectNoOverlap(layout);
		expect(fit.lanes).toBeGreaterThan(12);
		expect(layout.marks).toHaveLength(model.entries.length);
		expect(layout.runs).toHaveLength(0);
		// A large story keeps the shorter chart and counts what does not fit.
		expect(fitOptions(bigModel, 768).lanes).toBeLessThanOrEqual(12);
	});

	it('gives labels more room on a wide screen without losing marks', () => {
		const wide = fitOptions(seedModel, 1600);
		expect(wide.labelPx).toBeGreaterThan(fitOptions(seedModel, 768).labelPx - 1);
		expect(wide.lanes).toBeLessThanOrEqual(10);
		const cut = (labelPx?: number) =>
			layoutHorizontal(seedModel, {
				width: 1600,
				view: { k: 1, x: 0 },
				lanes: 10,
				labelPx
			}).marks.filter((m) => m.label !== seedModel.entries[m.index]!.full).length;
		expect(cut(wide.labelPx)).toBeLessThan(cut());
		expect(fitOptions(bigModel, 1600).labelPx).toBe(150);
	});

	it('keeps span bars apart from the marks of other lanes and inside their own lane', () => {
		const layout = layoutHorizontal(seedModel, { width: 1280, view: { k: 1, x: 0 }, lanes: 10 });
		const byLane = new Map<number, [number, number][]>();
		for (const m of layout.marks) {
			expect(m.box[1]).toBeGreaterThan(m.box[0]);
			if (!m.bar) continue;
			expect(m.bar[0]).toBeCloseTo(m.x);
			expect(m.bar[0]).toBeGreaterThanOrEqual(layout.left - 0.5);
			expect(m.bar[1]).toBeLessThanOrEqual(layout.left + layout.plotWidth + 0.5);
			byLane.set(m.lane, [...(byLane.get(m.lane) ?? []), m.bar]);
		}
		expect(byLane.size).toBeGreaterThan(0);
		// Bars of one lane follow one another; none runs under another.
		for (const bars of byLane.values()) {
			bars.sort((a, b) => a[0] - b[0]);
			for (let i = 1; i < bars.length; i++)
				expect(bars[i]![0]).toBeGreaterThanOrEqual(bars[i - 1]![1]);
		}
	});

	it('aggregates into counts rather than overlapping when lanes run out', () => {
		const layout = layoutHorizontal(bigModel, { width: 800, view: { k: 1, x: 0 }, lanes: 3 });
		expect(layout.runs.length).toBeGreaterThan(0);
		const counted = layout.runs.reduce((s, r) => s + r.count, 0);
		expect(counted + layout.marks.length).toBeLessThanOrEqual(bigModel.entries.length);
		expectNoOverlap(layout);
	});
});

describe('vertical timeline layout', () => {
	it.each([320, 375, 719])('gives each item its own row in time order at %i px', (width) => {
		const layout = layoutVertical(seedModel, width);
		expect(layout.rows.map((r) => r.index)).toEqual(seedModel.entries.map((_, i) => i));
		for (let i = 1; i < layout.rows.length; i++)
			expect(layout.rows[i]!.y - layout.rows[i - 1]!.y).toBeGreaterThanOrEqual(layout.rowHeight);
		for (const row of layout.rows) {
			expect(row.lines.length).toBeGreaterThanOrEqual(1);
			expect(row.lines.length).toBeLessThanOrEqual(2);
			for (const line of row.lines)
				expect(layout.labelX + textWidth(line, 12)).toBeLessThanOrEqual(width);
			if (row.seq) expect(textWidth(row.seq, 11)).toBeLessThanOrEqual(layout.gutter - 4);
		}
		// Headings sit between rows, never on one.
		const ys = [...layout.rows.map((r) => r.y), ...layout.headings.map((h) => h.y)].sort(
			(a, b) => a - b
		);
		for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(16);
		expect(layout.headings.map((h) => h.text)).toContain('28 Feb 2025');
	});
});

describe('vertical spans and wrapping', () => {
	it.each([320, 375])('draws each span beside its own row only, at %i px', (width) => {
		const layout = layoutVertical(seedModel, width);
		const spans = seedModel.entries.filter((_, i) => !seedModel.scale.point[i]).length;
		expect(layout.bars).toHaveLength(spans);
		for (const bar of layout.bars) {
			const row = layout.rows.find((r) => r.index === bar.index)!;
			expect(bar.y0).toBeGreaterThanOrEqual(row.y - row.h / 2);
			expect(bar.y1).toBeLessThanOrEqual(row.y + row.h / 2);
			expect(bar.x).toBeLessThan(layout.markX - 6);
		}
	});

	it('wraps a long label onto a second line instead of cutting it', () => {
		const layout = layoutVertical(seedModel, 375);
		const two = layout.rows.filter((r) => r.lines.length === 2);
		expect(two.length).toBeGreaterThan(0);
		for (const row of two) {
			expect(row.h).toBeGreaterThan(layout.rowHeight);
			const e = seedModel.entries[row.index]!;
			const text = e.item.kind === 'reaction' ? withSpeaker(e.full, e.item.label) : e.item.label;
			if (!row.lines[1]!.endsWith('…')) expect(row.lines.join(' ')).toBe(text);
		}
	});
});

describe('label text', () => {
	it.each([
		['short', 200, ['short']],
		['two words here', 80, ['two words', 'here']],
		['one two three four five six seven eight', 80, null]
	])('wraps %j into two lines of %i px', (text, max, want) => {
		const out = wrap(text as string, max as number);
		if (want) expect(out).toEqual(want);
		else {
			expect(out).toHaveLength(2);
			expect(out[1]!.endsWith('…')).toBe(true);
		}
		for (const line of out) expect(textWidth(line)).toBeLessThanOrEqual(max as number);
	});

	it.each([
		['short', 200, 'short'],
		['a much longer label than fits', 60, null],
		['anything', 0, '']
	])('truncates %j to %i px', (text, max, want) => {
		const out = truncate(text, max);
		if (want !== null) expect(out).toBe(want);
		else expect(out.endsWith('…')).toBe(true);
		expect(textWidth(out)).toBeLessThanOrEqual(Math.max(max, 0));
	});
});

describe('a reaction row on phones', () => {
	it.each([
		['Donald Tusk', 'tells Ukraine it is not alone', 'Donald Tusk: tells Ukraine it is not alone'],
		[
			'Donald Tusk',
			'Donald Tusk tells Ukraine it is not alone',
			'Donald Tusk tells Ukraine it is not alone'
		],
		['Seabata Moeketsi', 'Moeketsi: the chiefs ignore us', 'Moeketsi: the chiefs ignore us'],
		[
			'Bela Bela villagers',
			'Villagers: the blasts crack our homes',
			'Villagers: the blasts crack our homes'
		],
		['Arthur Engoron', 'Engoron warns the lawyers', 'Engoron warns the lawyers'],
		// A colon that introduces someone else's words keeps the speaker.
		['China Geo', 'Residents: we were never asked', 'China Geo: Residents: we were never asked'],
		// A name is matched as whole words only.
		['Ann Trump', 'Trumpeters protest', 'Ann Trump: Trumpeters protest']
	])('names %j once in %j', (name, label, row) => {
		expect(withSpeaker(name, label)).toBe(row);
	});
});
