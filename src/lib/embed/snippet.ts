/**
 * The copy-and-paste embed code and the oEmbed answer for a story view.
 * Everything is escaped; all URLs are absolute, built on the site's public
 * origin.
 */
import {
	embedPath,
	INITIAL_HEIGHT,
	VIEW_NAMES,
	type EmbedTheme,
	type EmbedView
} from './options.ts';

/** What a snippet needs to know about the story. */
export interface SnippetStory {
	slug: string;
	title: string;
	outlet: string;
}

/** Options of a snippet. */
export interface SnippetOptions {
	/** The site's public origin, e.g. `https://newsline.example` (no trailing slash). */
	origin: string;
	view: EmbedView;
	theme?: EmbedTheme;
}

/** Escapes text for an HTML attribute or text node. */
export function escapeHtml(s: string): string {
	return s
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}

/** Inline style that keeps the frame intact under a CMS's own CSS. */
export function frameStyle(height: number): string {
	return [
		'display:block!important',
		'width:100%!important',
		'max-width:100%!important',
		'min-width:0!important',
		`height:${height}px`,
		'border:0!important',
		'margin:0 0 1em!important',
		'padding:0!important',
		'overflow:hidden!important',
		'background:transparent!important'
	].join(';');
}

/** The accessible title of an embedded view. */
export function embedTitle(story: SnippetStory, view: EmbedView): string {
	return `${VIEW_NAMES[view]}: ${story.title} (${story.outlet}, via newsline)`;
}

/** The iframe alone, as used by the snippet and by oEmbed. */
export function embedIframe(story: SnippetStory, opts: SnippetOptions): string {
	const src = opts.origin + embedPath(story.slug, opts.view, { theme: opts.theme });
	const h = INITIAL_HEIGHT[opts.view];
	const title = escapeHtml(embedTitle(story, opts.view));
	return (
		`<iframe data-newsline src="${escapeHtml(src)}" title="${title}" aria-label="${title}"` +
		` loading="lazy" width="100%" height="${h}" frameborder="0" scrolling="no"` +
		` style="${frameStyle(h)}"></iframe>`
	);
}

/** The full snippet: iframe, resize script and a fallback link (hidden once the embed reports in). */
export function embedSnippet(story: SnippetStory, opts: SnippetOptions): string {
	const page = `${opts.origin}/stories/${encodeURIComponent(story.slug)}`;
	return [
		embedIframe(story, opts),
		`<p data-newsline-fallback style="margin:0 0 1em;font-size:14px"><a href="${escapeHtml(page)}">` +
			`${escapeHtml(story.title)}: timeline and reactions on newsline</a></p>`,
		`<script src="${escapeHtml(opts.origin)}/embed.js" async></script>`
	].join('\n');
}

/** An oEmbed 1.0 answer of type `rich` for a story view. */
export function oembedResponse(story: SnippetStory, opts: SnippetOptions) {
	return {
		version: '1.0',
		type: 'rich',
		provider_name: 'newsline',
		provider_url: `${opts.origin}/`,
		title: story.title,
		author_name: story.outlet,
		html: embedSnippet(story, opts),
		width: 720,
		height: INITIAL_HEIGHT[opts.view],
		cache_age: 86400
	};
}
