/**
 * `npm run ingest -- <article.txt|folder ...> [--slug <slug>] [--published YYYY-MM-DD] [--out <dir>]`
 * Drafts a story from each article: writes `<out>/<slug>/article.txt` and
 * `story.json` (marked draft), or `story.draft.json` beside a curated one.
 * Many files run on worker threads with a progress bar; one file's failure
 * is reported without stopping the others. Exits 1 if any file failed.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import {
	describeOutcome,
	ingestFile,
	type IngestOptions,
	type IngestOutcome
} from './lib/ingestFile.ts';
import { normaliseDate } from '../src/lib/article/header.ts';

const WORKER = new URL('./lib/ingestWorker.ts', import.meta.url).href;
const USAGE =
	'usage: npm run ingest -- <article.txt|folder ...> [--slug <slug>] [--published YYYY-MM-DD] [--out <dir>]';

function parseArgs(argv: string[]): { inputs: string[]; options: IngestOptions } | string {
	const inputs: string[] = [];
	const options: IngestOptions = { out: 'data/stories' };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i]!;
		if (a === '--help' || a === '-h') return USAGE;
		if (a === '--slug' || a === '--published' || a === '--out') {
			const v = argv[++i];
			if (!v || v.startsWith('--')) return `ingest: ${a} needs a value\n${USAGE}`;
			if (a === '--slug') options.slug = v;
			else if (a === '--published') {
				const date = normaliseDate(v);
				if (!date) return `ingest: --published must be a date as YYYY-MM-DD, got "${v}"`;
				options.published = date;
			} else options.out = v;
		} else if (a.startsWith('--')) return `ingest: unknown option ${a}\n${USAGE}`;
		else inputs.push(a);
	}
	if (!inputs.length) return `ingest: no article given\n${USAGE}`;
	return { inputs, options };
}

/** Article files named by the inputs: files as given, folders' `.txt` files. */
function expand(inputs: string[]): string[] {
	const files: string[] = [];
	for (const input of inputs) {
		if (existsSync(input) && statSync(input).isDirectory()) {
			const found = readdirSync(input, { recursive: true, encoding: 'utf8' })
				.filter((f) => f.endsWith('.txt'))
				.sort()
				.map((f) => join(input, f));
			if (!found.length) console.error(`ingest: no .txt files in ${input}`);
			files.push(...found);
		} else files.push(input);
	}
	return files;
}

function progress(done: number, total: number, label: string) {
	if (!process.stderr.isTTY) return;
	const width = 24;
	const filled = Math.round((done / total) * width);
	process.stderr.write(
		`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${label.slice(-40).padEnd(40)}`
	);
	if (done === total) process.stderr.write('\n');
}

async function runPool(files: string[], options: IngestOptions): Promise<IngestOutcome[]> {
	const size = Math.max(1, Math.min(availableParallelism(), files.length));
	const results: IngestOutcome[] = [];
	let next = 0;
	let done = 0;
	await Promise.all(
		Array.from({ length: size }, () => {
			const worker = new Worker(
				// Workers do not inherit tsx's loader: register it, then load the worker module.
				`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER)}); });`,
				{ eval: true }
			);
			return new Promise<void>((resolve) => {
				let current: string | undefined;
				const feed = () => {
					if (next >= files.length) {
						worker.postMessage(null);
						return;
					}
					current = files[next++]!;
					worker.postMessage({ file: current, options });
				};
				worker.on('message', (outcome: IngestOutcome) => {
					results.push(outcome);
					progress(++done, files.length, outcome.file);
					feed();
				});
				worker.on('error', (e) => {
					if (current) {
						results.push({ file: current, ok: false, error: e.message });
						progress(++done, files.length, current);
					}
					resolve();
				});
				worker.on('exit', () => resolve());
				feed();
			});
		})
	);
	// Files a crashed worker never reached are done here.
	for (const f of files)
		if (!results.some((r) => r.file === f)) results.push(ingestFile(f, options));
	return results.sort((a, b) => files.indexOf(a.file) - files.indexOf(b.file));
}

const parsed = parseArgs(process.argv.slice(2));
if (typeof parsed === 'string') {
	console.error(parsed);
	process.exit(parsed === USAGE ? 0 : 2);
}
const files = expand(parsed.inputs);
if (parsed.options.slug && files.length > 1) {
	console.error('ingest: --slug names one story; give one article with it');
	process.exit(2);
}
const outcomes =
	files.length > 1
		? await runPool(files, parsed.options)
		: files.map((f) => ingestFile(f, parsed.options));
for (const o of outcomes) (o.ok ? console.log : console.error)(describeOutcome(o));
const failed = outcomes.filter((o) => !o.ok).length;
if (files.length > 1) console.log(`\n${outcomes.length - failed} drafted, ${failed} failed`);
if (failed || !files.length) process.exit(1);
if (outcomes.some((o) => o.ok)) console.log('\nNext: review the draft, then `npm run validate`.');
