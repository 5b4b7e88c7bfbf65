/**
 * The GeoJSON an atlas decodes to (countries, land, borders between
 * countries): the same for every map drawn from it, so decoded once per
 * topology and shared. Callers only read it; projections stream from it.
 */
import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

type Countries = FeatureCollection<Polygon | MultiPolygon, { name: string }>['features'];

interface Decoded {
	countries?: Countries;
	land?: FeatureCollection<Polygon | MultiPolygon>;
	borders?: MultiLineString;
}

const decoded = new WeakMap<Topology, Decoded>();

function of(world: Topology): Decoded {
	let d = decoded.get(world);
	if (!d) decoded.set(world, (d = {}));
	return d;
}

/** The atlas's countries as features (object `countries`). */
export function countryFeatures(world: Topology): Countries {
	const d = of(world);
	return (d.countries ??= (
		feature(
			world,
			world.objects.countries as GeometryCollection<{ name: string }>
		) as FeatureCollection<Polygon | MultiPolygon, { name: string }>
	).features);
}

/** The atlas's land (object `land`). */
export function landFeatures(world: Topology): FeatureCollection<Polygon | MultiPolygon> {
	const d = of(world);
	return (d.land ??= feature(world, world.objects.land!) as FeatureCollection<
		Polygon | MultiPolygon
	>);
}

/** The borders between countries, each drawn once. */
export function borderLines(world: Topology): MultiLineString {
	const d = of(world);
	return (d.borders ??= mesh(
		world,
		world.objects.countries as GeometryCollection<{ name: string }>,
		(a, b) => a !== b
	));
}
