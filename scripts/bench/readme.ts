/**
 * The README's figures, generated from one `npm run bench` run: the run is
 * kept in `docs/bench.json` and the tables between `<!-- bench:start -->`
 * and `<!-- bench:end -->` are rendered from it, so no figure is typed by
 * hand. A unit test renders them again and compares.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import type { BenchRow } from './types.ts';

/** One run of `npm run bench`: rows per section. */
export interface BenchRun {
	date: string;
	node: string;
	results: Record<string, BenchRow[]>;
	/** Sections run later on their own and merged in: the date of each one's run. */
	dates?: Record<string, string>;
}

/** The committed run the README's figures come from. */
export const BENCH_FILE = 'docs/bench.json';
export const README = 'README.md';
export const START = '<!-- bench:start -->';
export const END = '<!-- bench:end -->';
/** The archive figures, in the section on how the build scales. */
export const ARCHIVE_START = '<!-- bench:archive:start -->';
export const ARCHIVE_END = '<!-- bench:archive:end -->';

/** The row of `section` whose name starts with `prefix`; throws when the run lacks it. */
function row(run: BenchRun, section: string, prefix: string): BenchRow {
	const r = run.results[section]?.find((r) => r.name.startsWith(prefix));
	if (!r) throw new Error(`bench run has no "${prefix}" row in "${section}"`);
	return r;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (v: number) => `${v < 10 ? Math.round(v * 10) / 10 : Math.round(v)} ms`;
/** "(15 files)" in a row's name, as "15". */
const files = (r: BenchRow) => r.name.match(/\((\d+) files?\)/)?.[1] ?? '?';
/** A budget's verdict: the target and whether the run met it. */
const verdict = (r: BenchRow) =>
	r.target
		? `${r.target.replace(/^≤ (\d+)$/, (_, n) => `≤ ${kb(Number(n))}`)} ${r.ok ? '✓' : '✗ missed'}`
		: '';

function table(head: string[], rows: string[][]): string {
	const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
	return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

function weightTable(run: BenchRun): string {
	const page = (label: string, js: BenchRow, html?: BenchRow) => [
		label,
		`${kb(js.value)} (${files(js)} files)`,
		verdict(js),
		html ? kb(html.value) : ''
	];
	const draft = row(run, 'new', 'on first draft, total');
	return table(
		['page (built site, in Chromium)', 'scripts loaded, gzipped', 'target', 'HTML, gzipped'],
		[
			page('home `/`', row(run, 'weight', 'home page JS'), row(run, 'weight', 'home page HTML')),
			page(
				'story page',
				row(run, 'weight', 'story page JS'),
				row(run, 'weight', 'story page HTML')
			),
			...['timeline', 'map', 'both'].map((v) =>
				page(
					`embed \`${v}\``,
					row(run, 'embed', `${v} embed JS`),
					row(run, 'embed', `${v} embed HTML`)
				)
			),
			page(
				'embed `both` once its map is used',
				row(run, 'embed', 'both embed once its map is used')
			),
			page(
				'`/new` before the first draft',
				row(run, 'new', '/new JS up front'),
				row(run, 'new', '/new HTML')
			),
			[
				'`/new` on the first draft: extraction, review view, map layout, atlas',
				`${kb(draft.value)} (${files(draft)} files)`,
				'',
				''
			]
		]
	);
}

function shareTable(run: BenchRun): string {
	const share = row(run, 'weight', 'timeline share');
	const mapJs = row(run, 'map', "map's own client JS");
	const mapShare = row(run, 'map', "map's share");
	const host = row(run, 'embed', 'embed.js');
	const early = row(run, 'new', '/new up-front scripts holding');
	return table(
		['part, gzipped', 'measured', 'target'],
		[
			["timeline's own code (its modules and d3 imports)", kb(share.value), verdict(share)],
			["map's own client code", kb(mapJs.value), mapJs.target ?? ''],
			["map's share of the story page (HTML + JS)", `${mapShare.value}%`, ''],
			['`embed.js` host script', `${host.value} B`, verdict(host)],
			...(['timeline', 'map'] as const).map((v) => {
				const r = row(run, 'embed', `${v} embed: code of charts it does not draw`);
				return [
					`\`${v}\` embed: code of charts it does not draw${r.value ? ` (${r.name.split(': ')[2]})` : ''}`,
					String(r.value),
					verdict(r)
				];
			}),
			[
				'`/new` scripts before the first draft holding extraction, chrono-node, map layout or atlas',
				String(early.value),
				verdict(early)
			]
		]
	);
}

function timelineTable(run: BenchRun): string {
	const sizes = ['1000', '10000', '100000'];
	const at = (n: string, what: string) => row(run, 'timeline', `${n} items: ${what}`).value;
	const cells = (f: (n: string) => string) => sizes.map(f);
	return table(
		['timeline', '1,000 items', '10,000 items', '100,000 items'],
		[
			['scale and model in Node', ...cells((n) => ms(at(n, 'model')))],
			[
				'layout at 1200 px (default view / zoomed ×16)',
				...cells((n) => `${at(n, 'layout at 1200')} / ${ms(at(n, 'layout zoomed'))}`)
			],
			['server render', ...cells((n) => ms(at(n, 'server render')))],
			[
				'first render in Chromium (mount to painted)',
				...cells((n) => ms(at(n, 'browser first render')))
			],
			[
				'zoom/pan frame, median / p95',
				...cells((n) => `${at(n, 'zoom/pan frame, median')} / ${ms(at(n, 'zoom/pan frame, p95'))}`)
			],
			[
				'zoom/pan script work per step, median / p95',
				...cells(
					(n) =>
						`${at(n, 'zoom/pan work per step, median')} / ${ms(at(n, 'zoom/pan work per step, p95'))}`
				)
			]
		]
	);
}

function ingestTable(run: BenchRun): string {
	const ingest = run.results.ingest ?? [];
	const first = ingest.find((r) => r.name.endsWith('first call'));
	const median = ingest.find((r) => r.name.endsWith('warm median'));
	if (!first || !median) throw new Error('bench run has no ingest timings');
	const evalRow = row(run, 'ingest', 'evaluation article');
	return table(
		['ingest', 'time'],
		[
			[
				`${first.name.replace(/, first call$/, '')}, warm median (first call)`,
				`${ms(median.value)} (${ms(first.value)}); target ${median.target ?? ''}`
			],
			['evaluation article, median', ms(evalRow.value)]
		]
	);
}

/** The date of the run a section's figures come from. */
const dateOf = (run: BenchRun, section: string) => (run.dates?.[section] ?? run.date).slice(0, 10);

/** The archive's table and the sentence on per-story cost, from the `archive` section. */
function archiveText(run: BenchRun): string {
	const rows = run.results.archive ?? [];
	const find = (re: RegExp) => {
		const r = rows.find((r) => re.test(r.name));
		if (!r) throw new Error(`bench run has no archive row matching ${re}`);
		return r;
	};
	const sizes = [
		...new Set(rows.flatMap((r) => r.name.match(/^build, (\d+) stories, CPU/)?.[1] ?? []))
	];
	const [s, m, l] = sizes;
	const fmt = (r: BenchRow) => `${r.value} ${r.unit}`;
	const marginal = find(/^build per additional story \(\d+ → \d+\), CPU/);
	const wall = find(/^build per additional story \(\d+ → \d+\), wall/);
	const lower = find(new RegExp(`^build per additional story \\(${s} → ${m}\\), CPU`));
	const upper = find(new RegExp(`^build per additional story \\(${m} → ${l}\\), CPU`));
	const apart = find(/^growth: /);
	const linear = apart.value <= 25;
	const table_ = table(
		[
			`archive build (run of ${dateOf(run, 'archive')}, Node ${run.node}, shared machine)`,
			`${s} stories`,
			`${l} stories`
		],
		[
			[
				'whole build, CPU time',
				fmt(find(new RegExp(`^build, ${s} stories, CPU`))),
				fmt(find(new RegExp(`^build, ${l} stories, CPU`)))
			],
			[
				'whole build, wall time',
				fmt(find(new RegExp(`^build, ${s} stories, wall`))),
				fmt(find(new RegExp(`^build, ${l} stories, wall`)))
			],
			[
				'per story, fixed cost included (CPU)',
				fmt(find(new RegExp(`^build per story, ${s} stories`))),
				fmt(find(new RegExp(`^build per story, ${l} stories`)))
			],
			[
				'output',
				fmt(find(new RegExp(`^output, ${s} stories`))),
				fmt(find(new RegExp(`^output, ${l} stories`)))
			]
		]
	);
	const sentence =
		`Each further story costs ${fmt(marginal)} of CPU time (target ${marginal.target ?? ''}: ${marginal.ok ? 'met' : 'missed'}; ` +
		`${fmt(wall)} of wall time on the shared machine) and ${fmt(find(/^output per additional story/))} of output; ` +
		`the fixed cost is ${fmt(find(/^fixed cost/))} of CPU time. ` +
		`Growth is ${linear ? 'linear' : 'not linear'}: a story costs ${fmt(lower)} from ${s} to ${m} stories and ${fmt(upper)} from ${m} to ${l} (${apart.value}% apart).`;
	// What a whole build of a large archive would take at these rates.
	const fixedS = find(/^fixed cost/).value;
	const perKb = find(/^output per additional story/).value;
	const big = 10_000;
	const minutes = Math.round((fixedS + (big * marginal.value) / 1000) / 60);
	const gb = Math.round(((big * perKb) / 1024 / 1024) * 10) / 10;
	const scaled = `At these rates a whole build of ${big.toLocaleString('en')} stories takes about ${minutes} min of CPU time and writes about ${gb} GB.`;
	// A rebuild of the same stories with the share cards kept, where the run has one.
	const rebuild = rows.find((r) => /^rebuild, \d+ unchanged stories/.test(r.name));
	const rebuildPer = rows.find((r) => /^rebuild per story, /.test(r.name));
	const rebuildMarginal = rows.find((r) => /^rebuild per additional story /.test(r.name));
	const again =
		(rebuild && rebuildPer
			? ` Built again unchanged, with the share cards the first build kept, the ${l} stories take ${fmt(rebuild)} of CPU time (${fmt(rebuildPer)} per story, fixed cost included).`
			: '') +
		(rebuildMarginal
			? ` With the cards kept, each further story costs ${fmt(rebuildMarginal)} of CPU time (${s} and ${l} stories built again): what a story costs where the card cache persists between builds.`
			: '');
	return `${table_}\n\n${sentence} ${scaled}${again}`;
}

/** Formats a block of markdown as Prettier formats the README. */
async function formatted(body: string): Promise<string> {
	const options = (await resolveConfig(README)) ?? {};
	return (await format(body, { ...options, parser: 'markdown', filepath: README })).trimEnd();
}

/** The README's archive block (markers included). */
export async function archiveBlock(run: BenchRun): Promise<string> {
	return formatted(
		[
			ARCHIVE_START,
			`Generated by \`npm run bench -- --write-readme\` (or \`npm run bench -- archive --write-readme\`) from [docs/bench.json](docs/bench.json); do not edit by hand.`,
			archiveText(run),
			ARCHIVE_END
		].join('\n\n')
	);
}

/** The sections of this block re-run on their own since the whole run, with their dates. */
function laterRuns(run: BenchRun): string {
	const later = Object.entries(run.dates ?? {}).filter(([name]) => name !== 'archive');
	return later.map(([name, date]) => `; section ${name} re-run ${date.slice(0, 10)}`).join('');
}

/** The README's figures block (markers included), formatted as Prettier formats the README. */
export async function readmeBlock(run: BenchRun): Promise<string> {
	const body = [
		START,
		`Generated by \`npm run bench -- --write-readme\` from [docs/bench.json](docs/bench.json) (run of ${run.date.slice(0, 10)}, Node ${run.node}${laterRuns(run)}); do not edit by hand.`,
		weightTable(run),
		shareTable(run),
		timelineTable(run),
		ingestTable(run),
		END
	].join('\n\n');
	return formatted(body);
}

/** A block as it stands in the README text, or null when the markers are missing. */
export function currentBlock(readme: string, start = START, end = END): string | null {
	const a = readme.indexOf(start);
	const b = readme.indexOf(end);
	return a < 0 || b < a ? null : readme.slice(a, b + end.length);
}

/** Rewrites the README's figures blocks from `run`. */
export async function writeReadme(run: BenchRun): Promise<void> {
	let readme = readFileSync(README, 'utf8');
	for (const [start, end, block] of [
		[START, END, readmeBlock],
		[ARCHIVE_START, ARCHIVE_END, archiveBlock]
	] as const) {
		const old = currentBlock(readme, start, end);
		if (old === null) throw new Error(`${README}: no ${start} … ${end} block`);
		const text = await block(run);
		readme = readme.replace(old, () => text);
	}
	writeFileSync(README, readme);
}
