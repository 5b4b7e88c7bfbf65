/**
 * The site's public origin, read at build time from `PUBLIC_ORIGIN`
 * (e.g. `https://newsline.example`). Absolute URLs in embed snippets and
 * oEmbed answers are built on it. Defaults to the local server's URL.
 */

/** Where `npm start` serves the site when PUBLIC_ORIGIN is not set. */
export const DEFAULT_ORIGIN = 'http://127.0.0.1:4173';

/** The origin of `value` (scheme, host, port; no path or trailing slash), or the default. */
export function parseOrigin(value: string | undefined): string {
	if (!value) return DEFAULT_ORIGIN;
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new Error(`PUBLIC_ORIGIN is not a URL: ${value}`);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:')
		throw new Error(`PUBLIC_ORIGIN must be http(s): ${value}`);
	return url.origin;
}

/** The public origin for this build. */
export function publicOrigin(): string {
	return parseOrigin(process.env.PUBLIC_ORIGIN);
}
