/**
 * Vite plugin: bundles `src/lib/embed/host.ts` (and the protocol it imports)
 * into one minified script, served as `virtual:newsline-embed-script` and
 * prerendered at `/embed.js`.
 */
import { build, type Plugin } from 'vite';
import { resolve } from 'node:path';

const ID = 'virtual:newsline-embed-script';
const RESOLVED = '\0' + ID;

/** Bundles the host script source into an IIFE string. */
export async function bundleEmbedScript(entry = resolve('src/lib/embed/host.ts')): Promise<string> {
	const out = await build({
		configFile: false,
		logLevel: 'silent',
		build: {
			write: false,
			minify: true,
			target: 'es2019',
			lib: { entry, formats: ['iife'], name: 'newslineEmbed', fileName: () => 'embed.js' },
			rolldownOptions: { checks: { pluginTimings: false } }
		}
	});
	const outputs = Array.isArray(out) ? out : [out];
	for (const o of outputs)
		if ('output' in o) for (const chunk of o.output) if (chunk.type === 'chunk') return chunk.code;
	throw new Error('embed script: no output');
}

/** The plugin; watches host.ts and protocol.ts through the nested build. */
export function embedScript(): Plugin {
	return {
		name: 'newsline-embed-script',
		resolveId: (id) => (id === ID ? RESOLVED : undefined),
		async load(id) {
			if (id !== RESOLVED) return;
			for (const f of ['host.ts', 'protocol.ts']) this.addWatchFile(resolve('src/lib/embed', f));
			return `export default ${JSON.stringify(await bundleEmbedScript())};`;
		}
	};
}
