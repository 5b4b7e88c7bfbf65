/**
 * The reaction map's layout: fits an Equal Earth projection to the places of
 * a story's reactors and targets (with the rest of the world for context),
 * projects a compact basemap, places every reaction's marker without overlap
 * and draws an arc from each reactor to its target. Runs on the server; the
 * result is plain data for the views.
 */
import { geoArea, geoBounds, geoCentroid, geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { storyItems, type Item } from '../story/items.ts';
import type { Actor, Story } from '../story/schema.ts';
import { atlasKey, countryName, regionAnchor } from './geoCountries.ts';
import { compactPath } from './geoPath.ts';
import { arcBetween } from './mapArcs.ts';
import { layoutClusters, type ClusterGroup } from './mapClusters.ts';
import { compareReactions, type MapPlace, type ReactionMapGeometry } from './mapTypes.ts';

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

/** Map width (px) from which rows carry their actors' names. */
export const WIDE_FROM = 640;
/** Map widths checked for overlaps: a phone's and up to the wide layout. */
export const NARROW_WIDTHS = [272, 320, 400, 500, 560, 639] as const;
/** Map widths checked for overlaps in the wide layout, up to the largest map. */
export const WIDE_WIDTHS = [640, 728, 850, 960] as const;

type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }>;
type Place = {
	key: string;
	name: string;
	kind: 'country' | 'region';
	lonlat: [number, number];
	main?: Feature<Polygon>;
	shape?: CountryFeature;
};

/** The largest polygon of a country (mainland France, not French Guiana). */
function mainland(f: CountryFeature): Feature<Polygon> {
	const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
	const parts = polys.map((coordinates): Feature<Polygon> => ({
		type: 'Feature',
		properties: {},
		geometry: { type: 'Polygon', coordinates }
	}));
	return parts.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
}

/** The middle of the shortest stretch of longitudes holding all `lons` (opposite their widest gap). */
export function centralLongitude(lons: readonly number[]): number {
	if (!lons.length) return 0;
	const sorted = [...lons].sort((a, b) => a - b);
	let gap = sorted[0]! + 360 - sorted[sorted.length - 1]!;
	let start = sorted[0]!;
	for (let i = 1; i < sorted.length; i++)
		if (sorted[i]! - sorted[i - 1]! > gap) {
			gap = sorted[i]! - sorted[i - 1]!;
			start = sorted[i]!;
		}
	const mid = start + (360 - gap) / 2;
	return ((mid + 540) % 360) - 180;
}

/** Finds where an actor is: its country in the atlas, or its region. */
function placeOf(actor: Actor, countries: CountryFeature[]): Place | null {
	if (actor.country) {
		const k = atlasKey(actor.country);
		const f = k && countries.find((c) => (k.id ? c.id === k.id : c.properties.name === k.name));
		if (f) {
			const main = mainland(f);
			return {
				key: `c:${actor.country}`,
				name: countryName(actor.country),
				kind: 'country',
				lonlat: geoCentroid(main) as [number, number],
				main,
				shape: f
			};
		}
	}
	const anchor = actor.region ? regionAnchor(actor.region) : null;
	return anchor && actor.region
		? { key: `r:${actor.region.toLowerCase()}`, name: actor.region, kind: 'region', lonlat: anchor }
		: null;
}

/**
 * An Equal Earth projection centred on `lon`, scaled so `fc` fits the width
 * (or a tall enough frame), and the frame's height: the fitted places plus
 * margins, at most as tall as the world, kept within 0.36–0.62 of the width.
 */
function frame(lon: number, fc: FeatureCollection, width: number, pad: number, fixed?: number) {
	const maxH = fixed ?? Math.round(width * 0.62);
	const projection = geoEqualEarth()
		.rotate([-lon, 0])
		.fitExtent(
			[
				[pad, pad],
				[width - pad, maxH - pad]
			],
			fc
		);
	const path = geoPath(projection);
	const [[, b0], [, b1]] = path.bounds(fc);
	const [[, s0], [, s1]] = path.bounds({ type: 'Sphere' });
	const height =
		fixed ?? Math.round(Math.min(maxH, Math.max(width * 0.36, b1 - b0 + 2 * pad), s1 - s0));
	let top = (b0 + b1) / 2 - height / 2;
	top = Math.max(s0, Math.min(top, s1 - height));
	const [tx, ty] = projection.translate();
	projection.translate([tx, ty - top]).clipExtent([
		[0, 0],
		[width, height]
	]);
	return { projection, height };
}

