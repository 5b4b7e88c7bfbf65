import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { world110m } from '../../src/lib/layout/geoAtlas.ts';
import {
	MIN_WINDOW,
	NARROW_WIDTHS,
	narrowWindow,
	reactionMap,
	WIDE_WIDTHS
} from '../../src/lib/layout/map.ts';
import type { Point } from '../../src/lib/layout/mapArcs.ts';
import { markerArcs, PLATE_GAP } from '../../src/lib/layout/mapMarkerArcs.ts';
import type { ReactionMapGeometry } from '../../src/lib/layout/mapTypes.ts';
import type { Story } from '../../src/lib/story/schema.ts';

const seed: Story = JSON.parse(
	readFileSync('data/stories/oval-office-clash/story.json', 'utf8')
) as Story;
const map = reactionMap(seed, world110m);

describe('narrowWindow', () => {
	it.each([
		// Anchors, padding → window [x0, w].
		[[0.2, 0.7], 0.05, 0.15, 0.6],
		[[0.5], 0.05, 0.3, MIN_WINDOW],
		[[0.02, 0.1], 0.05, 0, MIN_WINDOW],
		[[0.9, 0.99], 0.05, 1 - MIN_WINDOW, MIN_WINDOW],
		[[0.01, 0.99], 0.05, 0, 1],
		[[], 0.05, 0, 1]
	])('fits %j with padding %d into [%d, +%d]', (xs, pad, x0, w) => {
		const win = narrowWindow(xs, pad);
		expect(win.x0).toBeCloseTo(x0, 4);
		expect(win.w).toBeCloseTo(w, 4);
	});
});

describe('the seed map on narrow frames', () => {
	it('shows a window that holds every place, narrower than the world', () => {
		const { x0, w } = map.window;
		expect(w).toBeLessThan(0.8);
		for (const p of map.places) {
			expect(p.x / map.width, p.key).toBeGreaterThan(x0);
			expect(p.x / map.width, p.key).toBeLessThan(x0 + w);
		}
		// The frame is taller for its width than the whole map.
		expect(map.height / (map.width * w)).toBeGreaterThan(map.height / map.width + 0.15);
	});

	it('numbers every reacting actor once, west to east, and keys each number to a name', () => {
		const reactors = new Set(seed.reactions.map((r) => r.actor));
		expect(map.key.map((k) => k.n)).toEqual(map.key.map((_, i) => i + 1));
		expect(new Set(map.key.map((k) => k.actorId))).toEqual(reactors);
		expect(map.numbers.map((l) => l.text).sort()).toEqual(map.key.map((k) => String(k.n)).sort());
		const us = map.key.filter((k) => k.place === 'United States').map((k) => k.n);
		const russia = map.key.filter((k) => k.place === 'Russia').map((k) => k.n);
		expect(Math.max(...us)).toBeLessThan(Math.min(...russia));
		const zelensky = map.key.find((k) => k.actorId === 'zelensky')!;
		expect(zelensky).toMatchObject({ name: 'Volodymyr Zelensky', place: 'Ukraine' });
		// A row's number sits left of the row's first glyph.
		for (const l of map.numbers) {
			const first = map.markers.find(
				(m) =>
					seed.reactions.find((r) => r.id === m.id)!.actor === l.key &&
					Math.abs(m.narrow.dy - l.dy) < 0.01
			)!;
			expect(l.dx).toBeLessThan(first.narrow.dx - map.cell / 2);
		}
	});
});

/** Every point of a compact path (relative whole-pixel moves and lines, `z` back to the ring's start). */
function pathPoints(d: string): Point[] {
	const tokens = d.match(/[mlz]|-?\d+(?:\.\d+)?/g) ?? [];
	const points: Point[] = [];
	let cur: Point = [0, 0];
	let start: Point = [0, 0];
	let move = false;
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i]!;
		if (t === 'm') move = true;
		else if (t === 'z') cur = start;
		else if (t !== 'l') {
			cur = [cur[0] + Number(t), cur[1] + Number(tokens[++i])];
			if (move) start = cur;
			move = false;
			points.push(cur);
		}
	}
	return points;
}

