/**
 * The quality targets on real articles and the README's quality table,
 * made from `npm run eval`'s figures (never typed by hand).
 */
import { FIGURES, meanScores, type Figure } from './goldScore.ts';
import type { RealRow } from './realSet.ts';

/** Targets on the real articles (mean over articles). */
export const REAL_TARGETS: Record<Figure, number> = {
	recall: 0.75,
	precision: 0.7,
	stance: 0.75,
	quotes: 0.85,
	dates: 0.75
};

const LABEL: Record<Figure, string> = {
	recall: 'reaction recall (actor + paragraph)',
	precision: 'reaction precision',
	stance: 'stance of matched reactions',
	quotes: 'quote attribution',
	dates: 'event dates, at the gold precision'
};

/** The README's quality table: development, frozen and all articles against the targets. */
export function qualityTable(rows: readonly RealRow[]): string {
	const of = (part: RealRow['part']) => rows.filter((r) => r.part === part);
	const dev = meanScores(of('development'));
	const frozen = meanScores(of('frozen'));
	const all = meanScores(rows);
	const f = (x: number) => x.toFixed(2);
	const head = `| mean over articles | development (${of('development').length}) | frozen (${of('frozen').length}) | all ${rows.length} (with the seed) | target |`;
	const lines = FIGURES.map(
		(k) =>
			`| ${LABEL[k]} | ${f(dev[k])} | ${f(frozen[k])} | ${f(all[k])} | ≥ ${f(REAL_TARGETS[k])} |`
	);
	return [head, '| --- | --- | --- | --- | --- |', ...lines].join('\n');
}
