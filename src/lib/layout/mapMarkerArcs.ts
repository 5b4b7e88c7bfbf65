/**
 * Arcs drawn over the markers, computed in the browser for the map's measured
 * width: each runs from the edge of the reacting actor's row on its plate to
 * the target's row (if the target reacts too) or to the target's place. Rows
 * of one plate are joined by a loop beside the plate. Pure functions, no
 * d3-geo: safe to ship to the browser.
 */
import { arcBetween, arrowhead, loopAt, type ArcGeometry, type Point } from './mapArcs.ts';

const r1 = (n: number) => Math.round(n * 10) / 10;

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
