import { textWidth } from '../../src/lib/layout/timelineText.ts';
import { describe, expect, it } from 'vitest';
import { buildTimeScale, itemsInView, unitOf } from '../../src/lib/layout/timelineScale.ts';
import { timelineTicks, type TickLevel } from '../../src/lib/layout/timelineTicks.ts';
import { clampView, zoomAt, centreOn } from '../../src/lib/layout/timelineView.ts';

const DAY = 86_400_000;
const d = (s: string) => Date.parse(`${s}T00:00:00Z`);
const day = (s: string): [number, number] => [d(s), d(s) + DAY];

describe('piecewise time scale', () => {
	const extents: [number, number][] = [
		[d('2019-01-01'), d('2020-01-01')],
		day('2022-02-24'),
		...Array.from({ length: 5 }, () => day('2025-02-28'))
	];
	const scale = buildTimeScale(extents);

	it('keeps time order and gives each same-day item its own slot', () => {
		for (let i = 1; i < extents.length; i++) expect(scale.uc[i]!).toBeGreaterThan(scale.uc[i - 1]!);
		expect([...scale.point]).toEqual([0, 1, 1, 1, 1, 1, 1]);
	});

	it('is monotone in time and marks long empty stretches as breaks', () => {
		let last = -1;
		for (let t = d('2018-06-01'); t < d('2025-04-01'); t += 20 * DAY) {
			const u = unitOf(scale, t);
			expect(u).toBeGreaterThanOrEqual(last);
			last = u;
		}
		expect(scale.segments.filter((s) => s.brk).length).toBe(2);
		const year = scale.segments[0]!;
		const brk = scale.segments.find((s) => s.brk)!;
		expect(year.u1 - year.u0).toBeGreaterThan(brk.u1 - brk.u0);
	});
});

describe('items in view', () => {
	const extents: [number, number][] = [
		[d('2010-01-01'), d('2020-01-01')],
		day('2011-05-01'),
		[d('2012-01-01'), d('2012-02-01')],
		day('2015-03-03'),
		day('2015-03-03'),
		day('2019-07-07')
	];
	const scale = buildTimeScale(extents);
	it.each([
		[0, 1],
		[0.3, 0.5],
		[0.5, 0.9],
		[0.95, 1]
	])('finds every item reaching %f–%f of the scale', (a, b) => {
		const uA = a * scale.total;
		const uB = b * scale.total;
		const [from, to] = itemsInView(scale, uA, uB);
		extents.forEach((_, i) => {
			const reaches = scale.u1[i]! >= uA && scale.u0[i]! <= uB;
			if (reaches) expect(i >= from && i < to, `item ${i}`).toBe(true);
		});
	});
});

describe('ticks by zoom level', () => {
	// Ten years of one item a month, so each level has room at some zoom.
	const extents: [number, number][] = [];
	for (let y = 2015; y < 2025; y++)
		for (let m = 0; m < 12; m++) extents.push(day(`${y}-${String(m + 1).padStart(2, '0')}-15`));
	for (let i = 0; i < 6; i++) extents.push(day('2020-06-15'));
	const scale = buildTimeScale(extents);
	const plotWidth = 1000;
	const at = (k: number, t: string) =>
		timelineTicks(scale, {
			left: 0,
			plotWidth,
			view: centreOn(unitOf(scale, d(t)), scale.total, k, plotWidth, 1e6)
		});

	it.each<[number, TickLevel[], TickLevel[]]>([
		[1, ['year'], ['month', 'day', 'seq']],
		[8, ['year', 'month'], ['seq']],
		[60, ['month', 'seq'], ['year']],
		[400, ['day', 'seq'], ['year']]
	])('at zoom %i shows %j ticks and not %j', (k, shown, hidden) => {
		const levels = new Set(at(k, '2020-06-15').map((t) => t.level));
		for (const l of shown) expect(levels.has(l), l).toBe(true);
		for (const l of hidden) expect(levels.has(l), l).toBe(false);
	});

	it.each([1, 8, 60, 400])('never lets tick labels collide at zoom %i', (k) => {
		const ticks = at(k, '2020-06-15');
		for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x).toBeGreaterThan(ticks[i - 1]!.x);
		// Labels start 3 px right of their tick; each must end before the next begins.
		const boxes = ticks.map((t) => [t.x + 3, t.x + 3 + textWidth(t.label, 11)] as const);
		for (let i = 1; i < boxes.length; i++)
			expect(boxes[i]![0], ticks[i]!.label).toBeGreaterThan(boxes[i - 1]![1]);
	});
});

describe('zoom and pan view', () => {
	it.each([
		[
			{ k: 0.5, x: 10 },
			{ k: 1, x: 0 }
		],
		[
			{ k: 4, x: 100 },
			{ k: 4, x: 0 }
		],
		[
			{ k: 4, x: -5000 },
			{ k: 4, x: -3000 }
		],
		[
			{ k: 99, x: 0 },
			{ k: 20, x: 0 }
		]
	])('clamps %j to %j', (v, want) => {
		expect(clampView(v, 1000, 20)).toEqual(want);
	});

	it('keeps the point under the pointer fixed while zooming', () => {
		const v = zoomAt({ k: 2, x: -300 }, 2, 400, 1000, 20);
		expect((400 - v.x) / v.k).toBeCloseTo((400 + 300) / 2);
	});
});
