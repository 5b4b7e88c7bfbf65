/**
 * The islands: pages that are prerendered without SvelteKit's client router
 * (`csr = false`) and hydrate only their interactive part, a Svelte
 * component, from a script of their own. Each island's script is built on its own
 * (`scripts/vite/islands.ts`), so it bundles what its component imports and
 * nothing of the router.
 */

/** Where the islands' build writes its manifest, under the client output. */
export const ISLANDS_MANIFEST = '.vite/islands-manifest.json';
export const ISLANDS = {
	story: 'src/lib/islands/story.ts',
	'embed-timeline': 'src/lib/islands/embedTimeline.ts',
	'embed-map': 'src/lib/islands/embedMap.ts',
	'embed-both': 'src/lib/islands/embedBoth.ts'
} as const;

/** An island's name. */
export type IslandName = keyof typeof ISLANDS;

/** The element an island hydrates, marked with its name. */
export const ISLAND_ATTR = 'data-island';

/** The `<script type="application/json">` holding an island's props, marked with its name. */
export const ISLAND_PROPS_ATTR = 'data-island-props';

/** An island's script and the chunks to preload with it, as absolute URL paths. */
export interface IslandScript {
	src: string;
	preload: string[];
}
