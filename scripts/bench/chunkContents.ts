/**
 * What a built script holds, told by its content, not by when it loads:
 * strings that minification keeps (export names of dynamic chunks, property
 * names, string literals) and that only one part of the code carries.
 * Shared by `npm run bench` and the end-to-end tests of /new.
 */

/** The parts of the code that a page must load only on demand, or only where drawn. */
export type Part =
	'extraction' | 'chrono-node' | 'world atlas' | 'map layout' | 'timeline view' | 'map view';

/** Content markers of each part, all of which a script of that part carries. */
export const MARKERS: Record<Part, RegExp[]> = {
	// The extraction module's entry point, exported by name from its chunk.
	extraction: [/export\s*\{[^}]*\bdraftStory\b[^}]*\}/],
	// chrono-node's parsed-components API: method and field names kept by minification.
	'chrono-node': [/\bisCertain\b/, /\btimezoneOffset\b/, /\bmeridiem\b/],
	// world-atlas's TopoJSON topology, inlined as data.
	'world atlas': [/type\s*:\s*[`'"]Topology[`'"]/, /"GeometryCollection"/],
	// d3-geo's stream of GeoJSON objects (projection, paths, fitting).
	'map layout': [/[`'"]FeatureCollection[`'"]/, /[`'"]Sphere[`'"]/],
	// The timeline's components: the zoom buttons' group label (TimelineZoom).
	'timeline view': [/aria-label="Zoom the timeline"/],
	// The reaction map's components: the map's label (ReactionMapBase).
	'map view': [/aria-label="Map of the reacting countries and regions"/]
};

/** The parts whose every marker occurs in `code`. */
export function partsIn(code: string): Part[] {
	return (Object.keys(MARKERS) as Part[]).filter((p) => MARKERS[p].every((re) => re.test(code)));
}

/** The chart parts an embed of each view must not load: the other view's. */
export const NOT_IN_EMBED: Record<'timeline' | 'map' | 'both', readonly Part[]> = {
	timeline: ['map view', 'map layout', 'world atlas'],
	map: ['timeline view'],
	both: []
};

/** The parts /new must not load before the first draft. */
export const DRAFT_ONLY: readonly Part[] = [
	'extraction',
	'chrono-node',
	'world atlas',
	'map layout'
];
