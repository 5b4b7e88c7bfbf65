/**
 * Vite plugin: builds the islands' scripts (src/lib/islands/entries.ts) once
 * SvelteKit's client build is written, in a build of their own, so each
 * script holds only the Svelte runtime and code its component needs (not
 * what the router or the editor use). The files go beside the client
 * build's, under `_app/immutable/islands/`, and their manifest is where the
 * server finds them when it prerenders (src/lib/server/islands.ts).
 */
import { build, type Plugin, type UserConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ISLANDS, ISLANDS_MANIFEST } from '../../src/lib/islands/entries.ts';
import { layoutWidths } from './layoutWidths.ts';

const SVELTE_CUSTOM_ELEMENT = /\/svelte\/src\/internal\/client\/dom\/elements\/custom-element\.js$/;

/** Builds the island scripts into `outDir` (SvelteKit's client output). */
export async function buildIslands(outDir: string, minify: boolean): Promise<void> {
	await build({
		configFile: false,
		logLevel: 'warn',
		// Component styles are in the pages already; a chunk loaded later (the
		// embed panel's body) brings its own, as the page does not have it.
		plugins: [clientVariants(), layoutWidths(), svelte()],
		resolve: { alias: { $lib: resolve('src/lib') } },
		build: {
			outDir,
			emptyOutDir: false,
			copyPublicDir: false,
			minify,
			manifest: ISLANDS_MANIFEST,
			modulePreload: { polyfill: false },
			rolldownOptions: {
				input: Object.fromEntries(Object.entries(ISLANDS).map(([n, f]) => [n, resolve(f)])),
				output: {
					entryFileNames: '_app/immutable/islands/[name].[hash].js',
					chunkFileNames: '_app/immutable/islands/chunks/[hash].js',
					assetFileNames: '_app/immutable/islands/assets/[name].[hash][extname]'
				},
				checks: { pluginTimings: false },
				// Svelte's custom-element module defines its element class at its top
				// level, so bundlers keep it (and the legacy API it imports) though no
				// island uses custom elements; it has no other effect.
				treeshake: { moduleSideEffects: (id) => !SVELTE_CUSTOM_ELEMENT.test(id) }
			}
		}
	});
}

/**
 * In the islands' build, a component `X.svelte` with a sibling
 * `X.client.svelte` is replaced by that sibling: the server renders the first,
 * the browser hydrates the second over its markup (e.g. to defer a part).
 */
export function clientVariants(): Plugin {
	return {
		name: 'newsline-client-variants',
		enforce: 'pre',
		async resolveId(source, importer, options) {
			if (!source.endsWith('.svelte') || source.endsWith('.client.svelte')) return null;
			const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
			if (!resolved || !importer) return resolved;
			const variant = resolved.id.replace(/\.svelte$/, '.client.svelte');
			// A variant may import the component it replaces.
			return existsSync(variant) && importer !== variant ? { ...resolved, id: variant } : resolved;
		}
	};
}

export function islands(): Plugin {
	let client: { outDir: string; minify: boolean } | undefined;
	return {
		name: 'newsline-islands',
		apply: 'build',
		config: {
			order: 'post',
			handler(config: UserConfig) {
				// SvelteKit's client build is the one with `build.ssr` false.
				client =
					config.build?.ssr === false
						? { outDir: config.build.outDir!, minify: config.build.minify !== false }
						: undefined;
			}
		},
		async closeBundle() {
			if (client) await buildIslands(resolve(client.outDir), client.minify);
		}
	};
}
