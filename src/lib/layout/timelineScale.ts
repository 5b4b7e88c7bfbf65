/**
 * A piecewise time scale for stories whose items run from years ago to the
 * minutes of one afternoon. Every start and end of an item is a stop; the
 * stretch between two stops gets a width that grows with the log of its
 * length, so a year, a month and a day are all readable side by side; a
 * stretch longer than `breakDays` with no stop inside is drawn short and
 * marked as a break; a day holding several day-precise items gets one slot
 * per item, in their `sequence` order. Positions are in abstract units `u`
 * from 0 to `total`; the view maps them to pixels.
 */

const DAY = 86_400_000;

/** One stretch of time between two consecutive stops. */
export interface ScaleSegment {
	/** Start and end instants (UTC ms). */
	t0: number;
	t1: number;
	/** Start and end positions in units. */
	u0: number;
	u1: number;
	/** Day-precise items sharing this day (each gets its own slot when ≥ 2). */
	slots: number;
	/** True when the stretch is drawn shorter than its length (an axis break). */
	brk: boolean;
}

/** The scale: its segments, total length, and each item's position. */
export interface TimeScale {
	segments: ScaleSegment[];
	total: number;
	/** Per item (input order): start, end and centre position in units. */
	u0: Float64Array;
	u1: Float64Array;
	uc: Float64Array;
	/** Per item: true for a day-precise point, false for a span. */
	point: Uint8Array;
	/** Per item: the largest end position of it and all items before it (finds what reaches a view). */
	maxU1: Float64Array;
}

/** Options of the piecewise scale. */
export interface ScaleOptions {
	/** Units one slot of a shared day takes (default 1.2). */
	slotWeight?: number;
	/** Stretches longer than this many days are breaks (default 400). */
	breakDays?: number;
	/** Units a break takes (default 3). */
	breakWeight?: number;
}

/** Builds the scale for items given as extents [start, end) in time order. */
export function buildTimeScale(
	extents: readonly (readonly [number, number])[],
	opts: ScaleOptions = {}
): TimeScale {
	const { slotWeight = 1.2, breakDays = 400, breakWeight = 3 } = opts;
	const n = extents.length;
	const stops = new Set<number>();
	for (const [s, e] of extents) stops.add(s).add(e);
	const times = [...stops].sort((a, b) => a - b);
	const index = new Map(times.map((t, i) => [t, i]));
	const slots = new Uint32Array(Math.max(0, times.length - 1));
	const point = new Uint8Array(n);
	for (let i = 0; i < n; i++) {
		const [s, e] = extents[i]!;
		if (e - s <= DAY) {
			point[i] = 1;
			slots[index.get(s)!]!++;
		}
	}
	const segments: ScaleSegment[] = [];
	let u = 0;
	for (let j = 0; j + 1 < times.length; j++) {
		const t0 = times[j]!;
		const t1 = times[j + 1]!;
		const days = (t1 - t0) / DAY;
		const brk = days > breakDays && slots[j]! === 0;
		const w = brk
			? breakWeight
			: Math.max(slots[j]! >= 2 ? slots[j]! * slotWeight : 0, Math.log2(1 + days));
		segments.push({ t0, t1, u0: u, u1: u + w, slots: slots[j]!, brk });
		u += w;
	}
	const scale: TimeScale = {
		segments,
		total: Math.max(u, 1),
		u0: new Float64Array(n),
		u1: new Float64Array(n),
		uc: new Float64Array(n),
		point,
		maxU1: new Float64Array(n)
	};
	const used = new Uint32Array(segments.length);
	for (let i = 0; i < n; i++) {
		const [s, e] = extents[i]!;
		const a = unitOf(scale, s);
		const b = unitOf(scale, e);
		scale.u0[i] = a;
		scale.u1[i] = b;
		if (point[i]) {
			const j = index.get(s)!;
			const seg = segments[j]!;
			const k = used[j]!++;
			scale.uc[i] = seg.u0 + ((k + 0.5) * (seg.u1 - seg.u0)) / seg.slots;
		} else scale.uc[i] = (a + b) / 2;
		scale.maxU1[i] = Math.max(b, i > 0 ? scale.maxU1[i - 1]! : -Infinity);
	}
	return scale;
}

/** Index of the segment holding instant `t` (clamped to the ends). */
export function segmentAt(scale: TimeScale, t: number): number {
	const segs = scale.segments;
	let lo = 0;
	let hi = segs.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (segs[mid]!.t0 <= t) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/** Position in units of instant `t` (linear inside its segment, clamped outside the scale). */
export function unitOf(scale: TimeScale, t: number): number {
	const seg = scale.segments[segmentAt(scale, t)];
	if (!seg) return 0;
	if (t <= seg.t0) return seg.u0;
	if (t >= seg.t1) return seg.u1;
	return seg.u0 + ((t - seg.t0) / (seg.t1 - seg.t0)) * (seg.u1 - seg.u0);
}

/** Index range [from, to) of the items (in time order) that can reach units [uA, uB]. */
export function itemsInView(scale: TimeScale, uA: number, uB: number): [number, number] {
	const n = scale.u0.length;
	let lo = 0;
	let hi = n;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (scale.maxU1[mid]! < uA) lo = mid + 1;
		else hi = mid;
	}
	const from = lo;
	hi = n;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (scale.u0[mid]! <= uB) lo = mid + 1;
		else hi = mid;
	}
	return [from, lo];
}