/** Lays out the reaction map of a story over the given world topology. */
export function reactionMap(
	story: Story,
	world: Topology,
	options: MapOptions = {}
): ReactionMapGeometry {
	const {
		width = 960,
		padding = 36,
		cell = 24,
		narrowWidths = NARROW_WIDTHS,
		wideWidths = WIDE_WIDTHS
	} = options;
	const countriesObj = world.objects.countries as GeometryCollection<{ name: string }>;
	const countries = (
		feature(world, countriesObj) as FeatureCollection<Polygon | MultiPolygon, { name: string }>
	).features;
	const reactions = storyItems(story)
		.filter((i) => i.kind === 'reaction')
		.sort(compareReactions);
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
		targetPlace(r.target!.id);
	}

	// Fit to the places, with at least a continent's span so one small country keeps its context.
	const fitted: Feature<Geometry>[] = [...places.values()].map(
		(p) =>
			p.main ?? {
				type: 'Feature',
				properties: {},
				geometry: { type: 'Point', coordinates: p.lonlat }
			}
	);
	if (!fitted.length)
		fitted.push({
			type: 'Feature',
			properties: {},
			geometry: { type: 'Point', coordinates: [0, 20] }
		});
	const fc: FeatureCollection = { type: 'FeatureCollection', features: fitted };
	const [[, y0], [, y1]] = geoBounds(fc);
	const lon = centralLongitude([...places.values()].map((p) => p.lonlat[0]));
	const lat = (y0 + y1) / 2;
	const span = Math.max(
		...[...places.values()].map((p) => Math.abs(((p.lonlat[0] - lon + 540) % 360) - 180)),
		0
	);
	const minSpan = Math.max(0, 25 - span);
	if (minSpan > 0)
		for (const d of [-1, 1])
			fitted.push({
				type: 'Feature',
				properties: {},
				geometry: {
					type: 'Point',
					coordinates: [lon + d * 25, Math.max(-80, Math.min(80, lat + d * 12))]
				}
			});
	const { projection, height } = frame(lon, fc, width, padding, options.height);
	const at = (p: Place): [number, number] => {
		const [x, y] = projection(p.lonlat) ?? [width / 2, height / 2];
		return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
	};

	// Marker groups: one per reacting place, one row per actor.
	const rows = new Map<string, Map<string, Item[]>>();
	const unplaced: string[] = [];
	for (const r of reactions) {
		const p = locate(r.actors[0]!.id);
		if (!p) {
			unplaced.push(r.id);
			continue;
		}
		const byActor = rows.get(p.key) ?? new Map<string, Item[]>();
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
		return { key, fx: x / width, fy: y / height, rows: list };
	});
	const aspect = height / width;
	const avoid = [...places.values()].map((p): [number, number] => {
		const [x, y] = at(p);
		return [x / width, y / height];
	});
	const narrow = layoutClusters(groups, {
		aspect,
		cell,
		widths: narrowWidths,
		labels: false,
		avoid
	});
	const wide = layoutClusters(groups, { aspect, cell, widths: wideWidths, labels: true, avoid });
	const clusters = groups.map((g) => ({
		key: g.key,
		fx: g.fx,
		fy: g.fy,
		narrow: narrow.plates.get(g.key)!,
		wide: wide.plates.get(g.key)!
	}));
	const markers = reactions.flatMap((r) => {
		const p = actorPlace.get(r.actors[0]!.id);
		const n = narrow.cells.get(r.id);
		const w = wide.cells.get(r.id);
		if (!p || !n || !w) return [];
		const [x, y] = at(p);
		return [
			{
				id: r.id,
				stance: r.stance!,
				place: p.key,
				fx: x / width,
				fy: y / height,
				narrow: n,
				wide: w
			}
		];
	});

	// Arcs: reactor's place to target's place; repeated pairs bend apart.
	const pairCount = new Map<string, number>();
	const arcs = reactions.flatMap((r) => {
		const from = actorPlace.get(r.actors[0]!.id);
		const to = targetPlace(r.target!.id);
		if (!from || !to) return [];
		const pair = `${from.key}>${to.key}`;
		const index = pairCount.get(pair) ?? 0;
		pairCount.set(pair, index + 1);
		const { d, head } = arcBetween(at(from), at(to), index);
		return [{ id: r.id, stance: r.stance!, d, head }];
	});

	const reacting = (key: string) =>
		[...(rows.get(key)?.keys() ?? [])]
			.map((id) => actors.get(id)!.name)
			.sort((a, b) => a.localeCompare(b));
	const placeList: MapPlace[] = [...places.values()].map((p) => {
		const [x, y] = at(p);
		const reacts = rows.has(p.key);
		return {
			key: p.key,
			name: p.name,
			kind: p.kind,
			x,
			y,
			...(reacts && p.shape
				? { d: compactPath(p.shape, projection, { tolerance: 1, epsilon: 0.6, minArea: 4 }) }
				: {}),
			actors: reacting(p.key),
			reacts
		};
	});

	return {
		width,
		height,
		land: compactPath(feature(world, world.objects.land!), projection, {
			tolerance: 1.5,
			epsilon: 1,
			minArea: 12
		}),
		borders: compactPath(
			mesh(world, countriesObj, (a, b) => a !== b),
			projection,
			{ tolerance: 1.5, epsilon: 1, minArea: 0 }
		),
		places: placeList.sort((a, b) => a.name.localeCompare(b.name)),
		clusters,
		markers,
		arcs,
		labels: wide.labels,
		wideFrom: WIDE_FROM,
		unplaced,
		cell
	};
}
