/**
 * Calendar values as UTC instants: the extent an item's `when` covers, and
 * how to say it. Pure functions, no time zone but UTC.
 */
import type { Precision, When } from './schema.ts';

const DAY = 86_400_000;

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null if it is not a real calendar date. */
export function parseCalendar(
	value: string
): { y: number; m: number; d: number; parts: number } | null {
	const m = value.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/);
	if (!m) return null;
	const y = Number(m[1]);
	const mo = m[2] ? Number(m[2]) : 1;
	const d = m[3] ? Number(m[3]) : 1;
	const t = new Date(Date.UTC(y, mo - 1, d));
	if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return null;
	return { y, m: mo, d, parts: m[3] ? 3 : m[2] ? 2 : 1 };
}

/** The number of `-`-separated parts a precision takes: year 1, month 2, week and day 3. */
export const partsOf = (p: Precision) => (p === 'year' ? 1 : p === 'month' ? 2 : 3);

/** Start (inclusive) of the period a calendar value names, in UTC ms. */
export function periodStart(value: string): number {
	const c = parseCalendar(value);
	if (!c) throw new RangeError(`not a calendar value: ${value}`);
	return Date.UTC(c.y, c.m - 1, c.d);
}

/** End (exclusive) of the period a calendar value names at a precision, in UTC ms. */
export function periodEnd(value: string, precision: Precision): number {
	const c = parseCalendar(value);
	if (!c) throw new RangeError(`not a calendar value: ${value}`);
	switch (precision) {
		case 'year':
			return Date.UTC(c.y + 1, 0, 1);
		case 'month':
			return Date.UTC(c.y, c.m, 1);
		case 'week':
			return Date.UTC(c.y, c.m - 1, c.d) + 7 * DAY;
		case 'day':
			return Date.UTC(c.y, c.m - 1, c.d) + DAY;
	}
}

/** The instants an item covers: [start, end) in UTC ms. */
export function extent(when: When): [number, number] {
	return [periodStart(when.start), periodEnd(when.end ?? when.start, when.precision)];
}

/** Short English month names, January first. */
export const MONTHS = [
	'Jan',
	'Feb',
	'Mar',
	'Apr',
	'May',
	'Jun',
	'Jul',
	'Aug',
	'Sep',
	'Oct',
	'Nov',
	'Dec'
];

/** A calendar value at a precision, as a reader says it: "2019", "Feb 2025", "28 Feb 2025". */
export function formatCalendar(value: string, precision: Precision): string {
	const c = parseCalendar(value);
	if (!c) return value;
	if (precision === 'year') return String(c.y);
	if (precision === 'month') return `${MONTHS[c.m - 1]} ${c.y}`;
	const day = `${c.d} ${MONTHS[c.m - 1]} ${c.y}`;
	return precision === 'week' ? `week of ${day}` : day;
}

/** An item's resolved date as text: "28 Feb 2025", "2022–2025", "c. Feb 2025". */
export function formatWhen(when: When): string {
	const start = formatCalendar(when.start, when.precision);
	const text = when.end ? `${start}–${formatCalendar(when.end, when.precision)}` : start;
	return when.approximate ? `c. ${text}` : text;
}
