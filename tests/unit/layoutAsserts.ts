/** Assertions on layout geometry shared by the layout tests. */
import { expect } from 'vitest';
import type { layoutHorizontal } from '../../src/lib/layout/timelineHorizontal.ts';

/** Fails if two marks of a lane overlap (boxes include labels) or two bars of a lane overlap. */
export function expectNoOverlap(layout: ReturnType<typeof layoutHorizontal>) {
	const byLane = new Map<number, typeof layout.marks>();
	for (const m of layout.marks) byLane.set(m.lane, [...(byLane.get(m.lane) ?? []), m]);
	for (const marks of byLane.values()) {
		const sorted = [...marks].sort((a, b) => a.box[0] - b.box[0]);
		for (let i = 1; i < sorted.length; i++)
			expect(sorted[i]!.box[0], 'marks overlap').toBeGreaterThan(sorted[i - 1]!.box[1]);
		const bars = sorted.filter((m) => m.bar).map((m) => m.bar!);
		for (let i = 1; i < bars.length; i++) expect(bars[i]![0]).toBeGreaterThan(bars[i - 1]![1]);
	}
	for (const m of layout.marks) {
		expect(m.box[0]).toBeGreaterThanOrEqual(0);
		expect(m.box[1]).toBeLessThanOrEqual(layout.width);
	}
}
