/**
 * Fitting the map: an Equal Earth projection centred on the story's places,
 * scaled so they fill the width with the rest of the world around them, and
 * a frame height that holds them without empty sky.
 */
import { geoBounds, geoEqualEarth, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Place } from './geoPlaces.ts';
import type { MapWindow } from './mapTypes.ts';

/** A fraction to 1/10 000. */
const r4 = (f: number) => Math.round(f * 10000) / 10000;

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

/**
 * An Equal Earth projection centred on `lon`, scaled so `fc` fits the width
 * (or a tall enough frame), and the frame's height: the fitted places plus
 * margins, at most as tall as the world, kept within 0.36–0.62 of the width.
 */
function frame(lon: number, fc: GeoPermissibleObjects, width: number, pad: number, fixed?: number) {
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

/**
 * The projection and height of a map `width` wide showing `places`: their
 * mainlands (or points) fitted with `padding`, spanning at least 50° of
 * longitude so a few neighbours keep their context.
 */
export function fitMap(
	places: readonly Place[],
	width: number,
	padding: number,
	fixedHeight?: number
) {
	// Fit to the places, with at least a continent's span so one small country keeps its context.
	const fitted: Feature<Geometry>[] = places.map(
		(p) =>
			p.main ?? {
				type: 'Feature',
				properties: {},
				geometry: { type: 'Point', coordinates: p.lonlat }
			}
	);
	// Nothing to place: the whole world.
	if (!fitted.length) return frame(0, { type: 'Sphere' }, width, padding, fixedHeight);
	const fc: FeatureCollection = { type: 'FeatureCollection', features: fitted };
	const [[, y0], [, y1]] = geoBounds(fc);
	const lon = centralLongitude(places.map((p) => p.lonlat[0]));
	const lat = (y0 + y1) / 2;
	const span = Math.max(...places.map((p) => Math.abs(((p.lonlat[0] - lon + 540) % 360) - 180)), 0);
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
	return frame(lon, fc, width, padding, fixedHeight);
}

/** Narrowest window a narrow frame shows, as a fraction of the map's width. */
export const MIN_WINDOW = 0.4;

/**
 * The window (fractions of the map's width) a narrow frame shows: the span
 * of the places' anchors `xs` plus `pad` on each side, at least `MIN_WINDOW`
 * wide, kept inside the map.
 */
export function narrowWindow(xs: readonly number[], pad: number): MapWindow {
	if (!xs.length) return { x0: 0, w: 1 };
	const lo = Math.min(...xs) - pad;
	const hi = Math.max(...xs) + pad;
	const w = Math.min(1, Math.max(MIN_WINDOW, hi - lo));
	const x0 = Math.max(0, Math.min(1 - w, (lo + hi) / 2 - w / 2));
	return { x0: r4(x0), w: r4(w) };
}
