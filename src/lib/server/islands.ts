/**
 * Where an island's script is served from. In development Vite serves the
 * source module; in a build the islands' manifest names the built file and the
 * chunks it imports (preloaded, so they load in parallel rather than one
 * after another).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dev } from '$app/environment';
import {
	ISLANDS,
	ISLANDS_MANIFEST,
	type IslandName,
	type IslandScript
} from '$lib/islands/entries.ts';

interface ManifestChunk {
	file: string;
	imports?: string[];
}

/** The islands' build writes its manifest here before SvelteKit prerenders. */
const MANIFEST = `.svelte-kit/output/client/${ISLANDS_MANIFEST}`;

let manifest: Record<string, ManifestChunk> | undefined;

/** The script of island `name`. */
export function islandScript(name: IslandName): IslandScript {
	const entry = ISLANDS[name];
	if (dev) return { src: `/${entry}`, preload: [] };
	manifest ??= JSON.parse(readFileSync(resolve(MANIFEST), 'utf8')) as Record<string, ManifestChunk>;
	const chunk = manifest[entry];
	if (!chunk) throw new Error(`islands: ${entry} is not in the client build (${MANIFEST})`);
	const preload = new Set<string>();
	const visit = (key: string) => {
		for (const dep of manifest![key]?.imports ?? []) {
			const file = manifest![dep]?.file;
			if (!file || preload.has(file)) continue;
			preload.add(file);
			visit(dep);
		}
	};
	visit(entry);
	return { src: `/${chunk.file}`, preload: [...preload].map((f) => `/${f}`) };
}
