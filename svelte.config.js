import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import adapter from './scripts/vite/linkedStatic.js';

/** Where the static site is written (the archive benchmark builds elsewhere). */
export const out = process.env.NEWSLINE_OUT || 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// adapter-static, with the prerendered files linked into the site, not copied.
		adapter: adapter({ pages: out, assets: out, fallback: undefined, strict: true }),
		// A CSP <meta> in every page; kit hashes its inline hydration script.
		// frame-ancestors needs an HTTP header: see src/lib/embed/headers.ts.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'frame-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		prerender: {
			// Every route names its pages with entries(); links and ids are checked
			// once the site is written (scripts/vite/linkCheck.ts), at a fraction of the
			// cost of SvelteKit's crawl of every page.
			crawl: false,
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleEntryGeneratorMismatch: 'fail'
		}
	}
};

export default config;
