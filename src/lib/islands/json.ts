/**
 * Props as JSON that is safe inside a `<script>` element: every `<` is
 * escaped, so no `</script>` or `<!--` in a story's text can end it early.
 */
export function islandJson(props: unknown): string {
	return JSON.stringify(props).replace(/</g, '\\u003c');
}
