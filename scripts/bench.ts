/**
 * `npm run bench`: prints figures (a table, and JSON in bench-results/).
 * Each section lives in scripts/bench/ and returns rows; a row with an
 * enforced target that it misses (`ok: false`) makes the run fail.
 * Run after `npm run build`; browser sections serve build/ themselves.
 * `--write-readme` also writes the run to docs/bench.json and regenerates
 * the README's figures from it; with sections named (`weight embed
 * --write-readme`) it replaces only those sections of docs/bench.json, each
 * dated on its own, and keeps the rest (the archive builds take minutes).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { BenchRow, BenchSection } from './bench/types.ts';
import { pageWeight } from './bench/pageWeight.ts';
import { embedWeight } from './bench/embed.ts';
import { ingestBench } from './bench/ingest.ts';
import { mapBench } from './bench/map.ts';
import { timelineBench } from './bench/timeline.ts';
import { newWeight } from './bench/newWeight.ts';
import { BENCH_FILE, writeReadme, type BenchRun } from './bench/readme.ts';
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

const args = process.argv.slice(2);
const only = args.filter((a) => !a.startsWith('--'));
const toReadme = args.includes('--write-readme');
const unknown = only.filter((n) => !SECTIONS.some((s) => s.name === n));
if (unknown.length)
	throw new Error(
		`bench: no section ${unknown.join(', ')} (sections: ${SECTIONS.map((s) => s.name).join(', ')})`
	);

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
				{
					value: r.value,
					unit: r.unit,
					...(r.target ? { target: r.target } : {}),
					...(r.ok === undefined ? {} : { met: r.ok ? 'yes' : 'NO' })
				}
			])
		)
	);
	console.log(`(${Math.round(performance.now() - started)} ms)`);
}
const run: BenchRun = { date: new Date().toISOString(), node: process.version, results };
mkdirSync('bench-results', { recursive: true });
const file = `bench-results/bench-${run.date.slice(0, 10)}.json`;
writeFileSync(file, JSON.stringify(run, null, 2) + '\n');
console.log(`\nJSON: ${file}`);
if (toReadme) {
	let kept = run;
	if (only.length) {
		const committed = JSON.parse(readFileSync(BENCH_FILE, 'utf8')) as BenchRun;
		kept = {
			...committed,
			results: { ...committed.results, ...run.results },
			dates: {
				...committed.dates,
				...Object.fromEntries(Object.keys(run.results).map((name) => [name, run.date]))
			}
		};
	}
	writeFileSync(BENCH_FILE, JSON.stringify(kept, null, '\t') + '\n');
	await writeReadme(kept);
	console.log(`README figures regenerated from ${BENCH_FILE}`);
}

const missed = Object.values(results)
	.flat()
	.filter((r) => r.ok === false);
if (missed.length) {
	console.error(`\nbench: ${missed.length} target(s) missed:`);
	for (const r of missed) console.error(`  ${r.name}: ${r.value} ${r.unit} (target ${r.target})`);
	process.exitCode = 1;
}
