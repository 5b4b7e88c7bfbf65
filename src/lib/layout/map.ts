/**
 * The reaction map's layout: fits an Equal Earth projection to the places of
 * a story's reactors and targets (with the rest of the world for context),
 * projects a compact basemap, places every reaction's marker without overlap
 * and draws an arc from each reactor to its target. Runs on the server; the
 * result is plain data for the views.
 */
import type { Topology } from 'topojson-specification';
import { countryFeatures } from './geoFeatures.ts';
import { isReaction, storyItems, type ReactionItem } from '../story/items.ts';
import type { Story } from '../story/schema.ts';
import { placeOf, type Place } from './geoPlaces.ts';
import { basemaps } from './mapBase.ts';
import { arcBetween } from './mapArcs.ts';
import { fitMap, narrowWindow } from './mapFit.ts';
export { centralLongitude, MIN_WINDOW, narrowWindow } from './mapFit.ts';
import { layoutClusters, type ClusterGroup } from './mapClusters.ts';
import { MAP_WIDTH, WIDE_FROM } from './breakpoints.ts';
import { compareReactions } from './mapReactions.ts';
import type { MapBase, MapPlace, ReactionMapGeometry } from './mapTypes.ts';

/** Options of the map layout. */
export interface MapOptions {
	/** Map width in map units. */
	width?: number;
	/** Map height in map units; by default fitted to the places. */
	height?: number;
	/** Margin kept around the fitted places, map units. */
	padding?: number;
	/** Marker cell size, px. */
	cell?: number;
	/** Map widths (px) of the narrow layout (glyphs only) at which markers must not overlap. */
	narrowWidths?: readonly number[];
	/** Map widths (px) of the wide layout (glyphs and names). */
	wideWidths?: readonly number[];
}

/** Map widths checked for overlaps: a phone's and up to the wide layout. */
export const NARROW_WIDTHS = [272, 320, 400, 500, 560, WIDE_FROM - 1] as const;
/** Map widths checked for overlaps in the wide layout, up to the largest map. */
export const WIDE_WIDTHS = [WIDE_FROM, 728, 850, MAP_WIDTH] as const;

/** A fraction of the map, to 1/10 000 (well under a pixel). */
const frac = (f: number) => Math.round(f * 10000) / 10000;

