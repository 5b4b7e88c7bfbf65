/**
 * Checks the links of the built site: every root-relative `href`, `src` and
 * `srcset` of every page must name a file of the output, and every fragment
 * (`/stories/x#p3`, `#p3`) an element id of the page it points to, as
 * SvelteKit's prerender crawl checked them (`handleHttpError` and
 * `handleMissingId: 'fail'`). SvelteKit's crawl is off (`svelte.config.js`):
 * every route names its pages with `entries()`, so it found no page they do
 * not, and reading every page with its tokenizer was about a tenth of the
 * build's time per story. This pass reads each page once with regular
 * expressions, after the adapter has written the site, and fails the build
 * with every broken link it finds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';

/** Where a page's links point, and the ids of its elements. */
export interface PageLinks {
	hrefs: string[];
	ids: string[];
}

const TAG =
	/<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?<\/\1\s*>|<([a-zA-Z][a-zA-Z0-9]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
/** `<meta>` names and properties whose content is a URL SvelteKit followed. */
const META_URLS = new Set([
	'og:url',
	'og:image',
	'og:image:url',
	'og:image:secure_url',
	'og:video',
	'og:video:url',
	'og:video:secure_url',
	'og:audio',
	'og:audio:url',
	'og:audio:secure_url',
	'twitter:image'
]);
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** An attribute value with its character references decoded. */
function decode(value: string): string {
	return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, ref: string) =>
		ref[0] === '#'
			? String.fromCodePoint(
					ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : +ref.slice(1)
				)
			: (NAMED[ref] ?? m)
	);
}

/** A URL path with its escapes decoded, as SvelteKit compares them. */
function decodeUri(path: string): string {
	try {
		return decodeURI(path);
	} catch {
		return path;
	}
}

/** The attributes a link or an id can be in. */
const WANTED = new Set(['href', 'src', 'srcset', 'id', 'name', 'property', 'content', 'rel']);

/** The links and ids of one page's HTML (scripts, styles and comments skipped). */
export function pageLinks(html: string): PageLinks {
	const hrefs: string[] = [];
	const ids: string[] = [];
	for (const [, , tag, body] of html.matchAll(TAG)) {
		// Most tags (paths, groups, spans) have none of these attributes.
		if (!tag || !body || !/(?:href|src|srcset|id|name|content)\s*=/i.test(body)) continue;
		const a: Record<string, string> = {};
		for (const [, name, d, s, u] of body.matchAll(ATTRIBUTE)) {
			const key = name!.toLowerCase();
			if (!WANTED.has(key)) continue;
			const value = d ?? s ?? u ?? '';
			a[key] = value.includes('&') ? decode(value) : value;
		}
		const t = tag.toLowerCase();
		if (a.href && t !== 'base' && !/\bexternal\b/i.test(a.rel ?? '')) hrefs.push(a.href);
		if (a.src) hrefs.push(a.src);
		if (a.srcset)
			for (const c of a.srcset.split(/,\s+/)) if (c.trim()) hrefs.push(c.trim().split(/\s+/)[0]!);
		if (t === 'meta' && a.content && META_URLS.has(a.name ?? a.property ?? ''))
			hrefs.push(a.content);
		if (a.id) ids.push(decodeUri(a.id));
		if (t === 'a' && a.name) ids.push(decodeUri(a.name));
	}
	return { hrefs, ids };
}

/** The URL path a file of the output is served at, if it is a page; else null. */
function pagePath(file: string): string | null {
	if (!file.endsWith('.html')) return null;
	const p = `/${file.slice(0, -'.html'.length)}`;
	return p === '/index' ? '/' : p.replace(/\/index$/, '');
}

/** Every broken link of the site in `dir`, as messages naming the page it is on. */
export function brokenLinks(dir: string): string[] {
	const files = readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
	const served = new Set(files.map((f) => `/${f}`));
	const pages = new Map<string, { hrefs: string[]; ids: Set<string> }>();
	for (const f of files) {
		const p = pagePath(f);
		if (p === null) continue;
		const { hrefs, ids } = pageLinks(readFileSync(join(dir, f), 'utf8'));
		pages.set(p, { hrefs, ids: new Set(ids) });
	}
	const exists = (p: string) =>
		served.has(p) || served.has(`${p}.html`) || served.has(`${p.replace(/\/$/, '')}/index.html`);
	const problems: string[] = [];
	for (const [page, { hrefs }] of pages) {
		const base = new URL(page, 'http://site.invalid');
		for (const href of hrefs) {
			let url: URL;
			try {
				url = new URL(href, base);
			} catch {
				problems.push(`Invalid URL ${href} (linked from ${page})`);
				continue;
			}
			if (url.origin !== base.origin) continue;
			const path = decodeUri(url.pathname);
			if (!exists(path)) problems.push(`404 ${path} (linked from ${page})`);
			const id = decodeUri(url.hash.slice(1));
			const target = pages.get(path);
			if (url.hash && target && id !== 'top' && !target.ids.has(id))
				problems.push(
					`The following pages contain links to ${path}#${id}, but no element with id="${id}" exists on ${path}: ${page}`
				);
		}
	}
	return problems;
}

/** Fails the build when the site written to `outDir` has a broken link. */
export function linkCheck(outDir: string): Plugin {
	let ssr = false;
	return {
		name: 'newsline-link-check',
		apply: 'build',
		configResolved(config) {
			ssr = !!config.build.ssr;
		},
		closeBundle: {
			order: 'post',
			sequential: true,
			handler() {
				// SvelteKit's adapter writes the site when its server build closes.
				if (!ssr) return;
				const problems = brokenLinks(outDir);
				if (problems.length)
					throw new Error(`broken links in the built site:\n${problems.slice(0, 50).join('\n')}`);
			}
		}
	};
}
