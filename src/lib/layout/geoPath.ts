/**
 * Compact SVG paths from projected geometry: whole-pixel coordinates written
 * as relative moves, points closer than `tolerance` to the last kept one
 * dropped, and rings smaller than `minArea` left out. Keeps the basemap small
 * enough to sit in the prerendered HTML.
 */
import {
	geoClipRectangle,
	geoPath,
	geoStream,
	type GeoPermissibleObjects,
	type GeoProjection,
	type GeoStream
} from 'd3-geo';

/** How much detail a compact path keeps. */
export interface CompactOptions {
	/** Drop a point closer than this (px) to the previous kept point. */
	tolerance?: number;
	/** Then drop points within this distance (px) of the simplified outline. */
	epsilon?: number;
	/** Drop closed rings with a smaller area than this (px²); 0 keeps all. */
	minArea?: number;
}

/** One outline or line of a path: its points and whether it closes. */
export type Ring = { points: [number, number][]; closed: boolean };

/** Records the rings and lines d3-geo draws into a canvas-like context. */
function recorder() {
	const rings: Ring[] = [];
	let current: Ring | null = null;
	return {
		rings,
		context: {
			moveTo(x: number, y: number) {
				current = { points: [[x, y]], closed: false };
				rings.push(current);
			},
			lineTo(x: number, y: number) {
				current?.points.push([x, y]);
			},
			closePath() {
				if (current) current.closed = true;
			},
			arc() {},
			beginPath() {}
		}
	};
}

function ringArea(points: [number, number][]): number {
	let a = 0;
	for (let i = 0, j = points.length - 1; i < points.length; j = i++)
		a += (points[j]![0] + points[i]![0]) * (points[j]![1] - points[i]![1]);
	return Math.abs(a / 2);
}

/** Thins a ring to whole pixels, keeping points at least `tolerance` apart. */
export function thin(points: [number, number][], tolerance: number): [number, number][] {
	const out: [number, number][] = [];
	for (const [x, y] of points) {
		const p: [number, number] = [Math.round(x), Math.round(y)];
		const last = out[out.length - 1];
		if (last && Math.hypot(p[0] - last[0], p[1] - last[1]) < Math.max(tolerance, 0.5)) continue;
		out.push(p);
	}
	const last = points[points.length - 1];
	if (last && out.length > 1) {
		const end: [number, number] = [Math.round(last[0]), Math.round(last[1])];
		const tail = out[out.length - 1]!;
		if (tail[0] !== end[0] || tail[1] !== end[1]) out.push(end);
	}
	return out;
}

/** Douglas–Peucker: keeps the points that stray more than `epsilon` from the simplified line. */
export function simplify(points: [number, number][], epsilon: number): [number, number][] {
	if (points.length < 3 || epsilon <= 0) return points;
	const keep = new Uint8Array(points.length);
	keep[0] = keep[points.length - 1] = 1;
	const stack: [number, number][] = [[0, points.length - 1]];
	while (stack.length) {
		const [a, b] = stack.pop()!;
		const [ax, ay] = points[a]!;
		const [bx, by] = points[b]!;
		const len = Math.hypot(bx - ax, by - ay);
		let far = -1;
		let max = epsilon;
		for (let i = a + 1; i < b; i++) {
			const [px, py] = points[i]!;
			const d = len
				? Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / len
				: Math.hypot(px - ax, py - ay);
			if (d > max) {
				max = d;
				far = i;
			}
		}
		if (far >= 0) {
			keep[far] = 1;
			stack.push([a, far], [far, b]);
		}
	}
	return points.filter((_, i) => keep[i]);
}

/** Writes rings as an SVG path with relative whole-pixel steps. */
export function ringsToPath(rings: readonly Ring[]): string {
	const pair = (dx: number, dy: number) => `${dx}${dy < 0 ? '' : ','}${dy}`;
	let d = '';
	let px = 0;
	let py = 0;
	for (const { points, closed } of rings) {
		const [sx, sy] = points[0]!;
		d += `m${pair(sx - px, sy - py)}`;
		px = sx;
		py = sy;
		points.slice(1).forEach(([x, y], i) => {
			const dx = x - px;
			d += (i === 0 ? 'l' : dx < 0 ? '' : ' ') + pair(dx, y - py);
			px = x;
			py = y;
		});
		if (closed) {
			d += 'z';
			px = sx;
			py = sy;
		}
	}
	return d;
}

/**
 * The rings of a path as `ringsToPath` writes it (relative `m`, `l` and `z`
 * steps), with their points made absolute: its inverse.
 */
