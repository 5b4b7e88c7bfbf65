/**
 * The reaction map's basemap as compact SVG paths: land, borders between
 * countries and the outlines of reacting countries, drawn for the whole map
 * or clipped to the window a narrow frame shows (so nothing drawn reaches
 * past the frame).
 */
import type { GeoProjection } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { borderLines, landFeatures } from './geoFeatures.ts';
import { compactPath } from './geoPath.ts';
import type { Place } from './geoPlaces.ts';
import type { MapBase } from './mapTypes.ts';

/** A clip rectangle in map units: [[x0, y0], [x1, y1]]. */
export type Clip = [[number, number], [number, number]];

/**
 * Land, borders and reacting countries' outlines under `projection`, clipped
 * to `clip`. The projection's own clip is restored afterwards.
 */
export function basemap(
	world: Topology,
	projection: GeoProjection,
	shaded: readonly Place[],
	clip: Clip
): MapBase {
	const before = projection.clipExtent();
	projection.clipExtent(clip);
	const base: MapBase = {
		land: compactPath(landFeatures(world), projection, { tolerance: 1.5, epsilon: 1, minArea: 12 }),
		borders: compactPath(borderLines(world), projection, {
			tolerance: 1.5,
			epsilon: 1,
			minArea: 0
		}),
		shapes: Object.fromEntries(
			shaded.flatMap((p) =>
				p.shape
					? [[p.key, compactPath(p.shape, projection, { tolerance: 1, epsilon: 0.9, minArea: 4 })]]
					: []
			)
		)
	};
	projection.clipExtent(before);
	return base;
}
