/**
 * Embed views and the options an embed reads from its URL on the client.
 * Unknown or malformed values fall back to the defaults; nothing here throws.
 */

/** The views an embed can show. */
export const EMBED_VIEWS = ['timeline', 'map', 'both'] as const;
/** One embed view. */
export type EmbedView = (typeof EMBED_VIEWS)[number];

/** Themes an embed accepts; `auto` follows the reader's system setting. */
export const EMBED_THEMES = ['auto', 'light', 'dark'] as const;
/** One embed theme. */
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** Fixed heights an embed accepts through `height=`, in CSS px. */
export const HEIGHT_RANGE = [120, 4000] as const;

/** A height to start an iframe at before the embed reports its own. */
export const INITIAL_HEIGHT: Record<EmbedView, number> = { timeline: 520, map: 560, both: 1000 };

/** Human names of the views. */
export const VIEW_NAMES: Record<EmbedView, string> = {
	timeline: 'Timeline',
	map: 'Reaction map',
	both: 'Timeline and reaction map'
};

/** Options of one embed, as read from its URL. */
export interface EmbedOptions {
	theme: EmbedTheme;
	/** Item to preselect (still to be checked against the story). */
	item: string | null;
	/** Fixed height of the chart area, or null to fit the content. */
	height: number | null;
}

/** True if `v` names an embed view. */
export function isEmbedView(v: string): v is EmbedView {
	return (EMBED_VIEWS as readonly string[]).includes(v);
}

/** Reads and validates the embed options of a URL's query. */
export function readEmbedOptions(params: URLSearchParams): EmbedOptions {
	const theme = params.get('theme') ?? '';
	const item = params.get('item') ?? '';
	const height = params.get('height') ?? '';
	const h = /^\d{1,5}$/.test(height) ? Number(height) : NaN;
	return {
		theme: (EMBED_THEMES as readonly string[]).includes(theme) ? (theme as EmbedTheme) : 'auto',
		item: /^[a-z0-9]+(?:-[a-z0-9]+){0,20}$/.test(item) ? item : null,
		height: h >= HEIGHT_RANGE[0] && h <= HEIGHT_RANGE[1] ? h : null
	};
}

/** The path of an embed, with its non-default options in the query. */
export function embedPath(slug: string, view: EmbedView, opts: Partial<EmbedOptions> = {}): string {
	const q = new URLSearchParams();
	if (opts.theme && opts.theme !== 'auto') q.set('theme', opts.theme);
	if (opts.item) q.set('item', opts.item);
	if (opts.height) q.set('height', String(opts.height));
	const query = q.toString();
	return `/stories/${encodeURIComponent(slug)}/embed/${view}${query ? `?${query}` : ''}`;
}
