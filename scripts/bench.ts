/**
 * `npm run bench`: prints figures (a table, and JSON in bench-results/),
 * never asserts. Each section lives in scripts/bench/ and returns rows.
 * Run after `npm run build`; browser sections serve build/ themselves.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { BenchRow, BenchSection } from './bench/types.ts';
import { pageWeight } from './bench/pageWeight.ts';
import { embedWeight } from './bench/embed.ts';
import { ingestBench } from './bench/ingest.ts';
import { mapBench } from './bench/map.ts';
import { timelineBench } from './bench/timeline.ts';
import { newWeight } from './bench/newWeight.ts';
import { archiveBench } from './bench/archive.ts';

const SECTIONS: BenchSection[] = [
	pageWeight,
	timelineBench,
	mapBench,
	embedWeight,
	ingestBench,
	newWeight,
	archiveBench
];

const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const results: Record<string, BenchRow[]> = {};
for (const section of SECTIONS) {
	if (only.length && !only.includes(section.name)) continue;
	const started = performance.now();
	process.stdout.write(`\n## ${section.title}\n`);
	const rows = await section.run();
	results[section.name] = rows;
	console.table(
		Object.fromEntries(
			rows.map((r) => [
				r.name,
				{ value: r.value, unit: r.unit, ...(r.target ? { target: r.target } : {}) }
			])
		)
	);
	console.log(`(${Math.round(performance.now() - started)} ms)`);
}
mkdirSync('bench-results', { recursive: true });
const file = `bench-results/bench-${new Date().toISOString().slice(0, 10)}.json`;
writeFileSync(
	file,
	JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 2)
);
console.log(`\nJSON: ${file}`);
