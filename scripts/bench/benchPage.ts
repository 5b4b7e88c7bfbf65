/**
 * The timeline benchmark page, built by the bench itself into
 * `bench-results/timeline-page/` from `tests/bench/`: it is no part of the
 * site, so `npm run build` never publishes it.
 */
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
import { build } from 'vite';
import { layoutWidths } from '../vite/layoutWidths.ts';

/** Where the benchmark page is built. */
export const BENCH_PAGE_DIR = 'bench-results/timeline-page';

/** Builds the benchmark page (minified, as the site is); returns its folder. */
export async function buildBenchPage(): Promise<string> {
	await build({
		configFile: false,
		logLevel: 'silent',
		root: resolve('tests/bench'),
		base: './',
		// The site's layout widths in component styles, as `npm run build` writes them.
		plugins: [layoutWidths(), svelte({ configFile: false, compilerOptions: { runes: true } })],
		resolve: { alias: { $lib: resolve('src/lib') } },
		build: {
			outDir: resolve(BENCH_PAGE_DIR),
			emptyOutDir: true,
			minify: true,
			rolldownOptions: { checks: { pluginTimings: false } }
		}
	});
	return BENCH_PAGE_DIR;
}
