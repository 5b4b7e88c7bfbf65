/**
 * The reaction map: layout time on the server, its share of the story page's
 * weight (the prerendered markup and its hydration data, gzipped), and its
 * own client JavaScript: the map's components and helpers compiled for the
 * browser and minified, gzipped (the Svelte runtime is shared by the page).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { compile } from 'svelte/compiler';
import { minify, transformWithOxc } from 'vite';
import { resolveLayoutWidths } from '../../src/lib/layout/breakpoints.ts';
import { world110m } from '../../src/lib/layout/geoAtlas.ts';
import { reactionMap } from '../../src/lib/layout/map.ts';
import type { Story } from '../../src/lib/story/schema.ts';
import { gzippedBytes, loadedScripts } from './pageWeight.ts';
import type { BenchRow, BenchSection } from './types.ts';

const PAGE = '/stories/oval-office-clash';
const CLIENT_FILES = [
	'src/lib/views/ReactionMapPanel.svelte',
	'src/lib/views/ReactionMap.svelte',
	'src/lib/views/ReactionMapBase.svelte',
	'src/lib/views/ReactionMapMarkers.svelte',
	'src/lib/views/ReactionMapCard.svelte',
	'src/lib/views/ReactionMatrix.svelte',
	'src/lib/layout/mapReactions.ts',
	'src/lib/layout/breakpoints.ts',
	'src/lib/layout/mapArcs.ts',
	'src/lib/layout/mapMarkerArcs.ts'
];

const gz = (s: string) => gzipSync(s, { level: 9 }).length;

/** Cuts the balanced `{…}` or `[…]` starting at `from` out of `text`. */
function balanced(text: string, from: number): [number, number] {
	const open = text[from]!;
	const close = open === '{' ? '}' : ']';
	let depth = 0;
	let quote: string | null = null;
	for (let i = from; i < text.length; i++) {
		const c = text[i]!;
		if (quote) {
			if (c === '\\') i++;
			else if (c === quote) quote = null;
		} else if (c === '"' || c === "'" || c === '`') quote = c;
		else if (c === open) depth++;
		else if (c === close && --depth === 0) return [from, i + 1];
	}
	return [from, text.length];
}

/** The page's HTML without the map's section and without its hydration data. */
function withoutMap(html: string): string {
	const start = html.indexOf('<section class="panel');
	const end = html.indexOf('</section>', start) + '</section>'.length;
	let out = start >= 0 ? html.slice(0, start) + html.slice(end) : html;
	const key = out.indexOf('reactionMap:');
	if (key >= 0) {
		const [a, b] = balanced(out, key + 'reactionMap:'.length);
		out = out.slice(0, key) + out.slice(b + (out[b] === ',' ? 1 : 0));
		void a;
	}
	return out;
}

/** Gzipped bytes of one source file compiled for the browser and minified. */
async function clientBytes(file: string): Promise<number> {
	const source = readFileSync(file, 'utf8');
	const js = file.endsWith('.svelte')
		? compile(resolveLayoutWidths(source), { filename: file, generate: 'client', runes: true }).js
				.code
		: (await transformWithOxc(source, file, { lang: 'ts' })).code;
	const { code } = await minify(file.replace(/\.\w+$/, '.js'), js);
	return gz(code);
}

/** The map section of `npm run bench`. */
export const mapBench: BenchSection = {
	name: 'map',
	title: 'Reaction map',
	async run(): Promise<BenchRow[]> {
		const story = JSON.parse(
			readFileSync('data/stories/oval-office-clash/story.json', 'utf8')
		) as Story;
		const times: number[] = [];
		for (let i = 0; i < 15; i++) {
			const t = performance.now();
			reactionMap(story, world110m);
			times.push(performance.now() - t);
		}
		times.sort((a, b) => a - b);

		const html = readFileSync(`build${PAGE}.html`, 'utf8');
		const htmlGz = gz(html);
		const mapHtmlGz = htmlGz - gz(withoutMap(html));

		let own = 0;
		for (const f of CLIENT_FILES) own += await clientBytes(f);

		const scripts = await loadedScripts(PAGE);
		const jsGz = scripts.reduce((sum, s) => sum + gzippedBytes(s), 0);
		const leaks = scripts.filter((s) =>
			/geoEqualEarth|equalEarth|GeometryCollection|"Topology"|countries-110m/.test(
				readFileSync(`build${s}`, 'utf8')
			)
		);
		const total = htmlGz + jsGz;
		return [
			{
				name: 'layout of the seed map (median)',
				value: Math.round(times[7]! * 10) / 10,
				unit: 'ms'
			},
			{ name: 'map markup + hydration data in HTML', value: mapHtmlGz, unit: 'B gz' },
			{ name: 'story page HTML', value: htmlGz, unit: 'B gz' },
			{ name: "map's own client JS", value: own, unit: 'B gz', target: '< 15360 B gz' },
			{ name: `story page JS (${scripts.length} files)`, value: jsGz, unit: 'B gz' },
			{
				name: "map's share of page weight (HTML + JS)",
				value: Math.round(((mapHtmlGz + own) / total) * 1000) / 10,
				unit: '%'
			},
			{
				name: 'scripts with TopoJSON or d3-geo code',
				value: leaks.length,
				unit: 'files',
				target: '0'
			}
		];
	}
};
