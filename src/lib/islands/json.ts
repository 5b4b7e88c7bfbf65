/**
 * Props as JSON that is safe inside a `<script>` element: every `<` is
 * escaped, so no `</script>` or `<!--` in a story's text can end it early.
 */
export function islandJson(props: unknown): string {
	return JSON.stringify(props).replace(/</g, '\\u003c');
}

/**
 * An island's props serialised once, on the server, as `islandJson` writes
 * them, and typed by what they hold. A page's `load` returns its island's
 * props in this form: the page writes the string into its HTML as it is and
 * reads it back to render, so SvelteKit serialises one string instead of the
 * whole story and map (it does so for every page with a server `load`, also
 * for pages like these that never hydrate its data).
 */
export type IslandProps<P> = string & { readonly __islandProps?: P };

/** `props` serialised for an island (see `IslandProps`). */
export function islandProps<P>(props: P): IslandProps<P> {
	return islandJson(props) as IslandProps<P>;
}

/** The props an `IslandProps` string holds. */
export function readIslandProps<P>(json: IslandProps<P>): P {
	return JSON.parse(json) as P;
}
