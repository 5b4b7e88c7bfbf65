import { describe, expect, it } from 'vitest';
import { shortLabel } from '../../src/lib/layout/mapClusters.ts';
import { boxAt, overlap, placeBoxes, type PlaceBox } from '../../src/lib/layout/mapPlacement.ts';

const WIDTHS = [272, 400, 768, 960];
const aspect = 0.5;

function assertApart(boxes: PlaceBox[], widths = WIDTHS) {
	const offsets = placeBoxes(boxes, { aspect, widths });
	for (const w of widths) {
		const rects = boxes.map((b) => boxAt(b, offsets.get(b.key)!, w, aspect));
		rects.forEach((r, i) => {
			expect(r[0], `${boxes[i]!.key} left at ${w}`).toBeGreaterThanOrEqual(0);
			expect(r[2], `${boxes[i]!.key} right at ${w}`).toBeLessThanOrEqual(w);
			expect(r[1]).toBeGreaterThanOrEqual(0);
			expect(r[3]).toBeLessThanOrEqual(w * aspect);
			for (let j = 0; j < i; j++)
				expect(overlap(r, rects[j]!), `${boxes[i]!.key} × ${boxes[j]!.key} at ${w}`).toBe(0);
		});
	}
	return offsets;
}

describe('overlap', () => {
	it.each([
		[[0, 0, 10, 10], [5, 5, 15, 15], 25],
		[[0, 0, 10, 10], [10, 0, 20, 10], 0],
		[[0, 0, 10, 10], [20, 20, 30, 30], 0],
		[[0, 0, 10, 10], [2, 2, 4, 4], 4]
	])('%j and %j overlap by %d', (a, b, area) => {
		expect(overlap(a, b)).toBe(area);
	});
});

describe('placeBoxes', () => {
	it('leaves a lone box on its anchor', () => {
		const offsets = assertApart([{ key: 'a', fx: 0.5, fy: 0.5, w: 48, h: 24 }]);
		expect(offsets.get('a')).toEqual({ dx: 0, dy: 0 });
	});

	it('pulls a box at the frame edge inside', () => {
		const offsets = assertApart([{ key: 'a', fx: 0.99, fy: 0.02, w: 48, h: 48 }]);
		expect(offsets.get('a')!.dx).toBeLessThan(0);
		expect(offsets.get('a')!.dy).toBeGreaterThan(0);
	});

	it.each([
		['two on one anchor', [0.5, 0.5], [0.5, 0.5]],
		['five close together', [0.5, 0.4], [0.51, 0.41], [0.52, 0.4], [0.5, 0.42], [0.53, 0.43]],
		['a European cluster', [0.51, 0.5], [0.56, 0.46], [0.54, 0.47], [0.59, 0.48], [0.74, 0.38]]
	])('keeps %s apart at every width', (_name, ...anchors) => {
		const boxes = (anchors as number[][]).map(([fx, fy], i) => ({
			key: `b${i}`,
			fx: fx!,
			fy: fy!,
			w: 24 * (1 + (i % 2)),
			h: 24 * (1 + (i % 3))
		}));
		assertApart(boxes);
	});

	it('keeps the biggest box nearest its anchor', () => {
		const offsets = assertApart([
			{ key: 'small', fx: 0.5, fy: 0.5, w: 24, h: 24 },
			{ key: 'big', fx: 0.5, fy: 0.5, w: 48, h: 72 }
		]);
		expect(offsets.get('big')).toEqual({ dx: 0, dy: 0 });
		expect(offsets.get('small')).not.toEqual({ dx: 0, dy: 0 });
	});
});

describe('placeBoxes with points to avoid', () => {
	it('moves a box off an anchor it would cover, when it can', () => {
		const box = { key: 'a', fx: 0.5, fy: 0.5, w: 48, h: 24 };
		const offsets = placeBoxes([box], { aspect, widths: WIDTHS, avoid: [[0.5, 0.5]] });
		const o = offsets.get('a')!;
		for (const w of WIDTHS) {
			const r = boxAt(box, o, w, aspect);
			const inside =
				w / 2 > r[0]! && w / 2 < r[2]! && (w * aspect) / 2 > r[1]! && (w * aspect) / 2 < r[3]!;
			expect(inside).toBe(false);
		}
	});
});

describe('shortLabel', () => {
	it.each([
		['Donald Tusk', 'Donald Tusk'],
		['Russian foreign ministry spokeswoman', 'Russian foreign…'],
		['Averyveryveryverylongsinglename', 'Averyveryveryverylongsi…']
	])('%s → %s', (name, label) => {
		expect(shortLabel(name)).toBe(label);
		expect(shortLabel(name).length).toBeLessThanOrEqual(24);
	});
});
