import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { world110m } from '../../src/lib/layout/geoAtlas.ts';
import {
	centralLongitude,
	NARROW_WIDTHS,
	reactionMap,
	WIDE_WIDTHS
} from '../../src/lib/layout/map.ts';
import { labelWidth, NUMBER_WIDTH } from '../../src/lib/layout/mapClusters.ts';
import { unplacedNames } from '../../src/lib/layout/mapReactions.ts';
import { overlap } from '../../src/lib/layout/mapPlacement.ts';
import { WIDE_FROM } from '../../src/lib/layout/breakpoints.ts';
import type { ReactionMapGeometry } from '../../src/lib/layout/mapTypes.ts';
import { isReaction, storyItems } from '../../src/lib/story/items.ts';
import type { Story } from '../../src/lib/story/schema.ts';
import { compareGolden } from '../golden/golden.ts';
import MapFixture from './MapFixture.svelte';

const seed: Story = JSON.parse(
	readFileSync('data/stories/oval-office-clash/story.json', 'utf8')
) as Story;
const map = reactionMap(seed, world110m);

/**
 * Marker rectangles (px, in the frame) at a frame width, and the actors' labels
 * (names on wide maps, numbers on narrow ones). A narrow frame shows the
 * map's window, so its layer is wider than the frame and shifted left.
 */
function markerRects(m: ReactionMapGeometry, width: number) {
	const wide = width >= WIDE_FROM;
	const layer = wide ? width : width / m.window.w;
	const left = wide ? 0 : -m.window.x0 * layer;
	const h = (layer * m.height) / m.width;
	const at = (fx: number, fy: number, dx: number, dy: number) => [
		left + fx * layer + dx,
		fy * h + dy
	];
	const marks = m.markers.map((k) => {
		const o = wide ? k.wide : k.narrow;
		const [x, y] = at(k.fx, k.fy, o.dx, o.dy);
		return { id: k.id, r: [x! - m.cell / 2, y! - m.cell / 2, x! + m.cell / 2, y! + m.cell / 2] };
	});
	const labels = (wide ? m.labels : m.numbers).map((l) => {
		const [x, y] = at(l.fx, l.fy, l.dx, l.dy);
		const w = wide ? labelWidth(l.text) : NUMBER_WIDTH - 2;
		return { id: l.key, r: [x!, y! - 8, x! + w, y! + 8] };
	});
	return {
		marks,
		labels,
		all: [...marks, ...labels],
		frame: [width, (width * m.height) / m.width / (wide ? 1 : m.window.w)]
	};
}

/** A story of the given actors, each reacting once to the first. */
function storyOf(actors: { id: string; country: string | null; region?: string }[]): Story {
	const when = {
		start: '2025-01-01',
		precision: 'day' as const,
		approximate: false,
		phrase: 'then'
	};
	return {
		...seed,
		actors: actors.map((a) => ({ ...a, name: a.id, kind: 'person' as const, role: a.id })),
		events: [],
		reactions: actors.slice(1).map((a, i) => ({
			id: `r${i}`,
			label: 'reacts',
			actor: a.id,
			toward: actors[0]!.id,
			stance: 'critical' as const,
			channel: null,
			when,
			sources: [{ paragraph: 1, quote: 'q' }]
		}))
	};
}

describe('centralLongitude', () => {
	it.each([
		[[10], 10],
		[[-98, 2, 19, 31, 96], -1],
		[[170, -170], 180],
		[[-10, 10], 0],
		[[0, 120, -120], 0]
	])('centres %j on %d', (lons, centre) => {
		expect(Math.abs(((((centralLongitude(lons) - centre) % 360) + 540) % 360) - 180)).toBeLessThan(
			1e-9
		);
	});
});

