import { describe, expect, it } from 'vitest';
import { arcBetween, loopAt } from '../../src/lib/layout/mapArcs.ts';

const numbers = (d: string) => (d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);

describe('arcBetween', () => {
	it.each([
		[
			[100, 200],
			[600, 180]
		],
		[
			[600, 180],
			[100, 200]
		],
		[
			[300, 300],
			[310, 100]
		]
	])('runs from %j with its arrow tip at %j', (from, to) => {
		const arc = arcBetween(from as [number, number], to as [number, number]);
		expect(numbers(arc.d).slice(0, 2)).toEqual(from);
		expect(numbers(arc.head).slice(0, 2)).toEqual(to);
		// The curve stops short of the tip, at the arrowhead's base.
		const end = numbers(arc.d).slice(-2);
		const dist = Math.hypot(end[0]! - to[0]!, end[1]! - to[1]!);
		expect(dist).toBeGreaterThan(2);
		expect(dist).toBeLessThan(8);
	});

	it('bends left of travel, and further for each further arc between one pair', () => {
		const a = arcBetween([0, 0], [100, 0], 0);
		const b = arcBetween([0, 0], [100, 0], 1);
		expect(a.mid[1]).toBeLessThan(0);
		expect(b.mid[1]).toBeLessThan(a.mid[1]);
		expect(a.d).not.toBe(b.d);
	});

	it('draws a loop for a reaction within one place', () => {
		const arc = arcBetween([50, 50], [50, 50]);
		expect(arc.d).toBe(loopAt([50, 50]).d);
		expect(arc.d).toContain('C');
		expect(arc.mid[1]).toBeLessThan(50);
	});
});