/** Lays out the reaction map of a story over the given world topology. */
export function reactionMap(
	story: Story,
	world: Topology,
	options: MapOptions = {}
): ReactionMapGeometry {
	const {
		width = MAP_WIDTH,
		padding = 36,
		cell = 24,
		narrowWidths = NARROW_WIDTHS,
		wideWidths = WIDE_WIDTHS
	} = options;
	const countries = countryFeatures(world);
	const reactions = storyItems(story).filter(isReaction).sort(compareReactions);
	const actors = new Map(story.actors.map((a) => [a.id, a]));
	const events = new Map(story.events.map((e) => [e.id, e]));

	const places = new Map<string, Place>();
	const actorPlace = new Map<string, Place | null>();
	const locate = (id: string): Place | null => {
		if (!actorPlace.has(id)) {
			const a = actors.get(id);
			const p = a ? placeOf(a, countries) : null;
			if (p && !places.has(p.key)) places.set(p.key, p);
			actorPlace.set(id, p ? places.get(p.key)! : null);
		}
		return actorPlace.get(id) ?? null;
	};
	const targetPlace = (id: string): Place | null => {
		if (actors.has(id)) return locate(id);
		for (const a of events.get(id)?.actors ?? []) {
			const p = locate(a);
			if (p) return p;
		}
		return null;
	};
	for (const r of reactions) {
		locate(r.actors[0]!.id);
		targetPlace(r.target.id);
	}

	const { projection, height } = fitMap([...places.values()], width, padding, options.height);
	const at = (p: Place): [number, number] => {
		const [x, y] = projection(p.lonlat) ?? [width / 2, height / 2];
		return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
	};

	// Marker groups: one per reacting place, one row per actor.
	const rows = new Map<string, Map<string, ReactionItem[]>>();
	const unplaced: string[] = [];
	for (const r of reactions) {
		const p = locate(r.actors[0]!.id);
		if (!p) {
			unplaced.push(r.id);
			continue;
		}
		const byActor = rows.get(p.key) ?? new Map<string, ReactionItem[]>();
		byActor.set(r.actors[0]!.id, [...(byActor.get(r.actors[0]!.id) ?? []), r]);
		rows.set(p.key, byActor);
	}
	const groups: ClusterGroup[] = [...rows].map(([key, byActor]) => {
		const [x, y] = at(places.get(key)!);
		const list = [...byActor.entries()].map(([actorId, items]) => ({
			actorId,
			name: actors.get(actorId)!.name,
			ids: items.map((r) => r.id)
		}));
		list.sort((a, b) => a.name.localeCompare(b.name));
		return { key, fx: frac(x / width), fy: frac(y / height), rows: list };
	});
	const aspect = height / width;
	const avoid = [...places.values()].flatMap((p): [number, number][] => {
		const [x, y] = at(p);
		// A region's outline is kept clear too, not only its centre.
		const around: [number, number][] =
			p.kind === 'region'
				? [
						[x - 30, y],
						[x + 30, y],
						[x, y - 20],
						[x, y + 20]
					]
				: [];
		const points: [number, number][] = [[x, y], ...around];
		return points.map(([ax, ay]) => [frac(ax / width), frac(ay / height)]);
	});
	// Narrow frames show a window fitted to the places; plates are placed in it.
	const win = narrowWindow(
		[...places.values()].map((p) => at(p)[0] / width),
		padding / width
	);
	const inWindow = (fx: number) => (fx - win.x0) / win.w;
	const numbered = new Map(
		[...groups]
			.sort((a, b) => a.fx - b.fx || a.fy - b.fy)
			.flatMap((g) => g.rows.map((r) => r.actorId))
			.map((id, i) => [id, i + 1])
	);
	const narrow = layoutClusters(
		groups.map((g) => ({ ...g, fx: inWindow(g.fx) })),
		{
			aspect: aspect / win.w,
			cell,
			widths: narrowWidths,
			labels: false,
			avoid: avoid.map(([fx, fy]) => [inWindow(fx), fy]),
			numbered
		}
	);
	const wide = layoutClusters(groups, {
		aspect,
		cell,
		widths: wideWidths,
		labels: true,
		avoid,
		clearance: 10
	});
	const clusters = groups.map((g) => ({
		key: g.key,
		fx: g.fx,
		fy: g.fy,
		narrow: narrow.plates.get(g.key)!,
		wide: wide.plates.get(g.key)!
	}));
	const key = [...numbered].map(([actorId, n]) => {
		const p = actorPlace.get(actorId);
		return { n, actorId, name: actors.get(actorId)!.name, place: p?.name ?? '' };
	});
	const markers = reactions.flatMap((r) => {
		const p = actorPlace.get(r.actors[0]!.id);
		const n = narrow.cells.get(r.id);
		const w = wide.cells.get(r.id);
		if (!p || !n || !w) return [];
		const [x, y] = at(p);
		return [
			{
				id: r.id,
				stance: r.stance,
				place: p.key,
				fx: frac(x / width),
				fy: frac(y / height),
				narrow: n,
				wide: w
			}
		];
	});

	// Arcs: reactor's place to target's place; repeated pairs bend apart.
	const pairCount = new Map<string, number>();
	const arcs = reactions.flatMap((r) => {
		const from = actorPlace.get(r.actors[0]!.id);
		const to = targetPlace(r.target.id);
		if (!from || !to) return [];
		const pair = `${from.key}>${to.key}`;
		const index = pairCount.get(pair) ?? 0;
		pairCount.set(pair, index + 1);
		const { d, head } = arcBetween(at(from), at(to), index);
		const [tx, ty] = at(to);
		const marker = reactions.find((m) => m.actors[0]!.id === r.target.id)?.id;
		return [
			{
				id: r.id,
				stance: r.stance,
				d,
				head,
				to: { fx: frac(tx / width), fy: frac(ty / height), ...(marker ? { marker } : {}) },
				index
			}
		];
	});

	const reacting = (key: string) =>
		[...(rows.get(key)?.keys() ?? [])]
			.map((id) => actors.get(id)!.name)
			.sort((a, b) => a.localeCompare(b));
	// The basemap of the whole map, and clipped (a unit inside) to the narrow window.
	const shaded = [...places.values()].filter((p) => rows.has(p.key));
	// Projected once, clipped twice.
	const [whole, narrowBase] = basemaps(world, projection, shaded, [
		[
			[0, 0],
			[width, height]
		],
		[
			[win.x0 * width + 1, 1],
			[(win.x0 + win.w) * width - 1, height - 1]
		]
	]) as [MapBase, MapBase];
	const placeList: MapPlace[] = [...places.values()].map((p) => {
		const [x, y] = at(p);
		const reacts = rows.has(p.key);
		return {
			key: p.key,
			name: p.name,
			kind: p.kind,
			x,
			y,
			...(whole.shapes[p.key] ? { d: whole.shapes[p.key] } : {}),
			actors: reacting(p.key),
			reacts
		};
	});

	return {
		width,
		height,
		land: whole.land,
		borders: whole.borders,
		places: placeList.sort((a, b) => a.name.localeCompare(b.name)),
		clusters,
		markers,
		arcs,
		labels: wide.labels,
		numbers: narrow.labels.map((l) => ({ ...l, fx: frac(l.fx * win.w + win.x0) })),
		key,
		window: win,
		narrowBase,
		unplaced,
		cell
	};
}
