/**
 * Cost as the archive grows: builds the whole site from 10 and from 200
 * synthetic stories (copies of the published and fixture stories under new
 * slugs, outlets and dates, seeded), in a temporary data folder and a
 * temporary output folder, and reports build time and output size, per story
 * and at the margin (what one more story costs).
 */
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Story } from '../../src/lib/story/schema.ts';
import { rng } from '../../tests/fixtures/syntheticStory.ts';
import type { BenchRow, BenchSection } from './types.ts';

const SOURCES = ['data/stories', 'tests/fixtures/stories'].flatMap((dir) =>
	readdirSync(dir, { withFileTypes: true })
		.filter((d) => d.isDirectory())
		.map((d) => resolve(dir, d.name))
);
const OUTLETS = ['Wire One', 'The Daily Example', 'Radio Sample', 'Test Gazette', 'Example Times'];

/** Writes `n` stories into `dir`, each a copy of a source story with a new slug, outlet and date. */
export function writeArchive(dir: string, n: number, seed = 12): void {
	const rand = rng(seed);
	for (let i = 0; i < n; i++) {
		const from = SOURCES[i % SOURCES.length]!;
		const story = JSON.parse(readFileSync(join(from, 'story.json'), 'utf8')) as Story;
		const slug = `archive-${String(i + 1).padStart(5, '0')}`;
		const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(rand() * 3650) * 86_400_000);
		const folder = join(dir, slug);
		cpSync(from, folder, { recursive: true });
		story.slug = slug;
		story.outlet = OUTLETS[Math.floor(rand() * OUTLETS.length)]!;
		story.published = day.toISOString().slice(0, 10);
		story.title = `${story.title} (${i + 1})`;
		writeFileSync(join(folder, 'story.json'), JSON.stringify(story));
	}
}

/** Total bytes of the files under `dir`. */
function bytesUnder(dir: string): number {
	let total = 0;
	for (const e of readdirSync(dir, { withFileTypes: true, recursive: true }))
		if (e.isFile()) total += statSync(join(e.parentPath, e.name)).size;
	return total;
}

/** Builds the site from `n` synthetic stories; wall time in ms and output bytes. */
function buildOf(n: number): { ms: number; bytes: number } {
	const root = mkdtempSync(join(tmpdir(), 'newsline-archive-'));
	try {
		const data = join(root, 'stories');
		writeArchive(data, n);
		const out = join(root, 'out');
		const started = performance.now();
		const r = spawnSync('npx', ['vite', 'build'], {
			env: { ...process.env, NEWSLINE_STORIES: data, NEWSLINE_OUT: out },
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024
		});
		const ms = performance.now() - started;
		if (r.status !== 0) throw new Error(`build of ${n} stories failed:\n${r.stderr.slice(-2000)}`);
		return { ms, bytes: bytesUnder(out) };
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}

export const archiveBench: BenchSection = {
	name: 'archive',
	title: 'Archive: build time and output size at 10 and 200 stories',
	async run(): Promise<BenchRow[]> {
		const small = buildOf(10);
		const large = buildOf(200);
		const marginalMs = (large.ms - small.ms) / 190;
		const marginalKb = (large.bytes - small.bytes) / 190 / 1024;
		const round = (x: number, d = 0) => Math.round(x * 10 ** d) / 10 ** d;
		return [
			{ name: 'build, 10 stories', value: round(small.ms / 1000, 1), unit: 's' },
			{ name: 'build, 200 stories', value: round(large.ms / 1000, 1), unit: 's' },
			{
				name: 'build per story, 10 stories (incl. fixed cost)',
				value: round(small.ms / 10),
				unit: 'ms'
			},
			{
				name: 'build per story, 200 stories (incl. fixed cost)',
				value: round(large.ms / 200),
				unit: 'ms'
			},
			{
				name: 'build per additional story (10 → 200)',
				value: round(marginalMs),
				unit: 'ms',
				target: '≤ 150 ms'
			},
			{
				name: 'fixed cost (200-story time less 200 × marginal)',
				value: round((large.ms - 200 * marginalMs) / 1000, 1),
				unit: 's'
			},
			{ name: 'output, 10 stories', value: round(small.bytes / 1024 / 1024, 1), unit: 'MB' },
			{ name: 'output, 200 stories', value: round(large.bytes / 1024 / 1024, 1), unit: 'MB' },
			{ name: 'output per additional story', value: round(marginalKb), unit: 'KB' }
		];
	}
};
