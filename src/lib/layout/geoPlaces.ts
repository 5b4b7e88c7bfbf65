/**
 * Where actors are on the map: a country's feature in the atlas, its mainland
 * (for fitting and for its anchor), a point for a country too small for the
 * atlas, or a region's anchor.
 */
import { geoArea, geoCentroid } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Actor } from '../story/schema.ts';
import { atlasKey, countryName, regionAnchor, smallCountryAnchor } from './geoCountries.ts';

/** A country of the atlas. */
export type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }>;
/** A country or region where actors are. */
export type Place = {
	key: string;
	name: string;
	kind: 'country' | 'region';
	lonlat: [number, number];
	main?: Feature<Polygon>;
	shape?: CountryFeature;
};

/** The largest polygon of a country (mainland France, not French Guiana). */
export function mainland(f: CountryFeature): Feature<Polygon> {
	const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
	const parts = polys.map((coordinates): Feature<Polygon> => ({
		type: 'Feature',
		properties: {},
		geometry: { type: 'Polygon', coordinates }
	}));
	return parts.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
}

/** A country's mainland and its centroid, computed once per feature (they never change). */
const mainlands = new WeakMap<
	CountryFeature,
	{ main: Feature<Polygon>; lonlat: [number, number] }
>();

function mainlandOf(f: CountryFeature): { main: Feature<Polygon>; lonlat: [number, number] } {
	let m = mainlands.get(f);
	if (!m) {
		const main = mainland(f);
		mainlands.set(f, (m = { main, lonlat: geoCentroid(main) as [number, number] }));
	}
	return m;
}

/** Finds where an actor is: its country in the atlas, or its region. */
export function placeOf(actor: Actor, countries: CountryFeature[]): Place | null {
	if (actor.country) {
		const k = atlasKey(actor.country);
		const f = k && countries.find((c) => (k.id ? c.id === k.id : c.properties.name === k.name));
		if (f) {
			const { main, lonlat } = mainlandOf(f);
			return {
				key: `c:${actor.country}`,
				name: countryName(actor.country),
				kind: 'country',
				lonlat: [lonlat[0], lonlat[1]],
				main,
				shape: f
			};
		}
	}
	// A country too small for the atlas is a point, still named as the country.
	const point = actor.country ? smallCountryAnchor(actor.country) : null;
	if (point && actor.country)
		return {
			key: `c:${actor.country}`,
			name: countryName(actor.country),
			kind: 'country',
			lonlat: point
		};
	const anchor = actor.region ? regionAnchor(actor.region) : null;
	return anchor && actor.region
		? { key: `r:${actor.region.toLowerCase()}`, name: actor.region, kind: 'region', lonlat: anchor }
		: null;
}
