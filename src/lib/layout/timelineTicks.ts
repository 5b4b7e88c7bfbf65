/**
 * Axis ticks of the piecewise scale at a zoom level. Candidates come from
 * each calendar level (years, months, days, then the order of items within
 * a shared day); a level shows where its ticks are far enough apart *at
 * that place* on the axis, so a zoomed-in day reads in order while a
 * compressed stretch of years shows years. Labels never collide.
 */
import { textWidth } from './timelineText.ts';
import { segmentAt, unitOf, type TimeScale } from './timelineScale.ts';
import type { View } from './timelineView.ts';
import { MONTHS } from '../story/when.ts';

/** Tick levels, coarse to fine. */
export type TickLevel = 'year' | 'month' | 'day' | 'seq';

/** A tick on the axis, x in px. */
export interface Tick {
	/** Unique among the ticks: the instant, or for a sequence tick its day and place. */
	key: string;
	x: number;
	label: string;
	level: TickLevel;
}

/** Where the plot is and how it is zoomed. */
export interface TickFrame {
	left: number;
	plotWidth: number;
	view: View;
	/** Tick label size in px (default 11). */
	fontSize?: number;
}

/** Calendar levels with their least spacing in px, typical length, and most candidates worth trying. */
const LEVELS: {
	level: Exclude<TickLevel, 'seq'>;
	min: number;
	ms: number;
	max: number;
}[] = [
	{ level: 'year', min: 40, ms: 365 * 864e5, max: 500 },
	{ level: 'month', min: 30, ms: 30 * 864e5, max: 2000 },
	{ level: 'day', min: 46, ms: 864e5, max: 4000 }
];

/**
 * The UTC starts of a calendar level's periods from the one holding `t0`
 * through the one holding `t1`, in order (what a charting library's
 * `interval.range(floor(t0), offset(floor(t1), 1))` gives, without its weight
 * in the page's script).
 */
export function periodStarts(level: Exclude<TickLevel, 'seq'>, t0: number, t1: number): number[] {
	const d = new Date(t0);
	let y = d.getUTCFullYear();
	let m = level === 'year' ? 0 : d.getUTCMonth();
	let day = level === 'day' ? d.getUTCDate() : 1;
	const at = () => new Date(0).setUTCFullYear(y, m, day);
	const out: number[] = [];
	for (let t = at(); t <= t1; t = at()) {
		out.push(t);
		if (level === 'year') y++;
		else if (level === 'month') m++;
		else day++;
	}
	return out;
}
const SEQ_MIN = 24;

function label(level: TickLevel, t: number, years: Set<number>): string {
	const d = new Date(t);
	const y = d.getUTCFullYear();
	if (level === 'year') return String(y);
	const suffix = years.has(y) ? '' : ` ${y}`;
	if (level === 'month') return MONTHS[d.getUTCMonth()]! + suffix;
	return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}${suffix}`;
}

/** True when `t` lies strictly inside an axis break (its inner time is not drawn). */
function inBreak(scale: TimeScale, t: number): boolean {
	const s = scale.segments[segmentAt(scale, t)];
	return !!s && s.brk && t > s.t0 && t < s.t1;
}

/** The instant at unit position `u` (inverse of the scale, clamped). */
export function timeOf(scale: TimeScale, u: number): number {
	const segs = scale.segments;
	if (!segs.length) return 0;
	let lo = 0;
	let hi = segs.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (segs[mid]!.u0 <= u) lo = mid;
		else hi = mid - 1;
	}
	const s = segs[lo]!;
	if (u <= s.u0) return s.t0;
	if (u >= s.u1) return s.t1;
	return s.t0 + ((u - s.u0) / (s.u1 - s.u0)) * (s.t1 - s.t0);
}

/** Ticks for the visible part of the axis, coarse levels first, no two labels overlapping. */
export function timelineTicks(scale: TimeScale, frame: TickFrame): Tick[] {
	const { left, plotWidth, view, fontSize = 11 } = frame;
	const pxPerUnit = (view.k * plotWidth) / scale.total;
	const xOf = (u: number) => left + view.x + u * pxPerUnit;
	const uA = -view.x / pxPerUnit;
	const uB = (plotWidth - view.x) / pxPerUnit;
	const tA = timeOf(scale, uA);
	const tB = timeOf(scale, uB);
	const boxes: [number, number][] = [];
	const ticks: Tick[] = [];
	const taken = new Set<number>();
	const years = new Set<number>();

	function tryAdd(x: number, text: string, level: TickLevel, key: string): boolean {
		const a = x + 3;
		const b = a + textWidth(text, fontSize);
		if (x < left - 0.5 || b > left + plotWidth + 16) return false;
		let lo = 0;
		let hi = boxes.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (boxes[mid]![0] < a) lo = mid + 1;
			else hi = mid;
		}
		const prev = boxes[lo - 1];
		const next = boxes[lo];
		if ((prev && prev[1] + 6 > a) || (next && b + 6 > next[0])) return false;
		boxes.splice(lo, 0, [a, b]);
		ticks.push({ key, x, label: text, level });
		return true;
	}

	// A day whose items are drawn in sequence and that is wide enough gets its date first.
	for (const s of scale.segments) {
		if (s.slots < 2 || s.u1 < uA || s.u0 > uB || (s.u1 - s.u0) * pxPerUnit < 90) continue;
		const x = xOf(s.u0);
		if (x < left) continue;
		const d = new Date(s.t0);
		if (
			tryAdd(
				x,
				`${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
				'day',
				`d${s.t0}`
			)
		)
			taken.add(s.t0);
	}

	for (const { level, min, ms, max } of LEVELS) {
		if ((tB - tA) / ms > max) continue;
		const times = periodStarts(level, tA, tB).filter((t) => !inBreak(scale, t));
		if (times.length > max) continue;
		const xs = times.map((t) => xOf(unitOf(scale, t)));
		for (let i = 0; i < times.length; i++) {
			const t = times[i]!;
			if (taken.has(t)) continue;
			const gapL = i > 0 ? xs[i]! - xs[i - 1]! : Infinity;
			const gapR = i + 1 < xs.length ? xs[i + 1]! - xs[i]! : Infinity;
			if (Math.min(gapL, gapR) < min) continue;
			if (!tryAdd(xs[i]!, label(level, t, years), level, `${level[0]}${t}`)) continue;
			taken.add(t);
			if (level === 'year') years.add(new Date(t).getUTCFullYear());
		}
	}

	const segs = scale.segments;
	for (const s of segs) {
		if (s.slots < 2 || s.u1 < uA || s.u0 > uB) continue;
		const slotPx = ((s.u1 - s.u0) / s.slots) * pxPerUnit;
		if (slotPx < SEQ_MIN) continue;
		for (let j = 0; j < s.slots; j++)
			tryAdd(
				xOf(s.u0 + ((j + 0.5) * (s.u1 - s.u0)) / s.slots),
				`#${j + 1}`,
				'seq',
				`s${s.t0}.${j}`
			);
	}
	return ticks.sort((a, b) => a.x - b.x);
}

/** x of each visible axis break (a stretch drawn shorter than its length). */
export function timelineBreaks(scale: TimeScale, frame: TickFrame): number[] {
	const { left, plotWidth, view } = frame;
	const pxPerUnit = (view.k * plotWidth) / scale.total;
	return scale.segments
		.filter((s) => s.brk)
		.map((s) => left + view.x + ((s.u0 + s.u1) / 2) * pxPerUnit)
		.filter((x) => x >= left && x <= left + plotWidth);
}
