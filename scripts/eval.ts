/**
 * `npm run eval`: drafts every article of the evaluation set and prints,
 * per article and overall, quote attribution, reaction precision / recall /
 * F1, event date accuracy (and event recall), and actor merge accuracy.
 */
import { scores, sumCounts } from '../src/lib/extract/evaluate.ts';
import { runEval, TARGETS } from './lib/evalSet.ts';

const rows = runEval();
const pct = (x: number) => `${Math.round(x * 100)}%`;
const table = Object.fromEntries(
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
);
console.table(table);
const all = scores(sumCounts(rows.map((r) => r.counts)));
for (const [k, target] of Object.entries(TARGETS)) {
	const v = all[k as keyof typeof all];
	console.log(`${v >= target ? 'meets ' : 'BELOW '} ${k}: ${pct(v)} (target ${pct(target)})`);
}