describe('reactionMap of the seed story', () => {
	it('has a marker for every reaction, in stance-then-name order', () => {
		expect(map.markers.map((m) => m.id).sort()).toEqual(seed.reactions.map((r) => r.id).sort());
		expect(map.unplaced).toEqual([]);
		const order = ['supportive', 'critical', 'mixed', 'neutral'];
		const ranks = map.markers.map((m) => order.indexOf(m.stance));
		expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
	});

	it('names every reacting actor beside its row on wide maps', () => {
		const reactors = new Set(seed.reactions.map((r) => r.actor));
		expect(new Set(map.labels.map((l) => l.key))).toEqual(reactors);
		const spokeswoman = map.labels.find((l) => l.key === 'russia-mfa-spokeswoman')!;
		expect(spokeswoman.text.endsWith('…')).toBe(true);
		expect(spokeswoman.text.length).toBeLessThanOrEqual(24);
	});

	it('places actors at their countries, and Europe as a region', () => {
		const at = (key: string) => map.places.find((p) => p.key === key)!;
		expect(at('c:US').x).toBeLessThan(at('c:FR').x);
		expect(at('c:FR').x).toBeLessThan(at('c:PL').x);
		expect(at('c:PL').x).toBeLessThan(at('c:RU').x);
		expect(at('c:RU').y).toBeLessThan(at('c:FR').y);
		expect(at('r:europe')).toMatchObject({ kind: 'region', name: 'Europe' });
		expect(at('r:europe').d).toBeUndefined();
		for (const code of ['US', 'RU', 'UA', 'FR', 'PL']) expect(at(`c:${code}`).d).toMatch(/^m/);
		expect(at('c:US').actors).toEqual([
			'Democrats in Congress',
			'Donald Trump',
			'Republican lawmakers'
		]);
		for (const p of map.places) {
			expect(p.x).toBeGreaterThan(0);
			expect(p.x).toBeLessThan(map.width);
			expect(p.y).toBeGreaterThan(0);
			expect(p.y).toBeLessThan(map.height);
		}
	});

	it.each([...NARROW_WIDTHS, ...WIDE_WIDTHS])(
		'keeps markers and labels apart and inside the map at %d px',
		(width) => {
			const { all: rects, frame } = markerRects(map, width);
			for (const a of rects) {
				expect(a.r[0]).toBeGreaterThanOrEqual(0);
				expect(a.r[2]).toBeLessThanOrEqual(frame[0]!);
				expect(a.r[1]).toBeGreaterThanOrEqual(0);
				expect(a.r[3]).toBeLessThanOrEqual(frame[1]!);
				for (const b of rects)
					if (a !== b) expect(overlap(a.r, b.r), `${a.id} × ${b.id}`).toBeLessThan(1e-6);
			}
		}
	);

	it('draws one arc per reaction, each between its two places', () => {
		expect(map.arcs.map((a) => a.id).sort()).toEqual(seed.reactions.map((r) => r.id).sort());
		const us = map.places.find((p) => p.key === 'c:US')!;
		const ru = map.places.find((p) => p.key === 'c:RU')!;
		const arc = map.arcs.find((a) => a.id === 'russia-praises-trump-restraint')!;
		expect(arc.d.startsWith(`M${ru.x},${ru.y}`)).toBe(true);
		expect(arc.head.startsWith(`M${us.x},${us.y}`)).toBe(true);
	});

	it('keeps the basemap small', () => {
		const bytes =
			map.land.length + map.borders.length + map.places.reduce((n, p) => n + (p.d?.length ?? 0), 0);
		expect(bytes).toBeLessThan(30_000);
		expect(map.land).not.toMatch(/\.\d/);
	});
});

describe('fitting', () => {
	it('zooms to a few neighbours but keeps the world around them', () => {
		const m = reactionMap(
			storyOf([
				{ id: 'a', country: 'FR' },
				{ id: 'b', country: 'DE' },
				{ id: 'c', country: 'PL' }
			]),
			world110m
		);
		const fr = m.places.find((p) => p.key === 'c:FR')!;
		const pl = m.places.find((p) => p.key === 'c:PL')!;
		// Closer than on a world map, yet not filling the frame.
		expect(pl.x - fr.x).toBeGreaterThan(m.width * 0.08);
		expect(pl.x - fr.x).toBeLessThan(m.width * 0.6);
		expect(m.land.length).toBeGreaterThan(1000);
	});

	it('lays out a story without reactions as a world map with nothing on it', () => {
		const m = reactionMap({ ...seed, reactions: [] }, world110m);
		expect(m.markers).toEqual([]);
		expect(m.arcs).toEqual([]);
		expect(m.land.length).toBeGreaterThan(1000);
	});

	it('points an arc at the place of an event’s actors when an event is the target', () => {
		const event = seed.events.find((e) => e.actors.includes('trump'))!;
		const story: Story = {
			...seed,
			reactions: [{ ...seed.reactions.find((r) => r.actor === 'macron')!, toward: event.id }]
		};
		const m = reactionMap(story, world110m);
		const firstPlaced = event.actors
			.map((id) => seed.actors.find((a) => a.id === id)!)
			.find((a) => a.country)!;
		const target = m.places.find((p) => p.key === `c:${firstPlaced.country}`)!;
		expect(m.arcs).toHaveLength(1);
		expect(m.arcs[0]!.head.startsWith(`M${target.x},${target.y}`)).toBe(true);
	});

	it('lists reactions of actors with no known place as unplaced', () => {
		const m = reactionMap(
			storyOf([
				{ id: 'a', country: 'US' },
				{ id: 'b', country: null, region: 'Atlantis' },
				{ id: 'c', country: null, region: 'Europe' }
			]),
			world110m
		);
		expect(m.unplaced).toEqual(['r0']);
		expect(m.markers.map((k) => k.id)).toEqual(['r1']);
	});

	it('names each unplaced actor once, however many reactions it has', () => {
		const story = storyOf([
			{ id: 'a', country: 'US' },
			{ id: 'b', country: null, region: 'Atlantis' },
			{ id: 'b', country: null, region: 'Atlantis' },
			{ id: 'c', country: null, region: 'Lemuria' }
		]);
		story.actors = story.actors.filter((x, i, all) => all.findIndex((y) => y.id === x.id) === i);
		const m = reactionMap(story, world110m);
		const items = new Map(
			storyItems(story)
				.filter(isReaction)
				.map((r) => [r.id, r])
		);
		expect(m.unplaced).toEqual(['r0', 'r1', 'r2']);
		expect(unplacedNames(m.unplaced, items)).toEqual(['b', 'c']);
	});
});