export function pathRings(d: string): Ring[] {
	const rings: Ring[] = [];
	let ring: Ring | null = null;
	let command = 'm';
	let x = 0;
	let y = 0;
	let pending: number | null = null;
	for (const [token] of d.matchAll(/[mlz]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/gi)) {
		const c = token.toLowerCase();
		if (c === 'z') {
			if (ring) {
				ring.closed = true;
				[x, y] = ring.points[0]!;
			}
			command = 'm';
		} else if (c === 'm' || c === 'l') command = c;
		else if (pending === null) pending = +token;
		else {
			x += pending;
			y += +token;
			pending = null;
			if (command === 'm') {
				ring = { points: [[x, y]], closed: false };
				rings.push(ring);
				command = 'l';
			} else ring?.points.push([x, y]);
		}
	}
	return rings;
}

/** Keeps the rings worth drawing, thinned and simplified, as a compact path. */
function compactRings(
	rings: readonly Ring[],
	{ tolerance = 1, epsilon = 0, minArea = 2 }: CompactOptions
): string {
	const kept: Ring[] = [];
	for (const ring of rings) {
		const points = simplify(thin(ring.points, tolerance), epsilon);
		if (ring.closed) {
			if (points.length < 3 || (minArea > 0 && ringArea(points) < minArea)) continue;
		} else if (points.length < 2) continue;
		kept.push({ points, closed: ring.closed });
	}
	return ringsToPath(kept);
}

/** The compact path of a geographic object under `projection`. */
export function compactPath(
	object: GeoPermissibleObjects,
	projection: GeoProjection,
	options: CompactOptions = {}
): string {
	const { rings, context } = recorder();
	geoPath(projection, context).pointRadius(0)(object);
	return compactRings(rings, options);
}

/** A clip rectangle in projected units: [[x0, y0], [x1, y1]]. */
export type ClipExtent = [[number, number], [number, number]];

const POINT = 0;
const LINE_START = 1;
const LINE_END = 2;
const POLYGON_START = 3;
const POLYGON_END = 4;

/**
 * What a projection streams of an object before its clip extent: the
 * projected (resampled) points and the line and polygon marks, in order.
 */
function projected(object: GeoPermissibleObjects, projection: GeoProjection): number[] {
	const ops: number[] = [];
	const sink: GeoStream = {
		point: (x, y) => void ops.push(POINT, x, y),
		lineStart: () => void ops.push(LINE_START),
		lineEnd: () => void ops.push(LINE_END),
		polygonStart: () => void ops.push(POLYGON_START),
		polygonEnd: () => void ops.push(POLYGON_END),
		sphere: () => {}
	};
	const before = projection.clipExtent();
	projection.clipExtent(null);
	geoStream(object, projection.stream(sink));
	projection.clipExtent(before);
	return ops;
}

/**
 * Draws streamed geometry into a canvas-like context as d3's geoPath does
 * (point radius 0): a line's first point moves, the rest draw, a polygon's
 * ring closes.
 */
function pathStream(context: ReturnType<typeof recorder>['context']): GeoStream {
	let inPolygon = false;
	let point = -1;
	return {
		polygonStart: () => void (inPolygon = true),
		polygonEnd: () => void (inPolygon = false),
		lineStart: () => void (point = 0),
		lineEnd: () => {
			if (inPolygon) context.closePath();
			point = -1;
		},
		point: (x, y) => {
			if (point === 0) {
				context.moveTo(x, y);
				point = 1;
			} else if (point === 1) context.lineTo(x, y);
			else context.moveTo(x, y);
		},
		sphere: () => {}
	};
}

/**
 * The compact paths of a geographic object under `projection`, one per clip
 * extent: the object is projected once and the projected stream clipped to
 * each extent, so each path is the one `compactPath` draws with the
 * projection's clip extent set to it.
 */
export function compactPaths(
	object: GeoPermissibleObjects,
	projection: GeoProjection,
	clips: readonly ClipExtent[],
	options: CompactOptions = {}
): string[] {
	const ops = projected(object, projection);
	return clips.map(([[x0, y0], [x1, y1]]) => {
		const { rings, context } = recorder();
		const s = geoClipRectangle(x0, y0, x1, y1)(pathStream(context));
		for (let i = 0; i < ops.length;) {
			const op = ops[i++];
			if (op === POINT) {
				s.point(ops[i]!, ops[i + 1]!);
				i += 2;
			} else if (op === LINE_START) s.lineStart();
			else if (op === LINE_END) s.lineEnd();
			else if (op === POLYGON_START) s.polygonStart();
			else s.polygonEnd();
		}
		return compactRings(rings, options);
	});
}
