/**
 * Compact SVG paths from projected geometry: whole-pixel coordinates written
 * as relative moves, points closer than `tolerance` to the last kept one
 * dropped, and rings smaller than `minArea` left out. Keeps the basemap small
 * enough to sit in the prerendered HTML.
 */
import { geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';

/** How much detail a compact path keeps. */
export interface CompactOptions {
	/** Drop a point closer than this (px) to the previous kept point. */
	tolerance?: number;
	/** Then drop points within this distance (px) of the simplified outline. */
	epsilon?: number;
	/** Drop closed rings with a smaller area than this (px²); 0 keeps all. */
	minArea?: number;
}

type Ring = { points: [number, number][]; closed: boolean };

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

/** The compact path of a geographic object under `projection`. */
export function compactPath(
	object: GeoPermissibleObjects,
	projection: GeoProjection,
	{ tolerance = 1, epsilon = 0, minArea = 2 }: CompactOptions = {}
): string {
	const { rings, context } = recorder();
	geoPath(projection, context).pointRadius(0)(object);
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
