/**
 * The timeline's share of the JavaScript: bundles the Timeline component
 * with its layout modules and d3 imports, minified, leaving out the Svelte
 * runtime that every page loads anyway, and gzips the result.
 */
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import { layoutWidths } from '../vite/layoutWidths.ts';

/** Gzipped bytes of the timeline bundle (without the Svelte runtime). */
export async function timelineBundleBytes(): Promise<number> {
	const out = (await build({
		configFile: false,
		logLevel: 'silent',
		plugins: [layoutWidths(), svelte({ configFile: false, compilerOptions: { runes: true } })],
		resolve: { alias: { $lib: resolve('src/lib') } },
		build: {
			write: false,
			minify: true,
			lib: {
				entry: resolve('src/lib/views/Timeline.svelte'),
				formats: ['es'],
				fileName: 'timeline'
			},
			rolldownOptions: { external: [/^svelte($|\/)/] }
		}
	})) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
	const outputs = Array.isArray(out) ? out : [out];
	let bytes = 0;
	for (const o of outputs)
		for (const chunk of o.output) {
			const code = chunk.type === 'chunk' ? chunk.code : String(chunk.source);
			if (chunk.fileName.endsWith('.js') || chunk.fileName.endsWith('.css'))
				bytes += gzipSync(code, { level: 9 }).length;
		}
	return bytes;
}
