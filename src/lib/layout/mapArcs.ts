/**
 * Arcs from a reactor to its target: a quadratic curve bending to the left of
 * the direction of travel, with an arrowhead at the target. Several arcs
 * between the same two places bend by different amounts so they stay apart;
 * a reaction within one place is drawn as a small loop.
 */

/** A point in map units. */
export type Point = [number, number];

/** An arc's geometry: the curve and its arrowhead, both SVG paths. */
export interface ArcGeometry {
	/** The curve from reactor to target. */
	d: string;
	/** A filled triangle at the target, pointing along the curve. */
	head: string;
	/** The curve's middle (for labels and hit tests). */
	mid: Point;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** Arrowhead triangle (an SVG path) with its tip at `tip`, pointing along (ux, uy). */
export function arrowhead(tip: Point, ux: number, uy: number, size: number): string {
	const bx = tip[0] - ux * size;
	const by = tip[1] - uy * size;
	const px = -uy * size * 0.5;
	const py = ux * size * 0.5;
	return `M${r1(tip[0])},${r1(tip[1])}L${r1(bx + px)},${r1(by + py)}L${r1(bx - px)},${r1(by - py)}Z`;
}

/**
 * The arc from `from` to `to`. `index` is this arc's number among arcs
 * between the same two places (0, 1, 2…), which sets how much it bends.
 */
export function arcBetween(from: Point, to: Point, index = 0, headSize = 7): ArcGeometry {
	const dx = to[0] - from[0];
	const dy = to[1] - from[1];
	const dist = Math.hypot(dx, dy);
	if (dist < 1) return loopAt(from, index, headSize);
	const bend = 0.18 + 0.12 * index;
	const mx = (from[0] + to[0]) / 2;
	const my = (from[1] + to[1]) / 2;
	// Control point to the left of travel: (dy, -dx) rotated normal.
	const cx = mx + dy * bend;
	const cy = my - dx * bend;
	const tx = to[0] - cx;
	const ty = to[1] - cy;
	const tl = Math.hypot(tx, ty) || 1;
	const ux = tx / tl;
	const uy = ty / tl;
	// Stop the line at the arrowhead's base, so the tip is sharp.
	const end: Point = [to[0] - ux * headSize * 0.8, to[1] - uy * headSize * 0.8];
	return {
		d: `M${r1(from[0])},${r1(from[1])}Q${r1(cx)},${r1(cy)} ${r1(end[0])},${r1(end[1])}`,
		head: arrowhead(to, ux, uy, headSize),
		mid: [
			r1(0.25 * from[0] + 0.5 * cx + 0.25 * to[0]),
			r1(0.25 * from[1] + 0.5 * cy + 0.25 * to[1])
		]
	};
}

/** A loop above a point, for a reaction to someone in the same place. */
export function loopAt(p: Point, index = 0, headSize = 7): ArcGeometry {
	const h = 22 + 10 * index;
	const w = 12 + 4 * index;
	const [x, y] = p;
	const c1: Point = [x - w, y - h];
	const c2: Point = [x + w, y - h];
	// Tangent at the end of a cubic: end - second control point.
	const ux0 = x - c2[0];
	const uy0 = y - c2[1];
	const l = Math.hypot(ux0, uy0);
	const ux = ux0 / l;
	const uy = uy0 / l;
	const end: Point = [x - ux * headSize * 0.8, y - uy * headSize * 0.8];
	return {
		d: `M${r1(x)},${r1(y)}C${r1(c1[0])},${r1(c1[1])} ${r1(c2[0])},${r1(c2[1])} ${r1(end[0])},${r1(end[1])}`,
		head: arrowhead(p, ux, uy, headSize),
		mid: [r1(x), r1(y - h * 0.75)]
	};
}
