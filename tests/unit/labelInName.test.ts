/**
 * Label in Name (WCAG 2.5.3): the words a timeline mark shows, cut or not,
 * are a run of the words of its accessible name, on every test story at
 * phone to wide widths; labels are cut between whole words.
 */
import { describe, expect, it } from 'vitest';
import { markName, storyItems, type Item } from '../../src/lib/story/items.ts';
import { timelineModel } from '../../src/lib/layout/timelineModel.ts';
import { fitOptions, layoutHorizontal } from '../../src/lib/layout/timelineHorizontal.ts';
import { layoutVertical } from '../../src/lib/layout/timelineVertical.ts';
import { textWidth, truncate, wrap } from '../../src/lib/layout/timelineText.ts';
import { testStories } from '../fixtures/storyFolders.ts';

/** Lower-case words of letters and digits; punctuation and the ellipsis are not words. */
const words = (text: string) =>
	text
		.normalize('NFKD')
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);

/** True when the words of `shown` appear, in order and together, among the words of `name`. */
function inName(shown: string, name: string): boolean {
	const a = words(shown);
	const b = words(name);
	for (let i = 0; i + a.length <= b.length; i++) if (a.every((w, j) => w === b[i + j])) return true;
	return a.length === 0;
}

describe('truncate', () => {
	const SENTENCES = [
		'Trump says Zelensky is not ready for peace',
		'Macron, Starmer and Tusk back Kyiv after the Oval Office row',
		'A well-known left-wing/right-wing split over minerals',
		'Supercalifragilistic words'
	];
	it.each(SENTENCES)('cuts %j only between whole words, at every width', (text) => {
		const all = words(text);
		for (let max = 0; max <= textWidth(text) + 10; max += 3) {
			const out = truncate(text, max);
			expect(textWidth(out)).toBeLessThanOrEqual(Math.max(max, 0));
			if (out === text) continue;
			if (!out) continue;
			expect(out.endsWith('…')).toBe(true);
			const kept = out.slice(0, -1);
			expect(text.startsWith(kept)).toBe(true);
			// The last word kept is whole: the text goes on with a space, or the cut follows a hyphen or slash.
			const next = text[kept.length]!;
			expect(/[\s,;:]/.test(next) || /[-/]$/.test(kept), `${JSON.stringify(out)} at ${max}`).toBe(
				true
			);
			expect(all.slice(0, words(kept).length)).toEqual(words(kept));
		}
	});

	it('shows nothing rather than part of a first word that does not fit', () => {
		expect(truncate('Supercalifragilistic words', 60)).toBe('');
		expect(truncate('Supercalifragilistic words', 160)).toBe('Supercalifragilistic…');
	});

	it('drops a comma before the ellipsis', () => {
		const out = truncate('Macron, Starmer and Tusk', textWidth('Macron, St…'));
		expect(out).toBe('Macron…');
	});

	it('keeps a wrapped label’s words whole on both lines', () => {
		const text = 'one two three four five six seven eight nine ten';
		const lines = wrap(text, 80);
		expect(lines).toHaveLength(2);
		expect(inName(lines.join(' '), text)).toBe(true);
	});
});

describe('markName', () => {
	const base = { id: 'x', sources: [], extent: [0, 0], date: '28 Feb 2025' };
	const event = { ...base, kind: 'event', label: 'Leaders meet in the Oval Office', actors: [] };
	const reaction = {
		...base,
		kind: 'reaction',
		label: 'calls the meeting a disgrace',
		stance: 'critical',
		target: { name: 'Donald Trump' },
		actors: [{ name: 'Kaja Kallas' }]
	};

	it('puts the shown words first, then the facts they leave out', () => {
		expect(markName(event as unknown as Item, event.label)).toBe(
			'Leaders meet in the Oval Office, 28 Feb 2025'
		);
		expect(markName(reaction as unknown as Item, 'Kaja Kallas')).toBe(
			'Kaja Kallas, critical of Donald Trump, 28 Feb 2025, calls the meeting a disgrace'
		);
		expect(
			markName(reaction as unknown as Item, '#2', 'Kaja Kallas: calls the meeting a disgrace')
		).toBe('#2, Kaja Kallas: calls the meeting a disgrace, critical of Donald Trump, 28 Feb 2025');
	});

	it('names a mark with no label by its facts', () => {
		expect(markName(event as unknown as Item)).toBe('Leaders meet in the Oval Office, 28 Feb 2025');
		expect(markName({ ...reaction, actors: [] } as unknown as Item, null)).toBe(
			'critical of Donald Trump, 28 Feb 2025, calls the meeting a disgrace'
		);
	});
});

describe.each(testStories().map((s) => [s.story.slug, s] as const))('%s', (_, { story }) => {
	const model = timelineModel(storyItems(story));

	it.each([320, 375, 768, 1280, 1600])('horizontal marks at %i px', (width) => {
		const layout = layoutHorizontal(model, {
			width,
			view: { k: 1, x: 0 },
			...fitOptions(model, width)
		});
		let labelled = 0;
		for (const m of layout.marks) {
			const e = model.entries[m.index]!;
			const name = markName(e.item, m.label ? e.full : null);
			if (m.label) labelled++;
			expect(inName(m.label ?? '', name), `${m.label} in ${name}`).toBe(true);
		}
		expect(labelled).toBeGreaterThan(0);
	});

	it.each([320, 375])('vertical rows at %i px', (width) => {
		const layout = layoutVertical(model, width);
		for (const row of layout.rows) {
			const name = markName(model.entries[row.index]!.item, row.seq, row.text);
			const shown = [row.seq ?? '', ...row.lines].join(' ');
			expect(inName(shown, name), `${shown} in ${name}`).toBe(true);
		}
	});
});
