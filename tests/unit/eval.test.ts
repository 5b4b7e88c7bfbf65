import { describe, expect, it } from 'vitest';
import { scores, sumCounts } from '../../src/lib/extract/evaluate.ts';
import { evalFolders, runEval, TARGETS } from '../../scripts/lib/evalSet.ts';

/**
 * Floors for the evaluation set: the figures ingest reaches today (see
 * tests/eval/README.md). A change that lowers any of them fails here.
 */
const FLOORS = {
	quoteAccuracy: 1,
	reactionPrecision: 0.95,
	reactionRecall: 0.7,
	reactionF1: 0.81,
	dateAccuracy: 0.9,
	eventRecall: 0.6,
	actorMerge: 0.9
};

describe('evaluation set', () => {
	it('has at least six written articles plus the curated seed story', () => {
		expect(evalFolders().length).toBeGreaterThanOrEqual(7);
	});

	it('keeps quote attribution, reactions, dates and actors at or above today’s figures', () => {
		const rows = runEval();
		const all = scores(sumCounts(rows.map((r) => r.counts)));
		for (const [key, floor] of Object.entries(FLOORS))
			expect(all[key as keyof typeof all], key).toBeGreaterThanOrEqual(floor);
	});

	it('never sets a floor below a target, so the targets hold whenever the floors do', () => {
		for (const [key, target] of Object.entries(TARGETS))
			expect(FLOORS[key as keyof typeof FLOORS], key).toBeGreaterThanOrEqual(target);
	});
});
