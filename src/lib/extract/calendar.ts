/**
 * Calendar arithmetic on UTC days for date resolution: shifting by units,
 * weeks by their Monday, values at a precision.
 */
import type { Precision } from '../story/schema.ts';

const DAY = 86_400_000;

/** UTC midnight of a `YYYY-MM-DD` value. */
export const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** `YYYY-MM-DD` of a UTC instant. */
export const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The Monday of the week holding a day. */
export function mondayOf(iso: string): string {
	const t = dayMs(iso);
	const dow = (new Date(t).getUTCDay() + 6) % 7;
	return isoDay(t - dow * DAY);
}

/** A day shifted by whole units (negative for the past). */
export function shift(iso: string, n: number, unit: 'year' | 'month' | 'week' | 'day'): string {
	const d = new Date(dayMs(iso));
	if (unit === 'year') d.setUTCFullYear(d.getUTCFullYear() + n);
	else if (unit === 'month') d.setUTCMonth(d.getUTCMonth() + n);
	else d.setUTCDate(d.getUTCDate() + n * (unit === 'week' ? 7 : 1));
	return isoDay(d.getTime());
}

/** A day written at a precision: `YYYY`, `YYYY-MM`, the week's Monday, or the day. */
export function atPrecision(iso: string, precision: Precision): string {
	if (precision === 'year') return iso.slice(0, 4);
	if (precision === 'month') return iso.slice(0, 7);
	if (precision === 'week') return mondayOf(iso);
	return iso.slice(0, 10);
}

/** Whether two calendar values agree at a precision (week compares Mondays). */
export function sameAt(a: string, b: string, precision: Precision): boolean {
	const full = (v: string) => (v.length === 4 ? `${v}-01-01` : v.length === 7 ? `${v}-01` : v);
	if (precision === 'week') return a.length >= 10 && mondayOf(full(a)) === mondayOf(full(b));
	const n = precision === 'year' ? 4 : precision === 'month' ? 7 : 10;
	return a.length >= n && a.slice(0, n) === b.slice(0, n);
}

/** Weekday names, Sunday first (as `getUTCDay`). */
export const WEEKDAYS = [
	'Sunday',
	'Monday',
	'Tuesday',
	'Wednesday',
	'Thursday',
	'Friday',
	'Saturday'
];

/** Month names, January first. */
export const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];
