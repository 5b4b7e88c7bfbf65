import { describe, expect, it } from 'vitest';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { periodStarts } from '$lib/layout/timelineTicks.ts';

const INTERVALS = { year: utcYear, month: utcMonth, day: utcDay } as const;
const at = (iso: string) => Date.parse(iso);

describe('periodStarts', () => {
	const spans: [string, string][] = [
		['2025-02-28T14:30:00Z', '2025-02-28T18:00:00Z'],
		['2024-12-30T00:00:00Z', '2025-01-02T00:00:00Z'],
		['2024-01-31T12:00:00Z', '2024-03-01T00:00:00Z'],
		['2013-06-15T00:00:00Z', '2025-02-28T00:00:00Z'],
		['1999-12-31T23:59:59Z', '2000-01-01T00:00:00Z']
	];
	for (const [from, to] of spans)
		for (const level of ['year', 'month', 'day'] as const)
			it(`gives the ${level} starts from ${from} to ${to} as the calendar interval does`, () => {
				const every = INTERVALS[level];
				const expected = every
					.range(every.floor(new Date(at(from))), every.offset(every.floor(new Date(at(to))), 1))
					.map((d) => d.getTime());
				expect(periodStarts(level, at(from), at(to))).toEqual(expected);
			});

	it('starts at the period holding the first instant and ends at the one holding the last', () => {
		expect(periodStarts('month', at('2024-01-31T12:00:00Z'), at('2024-03-01T00:00:00Z'))).toEqual([
			at('2024-01-01T00:00:00Z'),
			at('2024-02-01T00:00:00Z'),
			at('2024-03-01T00:00:00Z')
		]);
	});
});
