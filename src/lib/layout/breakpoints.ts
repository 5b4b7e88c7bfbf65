/**
 * Widths at which views change layout, and the map's own width, in px: the
 * one source for the layouts and for the CSS that sizes them or shows the
 * matching variant. CSS cannot read
 * a custom property in a media or container query, so a `<style>` block
 * names a width as `layout(NAME)` and the build writes in the number
 * (`resolveLayoutWidths`, applied by the Vite plugin in
 * scripts/vite/layoutWidths.ts).
 */

/** Map width from which rows carry their actors' names. */
export const WIDE_FROM = 640;
/** Width of the map's layout, the widest it is drawn. */
export const MAP_WIDTH = 960;
/** Widths below this are phones: the timeline turns into rows, lists into one column. */
export const PHONE_BELOW = 720;
/** Container width from which the timeline shows its widest server-rendered layout. */
export const TIMELINE_WIDE_FROM = 1000;
/** Viewport width from which the story page and the editor put two columns side by side. */
export const TWO_COLUMNS_FROM = 960;
/** Viewport width from which the map panel puts its card beside the map. */
export const MAP_CARD_BESIDE_FROM = 1100;

/** The widths a `<style>` block may name, by name. */
export const LAYOUT_WIDTHS: Readonly<Record<string, number>> = {
	WIDE_FROM,
	MAP_WIDTH,
	PHONE_BELOW,
	TIMELINE_WIDE_FROM,
	TWO_COLUMNS_FROM,
	MAP_CARD_BESIDE_FROM
};

/**
 * Writes the widths into CSS: every `layout(NAME)` becomes `<value>px`.
 * Throws on a name that is not a layout width, so a typo fails the build.
 */
export function resolveLayoutWidths(css: string): string {
	return css.replace(/\blayout\(\s*([A-Z_]+)\s*\)/g, (_, name: string) => {
		const value = LAYOUT_WIDTHS[name];
		if (value === undefined) throw new Error(`layout(${name}): no such layout width`);
		return `${value}px`;
	});
}
