/**
 * The HTTP headers the site is served with, in one place: `npm start`
 * (scripts/serve.ts) sends them and `static/_headers` ships them for static
 * hosts. Embeds may be framed by any page; everything else only by the site.
 * Script and style rules travel in each page's CSP `<meta>` (SvelteKit's
 * `kit.csp`, which hashes its inline hydration script).
 */

/** Paths of embed pages, as a `_headers` pattern. */
export const EMBED_PATTERN = '/stories/:slug/embed/*';

/** True if a URL path is an embed page. */
export function isEmbedPath(path: string): boolean {
	return /^\/stories\/[^/]+\/embed\/[^/.]+(?:\.html)?\/?$/.test(path.split(/[?#]/)[0]!);
}

/** Headers every response gets. */
export const COMMON_HEADERS: Record<string, string> = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin'
};

/** The Content-Security-Policy header for a path (only what a `<meta>` CSP cannot say). */
export function cspHeader(path: string): string {
	return `frame-ancestors ${isEmbedPath(path) ? '*' : "'self'"}; base-uri 'self'; object-src 'none'`;
}

/** All headers for a path. */
export function headersFor(path: string): Record<string, string> {
	return { ...COMMON_HEADERS, 'Content-Security-Policy': cspHeader(path) };
}

/**
 * The `_headers` file for static hosts (Netlify, Cloudflare Pages). The
 * embed rule detaches the site-wide CSP (`! …`) before setting its own, so a
 * host that merges matching rules does not end up with both.
 */
export function headersFile(): string {
	const lines = ['# Generated from src/lib/embed/headers.ts; a unit test keeps them equal.', '/*'];
	for (const [k, v] of Object.entries(headersFor('/'))) lines.push(`  ${k}: ${v}`);
	lines.push(EMBED_PATTERN, '  ! Content-Security-Policy');
	lines.push(`  Content-Security-Policy: ${cspHeader('/stories/x/embed/x')}`);
	return lines.join('\n') + '\n';
}
