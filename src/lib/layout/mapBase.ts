/**
 * The reaction map's basemap as compact SVG paths: land, borders between
 * countries and the outlines of reacting countries, drawn for the whole map
 * or clipped to the window a narrow frame shows (so nothing drawn reaches
 * past the frame).
 */
import type { GeoProjection } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { borderLines, landFeatures } from './geoFeatures.ts';
import { compactPaths, type ClipExtent } from './geoPath.ts';
import type { Place } from './geoPlaces.ts';
import type { MapBase } from './mapTypes.ts';

/**
 * The basemap under `projection` once for each clip: each outline is
 * projected once and clipped to every rectangle, the same as drawing it
 * with the projection clipped to each in turn. The projection is left as
 * it was.
 */
export function basemaps(
	world: Topology,
	projection: GeoProjection,
	shaded: readonly Place[],
	clips: readonly ClipExtent[]
): MapBase[] {
	const land = compactPaths(landFeatures(world), projection, clips, {
		tolerance: 1.5,
		epsilon: 1,
		minArea: 12
	});
	const borders = compactPaths(borderLines(world), projection, clips, {
		tolerance: 1.5,
		epsilon: 1,
		minArea: 0
	});
	const shapes = shaded.flatMap((p) =>
		p.shape
			? [
					[
						p.key,
						compactPaths(p.shape, projection, clips, { tolerance: 1, epsilon: 0.9, minArea: 4 })
					] as const
				]
			: []
	);
	return clips.map((_, i) => ({
		land: land[i]!,
		borders: borders[i]!,
		shapes: Object.fromEntries(shapes.map(([key, d]) => [key, d[i]!]))
	}));
}
