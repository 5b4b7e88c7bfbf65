/**
 * The Natural Earth 1:110m countries from `world-atlas`, shipped with the
 * app. Imported only by server code and tests: the browser never loads it.
 */
import type { Topology } from 'topojson-specification';
import countries from 'world-atlas/countries-110m.json' with { type: 'json' };

/** The 110m world atlas as a TopoJSON topology (objects `countries` and `land`). */
export const world110m = countries as unknown as Topology;
