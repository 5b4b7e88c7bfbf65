/**
 * Props as JSON that is safe inside a `<script>` element: every `<` is
 * escaped, so no `</script>` or `<!--` in a story's text can end it early.
 */
export function islandJson(props: unknown): string {
	return JSON.stringify(props).replace(/</g, '\\u003c');
}

/**
 * An island's props as a page's `load` returns them: a key to props held in
 * the server process until the page's render takes them, typed by what they
 * hold.
 *
 * SvelteKit serialises every server `load`'s data twice, into the page for
 * its client router and into a `__data.json` file beside it, also for pages
 * like these that never load that router (`csr = false`): each island's
 * script reads its props from the JSON the page itself embeds. A story's
 * data and map layout serialised that way cost more build time than
 * rendering the page, and wrote some 50 KB per page that nothing reads. So
 * `load` returns only this key; `load` and the render run in the same
 * server process, one after the other, for each request.
 */
export type IslandProps<P> = { readonly island: string; readonly __props?: P };

interface Held {
	props: unknown;
	json: string;
}

const held = new Map<string, Held>();
let count = 0;

/** Holds `props` for the page's render (see `IslandProps`), serialised once for its HTML. */
export function islandProps<P>(props: P): IslandProps<P> {
	const island = `island-${++count}`;
	held.set(island, { props, json: islandJson(props) });
	return { island };
}

/**
 * The props `islandProps` held under `key`, and their JSON, released: a
 * render takes them once.
 */
export function takeIslandProps<P>(key: IslandProps<P>): { props: P; json: string } {
	const found = held.get(key.island);
	if (!found) throw new Error(`islands: no props held for ${key.island} (taken already?)`);
	held.delete(key.island);
	return found as { props: P; json: string };
}
