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

/** Arrowhead triangle with its tip at `tip`, pointing along (ux, uy). */
function arrowhead(tip: Point, ux: number, uy: number, size: number): string {
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

/** A plate's offset from its anchor and size, px. */
type Plate = { dx: number; dy: number; w: number; h: number };

/** What `markerArcs` needs of the map: its size, plates, markers and arcs. */
export interface ArcSource {
	width: number;
	height: number;
	/** The window narrow frames show (fractions of the map's width). */
	window: { x0: number; w: number };
	clusters: readonly { key: string; fx: number; fy: number; narrow: Plate; wide: Plate }[];
	markers: readonly {
		id: string;
		place: string;
		fx: number;
		fy: number;
		narrow: { dx: number; dy: number };
		wide: { dx: number; dy: number };
	}[];
	arcs: readonly { id: string; to: { fx: number; fy: number; marker?: string }; index: number }[];
}

/** An arc drawn over the map: its curve and head, px in the markers' layer. */
export interface MarkerArc {
	/** The reaction's id. */
	id: string;
	d: string;
	head: string;
	/** Where the arc starts and where its arrow points, px. */
	from: Point;
	to: Point;
}

/** Space between a plate's edge and an arc's end, px. */
export const PLATE_GAP = 4;

/** A marker's row on its plate: the row's middle and the plate's sides, px. */
interface Row {
	x: number;
	y: number;
	left: number;
	right: number;
	top: number;
	bottom: number;
	place: string;
}

/** Where an arc leaves (or reaches) a row, facing the point `toward`. */
function rowEdge(r: Row, toward: Point): Point {
	if (toward[0] > r.right) return [r.right + PLATE_GAP, r.y];
	if (toward[0] < r.left) return [r.left - PLATE_GAP, r.y];
	return [r.x, toward[1] < r.y ? r.top - PLATE_GAP : r.bottom + PLATE_GAP];
}

/**
 * A loop beside a plate, from one of its rows to another, bulging out by
 * `out` px: to the left for a negative `out`, to the right for a positive one.
 */
function sideLoop(from: Point, to: Point, out: number, headSize: number): ArcGeometry {
	const c1: Point = [from[0] + out, from[1]];
	const c2: Point = [to[0] + out, to[1]];
	const ux = -Math.sign(out);
	const end: Point = [to[0] - ux * headSize * 0.8, to[1]];
	return {
		d: `M${r1(from[0])},${r1(from[1])}C${r1(c1[0])},${r1(c1[1])} ${r1(c2[0])},${r1(c2[1])} ${r1(end[0])},${r1(end[1])}`,
		head: arrowhead(to, ux, 0, headSize),
		mid: [r1(from[0] + out * 0.75), r1((from[1] + to[1]) / 2)]
	};
}

/**
 * Arcs from each reaction's row (the plate's edge beside the actor's markers)
 * to its target's row (if the target reacts too) or its place, for a markers'
 * layer `layerWidth` px wide (the whole map; on narrow maps wider than the
 * frame). Plates and markers sit at their anchors plus their pixel offsets
 * for the layout, so the arcs are computed for the width they are drawn at.
 */
export function markerArcs(
	map: ArcSource,
	layerWidth: number,
	narrow: boolean,
	headSize = 7
): MarkerArc[] {
	const h = (layerWidth * map.height) / map.width;
	const plates = new Map(map.clusters.map((c) => [c.key, c]));
	// The middle of what the frame shows, px in the layer.
	const middle = (narrow ? map.window.x0 + map.window.w / 2 : 0.5) * layerWidth;
	const rows = new Map<string, Row>();
	for (const m of map.markers) {
		const c = plates.get(m.place);
		if (!c) continue;
		const p = narrow ? c.narrow : c.wide;
		const o = narrow ? m.narrow : m.wide;
		const cx = c.fx * layerWidth + p.dx;
		const cy = c.fy * h + p.dy;
		rows.set(m.id, {
			x: m.fx * layerWidth + o.dx,
			y: m.fy * h + o.dy,
			left: cx - p.w / 2 - 2,
			right: cx + p.w / 2 + 2,
			top: cy - p.h / 2 - 2,
			bottom: cy + p.h / 2 + 2,
			place: m.place
		});
	}
	return map.arcs.flatMap((a) => {
		const row = rows.get(a.id);
		if (!row) return [];
		const target = a.to.marker ? rows.get(a.to.marker) : undefined;
		const place: Point = [a.to.fx * layerWidth, a.to.fy * h];
		let geometry: ArcGeometry;
		let from: Point;
		let to: Point;
		if (target && target.place === row.place) {
			// Within one plate: a loop beside it, from row to row, on the side facing the middle.
			const right = (row.left + row.right) / 2 < middle;
			const side = (r: Row) => (right ? r.right + PLATE_GAP : r.left - PLATE_GAP);
			from = [side(row), row.y];
			to = [side(target), target.y];
			const out = (18 + 8 * a.index) * (right ? 1 : -1);
			if (Math.abs(from[1] - to[1]) < 1) geometry = loopAt([row.x, row.top], a.index, headSize);
			else geometry = sideLoop(from, to, out, headSize);
		} else {
			const aim: Point = target ? [target.x, target.y] : place;
			from = rowEdge(row, aim);
			to = target ? rowEdge(target, from) : place;
			geometry = arcBetween(from, to, a.index, headSize);
		}
		return [{ id: a.id, d: geometry.d, head: geometry.head, from, to }];
	});
}