describe('countries too small for the atlas', () => {
	it('places them at their point, named, with their own marker and no outline', () => {
		const m = reactionMap(
			storyOf([
				{ id: 'a', country: 'ID' },
				{ id: 'b', country: 'SG' },
				{ id: 'c', country: 'BH' }
			]),
			world110m
		);
		expect(m.unplaced).toEqual([]);
		expect(m.markers.map((k) => k.id).sort()).toEqual(['r0', 'r1']);
		const sg = m.places.find((p) => p.key === 'c:SG')!;
		expect(sg).toMatchObject({ name: 'Singapore', kind: 'country' });
		expect(sg.d).toBeUndefined();
		// Singapore lies between Indonesia's and Bahrain's anchors, far nearer Indonesia.
		const id = m.places.find((p) => p.key === 'c:ID')!;
		const bh = m.places.find((p) => p.key === 'c:BH')!;
		expect(Math.hypot(sg.x - id.x, sg.y - id.y)).toBeLessThan(Math.hypot(sg.x - bh.x, sg.y - bh.y));
		const r = markerRects(m, 1200);
		for (const [i, a] of r.all.entries())
			for (const b of r.all.slice(i + 1))
				expect(overlap(a.r, b.r), `${a.id} × ${b.id}`).toBeLessThan(1e-6);
	});
});

describe('ReactionMap rendering', () => {
	const items = storyItems(seed);

	it('matches the golden SVG of the seed map', () => {
		const { body } = render(MapFixture, {
			props: {
				geometry: reactionMap(seed, world110m, { width: 960 }),
				items,
				selected: 'tusk-supports-ukraine'
			}
		});
		expect(compareGolden('map-seed', body)).toBeNull();
	});

	it('renders markers as links with ids, stances, names and one aria-current', () => {
		const { body } = render(MapFixture, {
			props: { geometry: map, items, selected: 'tusk-supports-ukraine', panel: true }
		});
		const markers = body.match(/<a [^>]*class="marker[^"]*"[^>]*>/g) ?? [];
		expect(markers).toHaveLength(seed.reactions.length);
		const tusk = markers.find((m) => m.includes('data-item-id="tusk-supports-ukraine"'))!;
		expect(tusk).toContain('aria-label="Donald Tusk, Poland: supportive of Ukraine"');
		expect(tusk).toContain('data-stance="supportive"');
		expect(tusk).toContain('href="?item=tusk-supports-ukraine#p20"');
		expect(tusk).toContain('data-select="tusk-supports-ukraine"');
		expect(tusk).toContain('aria-current="true"');
		const cells = body.match(/<a [^>]*class="cell[^"]*"[^>]*>/g) ?? [];
		expect(cells).toHaveLength(seed.reactions.length);
		expect(body.match(/aria-current="true"/g)).toHaveLength(2);
	});

	it('counts an actor’s several reactions to one target in the matrix', () => {
		const twice: Story = {
			...seed,
			reactions: [
				...seed.reactions,
				{ ...seed.reactions.find((r) => r.id === 'tusk-supports-ukraine')!, id: 'tusk-again' }
			]
		};
		const { body } = render(MapFixture, {
			props: { geometry: reactionMap(twice, world110m), items: storyItems(twice), panel: true }
		});
		expect(body).toContain('×2');
		expect(body.match(/<a [^>]*class="cell[^"]*"[^>]*>/g)).toHaveLength(twice.reactions.length);
	});
});
