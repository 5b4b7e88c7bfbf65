/**
 * `npm run eval`: drafts the evaluation articles and prints how well ingest
 * did, per article and overall.
 *
 * 1. The real set (tests/eval/real): published articles with hand-made gold,
 *    scored with the corpus scorer's definitions — development articles,
 *    frozen articles (never read for rules), the seed, and all together.
 * 2. The written set (tests/eval/<folder>): articles written for the project,
 *    a smaller regression set, reported separately.
 *
 * `npm run eval -- --readme` also rewrites the README's quality table (the
 * block between `<!-- eval:start -->` and `<!-- eval:end -->`) from this output.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { scores, sumCounts } from '../src/lib/extract/evaluate.ts';
import { runEval } from './lib/evalSet.ts';
import { FIGURES, meanScores } from './lib/goldScore.ts';
import { runRealEval, type Part, type RealRow } from './lib/realSet.ts';
import { REAL_TARGETS, qualityTable } from './lib/evalReport.ts';
import { format, resolveConfig } from 'prettier';

const f2 = (x: number) => x.toFixed(2);
const real = runRealEval();
console.log('Real articles (hand-made gold; figures as the corpus scorer defines them)\n');
console.table(
	Object.fromEntries(
		real.map((r) => [
			r.name,
			{
				part: r.part,
				recall: `${f2(r.recall)} (${r.counts.matched}/${r.counts.gold})`,
				precision: `${f2(r.precision)} (${r.counts.matched}/${r.counts.predicted})`,
				stance: f2(r.stance),
				quotes: `${r.counts.quotesRight}/${r.counts.quotes}`,
				dates: `${r.counts.datesRight}/${r.counts.events}`,
				ms: Math.round(r.ms),
				...(r.failed ? { failed: r.failed } : {})
			}
		])
	)
);
const parts: [string, (r: RealRow) => boolean][] = [
	['development', (r) => r.part === 'development'],
	['frozen', (r) => r.part === 'frozen'],
	['seed', (r) => r.part === ('seed' as Part)],
	['all (as score.mjs)', () => true]
];
for (const [label, keep] of parts) {
	const rows = real.filter(keep);
	const m = meanScores(rows);
	console.log(
		`${label.padEnd(19)} ${String(rows.length).padStart(2)} articles: ${FIGURES.map((k) => `${k} ${f2(m[k])}`).join(', ')}`
	);
}
const dev = meanScores(real.filter((r) => r.part === 'development'));
const frozen = meanScores(real.filter((r) => r.part === 'frozen'));
const all = meanScores(real);
console.log('');
for (const k of FIGURES) {
	const gap = frozen[k] - dev[k];
	console.log(
		`${all[k] >= REAL_TARGETS[k] ? 'meets ' : 'BELOW '} ${k}: ${f2(all[k])} (target ${f2(REAL_TARGETS[k])}); frozen − development ${gap >= 0 ? '+' : ''}${f2(gap)}${Math.abs(gap) > 0.1 ? ' (gap over 0.1)' : ''}`
	);
}

console.log('\nWritten articles (regression set, written for the project)\n');
const rows = runEval();
const pct = (x: number) => `${Math.round(x * 100)}%`;
console.table(
	Object.fromEntries(
		[
			...rows.map((r) => [r.name, r.counts] as const),
			['ALL', sumCounts(rows.map((r) => r.counts))] as const
		].map(([name, c]) => {
			const s = scores(c);
			return [
				name,
				{
					quotes: `${c.quotes.correct}/${c.quotes.gold} ${pct(s.quoteAccuracy)}`,
					'reaction P': pct(s.reactionPrecision),
					'reaction R': pct(s.reactionRecall),
					'reaction F1': pct(s.reactionF1),
					dates: `${c.dates.correct}/${c.dates.aligned} ${pct(s.dateAccuracy)}`,
					'events found': `${c.dates.aligned}/${c.dates.gold}`,
					'actor merge': `${c.actors.merged}/${c.actors.gold} ${pct(s.actorMerge)}`
				}
			];
		})
	)
);

if (process.argv.includes('--readme')) {
	const readme = readFileSync('README.md', 'utf8');
	const block = `<!-- eval:start -->\n${qualityTable(real)}\n<!-- eval:end -->`;
	const next = readme.replace(/<!-- eval:start -->[\s\S]*?<!-- eval:end -->/, block);
	if (next === readme && !readme.includes(block))
		console.error('README.md has no <!-- eval:start --> … <!-- eval:end --> block');
	// Formatted as `npm run lint` expects, table columns padded.
	else
		writeFileSync(
			'README.md',
			await format(next, { ...(await resolveConfig('README.md')), filepath: 'README.md' })
		);
	console.log('\nREADME.md quality table written.');
}