describe('the narrow basemap', () => {
	it('draws land, borders and reacting countries inside the window only', () => {
		const x0 = map.window.x0 * map.width;
		const x1 = (map.window.x0 + map.window.w) * map.width;
		const base = map.narrowBase;
		expect(Object.keys(base.shapes).sort()).toEqual(
			map.places
				.filter((p) => p.d)
				.map((p) => p.key)
				.sort()
		);
		for (const d of [base.land, base.borders, ...Object.values(base.shapes)]) {
			const points = pathPoints(d);
			expect(points.length).toBeGreaterThan(2);
			for (const [x, y] of points) {
				expect(x).toBeGreaterThanOrEqual(x0);
				expect(x).toBeLessThanOrEqual(x1);
				expect(y).toBeGreaterThanOrEqual(0);
				expect(y).toBeLessThanOrEqual(map.height);
			}
		}
		// The whole map's land reaches past the window on both sides.
		const xs = pathPoints(map.land).map((p) => p[0]);
		expect(Math.min(...xs)).toBeLessThan(x0);
		expect(Math.max(...xs)).toBeGreaterThan(x1);
	});
});

/** A marker's row on its plate at a layer width: middle and sides, px. */
function rowOf(m: ReactionMapGeometry, id: string, layer: number, narrow: boolean) {
	const h = (layer * m.height) / m.width;
	const k = m.markers.find((x) => x.id === id)!;
	const c = m.clusters.find((x) => x.key === k.place)!;
	const p = narrow ? c.narrow : c.wide;
	const o = narrow ? k.narrow : k.wide;
	const cx = c.fx * layer + p.dx;
	const cy = c.fy * h + p.dy;
	return {
		x: k.fx * layer + o.dx,
		y: k.fy * h + o.dy,
		left: cx - p.w / 2 - 2,
		right: cx + p.w / 2 + 2,
		top: cy - p.h / 2 - 2,
		bottom: cy + p.h / 2 + 2
	};
}

/** True where `p` lies on the outside edge of a row: beside it at its height, or above or below it. */
function onRowEdge(r: ReturnType<typeof rowOf>, p: Point): boolean {
	const near = (a: number, b: number) => Math.abs(a - b) < 0.2;
	const beside =
		near(p[1], r.y) && (near(p[0], r.left - PLATE_GAP) || near(p[0], r.right + PLATE_GAP));
	const aboveOrBelow =
		near(p[0], r.x) && (near(p[1], r.top - PLATE_GAP) || near(p[1], r.bottom + PLATE_GAP));
	return beside || aboveOrBelow;
}

describe('markerArcs', () => {
	it.each([
		...NARROW_WIDTHS.map((w) => [w, true] as const),
		...WIDE_WIDTHS.map((w) => [w, false] as const)
	])(
		'at %d px, starts every arc at its actor’s row and ends it at the target’s',
		(width, narrow) => {
			const layer = narrow ? width / map.window.w : width;
			const h = (layer * map.height) / map.width;
			const arcs = markerArcs(map, layer, narrow);
			expect(arcs.map((a) => a.id).sort()).toEqual(seed.reactions.map((r) => r.id).sort());
			for (const a of arcs) {
				expect(onRowEdge(rowOf(map, a.id, layer, narrow), a.from), `${a.id} from`).toBe(true);
				const to = map.arcs.find((x) => x.id === a.id)!.to;
				if (to.marker)
					expect(onRowEdge(rowOf(map, to.marker, layer, narrow), a.to), `${a.id} to`).toBe(true);
				else {
					expect(a.to[0]).toBeCloseTo(to.fx * layer, 1);
					expect(a.to[1]).toBeCloseTo(to.fy * h, 1);
				}
				// The path starts where the arc starts.
				const [x, y] = (a.d.match(/^M(-?[\d.]+),(-?[\d.]+)/) ?? []).slice(1).map(Number);
				expect(Math.hypot(x! - a.from[0], y! - a.from[1])).toBeLessThan(0.2);
			}
		}
	);

	it('points a reaction to a target who reacts too at that target’s row', () => {
		const arc = map.arcs.find((a) => a.id === 'russia-praises-trump-restraint')!;
		const trump = map.markers.find((m) => m.id === arc.to.marker)!;
		expect(seed.reactions.find((r) => r.id === trump.id)!.actor).toBe('trump');
		const [drawn] = markerArcs(map, 960, false).filter((a) => a.id === arc.id);
		const row = rowOf(map, trump.id, 960, false);
		// Russia is east of the US plate: the arrow reaches the row from the right.
		expect(drawn!.to).toEqual([row.right + PLATE_GAP, row.y]);
	});

	it('loops beside the plate for a reaction between two actors of one place', () => {
		const arc = map.arcs.find((a) => a.id === 'democrats-criticise-trump')!;
		expect(arc).toBeDefined();
		const [drawn] = markerArcs(map, 960, false).filter((a) => a.id === arc.id);
		expect(drawn!.d).toMatch(/^M[\d.,-]+C/);
		expect(drawn!.from[0]).toBe(drawn!.to[0]);
		expect(drawn!.from[1]).not.toBe(drawn!.to[1]);
	});
});
