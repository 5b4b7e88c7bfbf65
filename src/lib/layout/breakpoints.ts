/**
 * Widths at which views change layout, in px: the one source for the
 * layouts and for the CSS that shows the matching server-rendered variant.
 */

/** Map width from which rows carry their actors' names. */
export const WIDE_FROM = 640;
