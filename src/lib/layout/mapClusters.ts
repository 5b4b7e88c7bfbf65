/**
 * Marker groups of the reaction map: one plate per place, one row per actor,
 * one cell per reaction. On narrow maps a plate holds glyphs only; on wide
 * maps each row also names its actor. Plates are placed apart with
 * `placeBoxes` for the widths of each layout.
 */
import { placeBoxes } from './mapPlacement.ts';
import type { MapLabel, PlateOffset } from './mapTypes.ts';

/** A place's group: its anchor (fractions of the map) and its actors' reactions. */
export interface ClusterGroup {
	key: string;
	fx: number;
	fy: number;
	/** One row per actor, in display order. */
	rows: { actorId: string; name: string; ids: string[] }[];
}

/** Options of one cluster layout. */
export interface ClusterOptions {
	/** Map height divided by its width. */
	aspect: number;
	/** Cell size, px. */
	cell: number;
	/** Map widths (px) at which plates must not overlap. */
	widths: readonly number[];
	/** Name each row's actor beside its glyphs. */
	labels: boolean;
	/** Points (fractions of the map) plates should rather leave visible. */
	avoid?: readonly [number, number][];
	/** Number each row (by actor id) in a column before its glyphs, instead of naming it. */
	numbered?: ReadonlyMap<string, number>;
	/** Clearance kept around avoided points, px. */
	clearance?: number;
}

/** Width of the number column of a numbered row, px (numbers of one digit). */
export const NUMBER_WIDTH = 16;

/** Width of the number column for numbers up to `max`: wider from 10 on, so two digits stay off the markers. */
export function numberColumn(max: number): number {
	return Math.max(NUMBER_WIDTH, String(max).length * 7 + 4);
}

/** Longest label, in characters, before it is shortened with an ellipsis. */
export const LABEL_CHARS = 24;
/** Label font size, px. */
export const LABEL_SIZE = 12;

/** A row label as shown: the name, shortened at a word if long. */
export function shortLabel(name: string, max = LABEL_CHARS): string {
	if (name.length <= max) return name;
	const cut = name.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A generous width estimate of a label in the system sans-serif, px. */
export function labelWidth(text: string, size = LABEL_SIZE): number {
	return Math.ceil(text.length * size * 0.6) + 6;
}

/** Plates, each reaction's cell centre and (if asked) row labels, offsets in px from the anchors. */
export function layoutClusters(groups: readonly ClusterGroup[], o: ClusterOptions) {
	const pad = 6;
	const lead = o.numbered ? numberColumn(Math.max(0, ...o.numbered.values())) : 0;
	const boxes = groups.map((g) => {
		const cols = Math.max(...g.rows.map((r) => r.ids.length));
		const text = o.labels ? Math.max(...g.rows.map((r) => labelWidth(shortLabel(r.name)))) : 0;
		return {
			key: g.key,
			fx: g.fx,
			fy: g.fy,
			w: lead + cols * o.cell + (o.labels ? text + pad : 0),
			h: g.rows.length * o.cell
		};
	});
	const offsets = placeBoxes(boxes, {
		aspect: o.aspect,
		widths: o.widths,
		avoid: o.avoid,
		clearance: o.clearance
	});
	const plates = new Map<string, PlateOffset>();
	const cells = new Map<string, { dx: number; dy: number }>();
	const labels: MapLabel[] = [];
	groups.forEach((g, k) => {
		const b = boxes[k]!;
		const { dx, dy } = offsets.get(g.key)!;
		plates.set(g.key, { dx, dy, w: b.w, h: b.h });
		const cols = Math.max(...g.rows.map((r) => r.ids.length));
		g.rows.forEach((row, i) => {
			const y = dy - b.h / 2 + o.cell * (i + 0.5);
			const left = dx - b.w / 2 + lead;
			row.ids.forEach((id, j) => cells.set(id, { dx: left + o.cell * (j + 0.5), dy: y }));
			const n = o.numbered?.get(row.actorId);
			if (n !== undefined)
				labels.push({
					key: row.actorId,
					text: String(n),
					place: g.key,
					fx: g.fx,
					fy: g.fy,
					dx: dx - b.w / 2 + 2,
					dy: y
				});
			else if (o.labels)
				labels.push({
					key: row.actorId,
					text: shortLabel(row.name),
					place: g.key,
					fx: g.fx,
					fy: g.fy,
					dx: dx - b.w / 2 + o.cell * cols + pad / 2,
					dy: y
				});
		});
	});
	return { plates, cells, labels };
}
