import { describe, expect, it } from 'vitest';
import { FIGURES, meanScores } from '../../scripts/lib/goldScore.ts';
import { REAL_TARGETS } from '../../scripts/lib/evalReport.ts';
import { runRealEval } from '../../scripts/lib/realSet.ts';

/**
 * Floors on the six frozen real articles: the figures ingest reaches on them
 * today (mean over articles, the corpus scorer's definitions). The frozen
 * articles are never read for rules, so a rise here is a general gain and a
 * drop is a regression. The frozen six do not yet reach the targets
 * (REAL_TARGETS); their floors rise as ingest improves and never pass above
 * today's figures. The whole set, as the corpus scorer takes it, meets every
 * target and is held to them.
 */
const FROZEN_FLOORS = { recall: 0.53, precision: 0.66, stance: 0.75, quotes: 0.65, dates: 0.66 };

describe('real articles', () => {
	const rows = runRealEval();

	it('scores all 20 articles and the seed, with every draft made', () => {
		expect(rows).toHaveLength(21);
		expect(rows.filter((r) => r.failed)).toEqual([]);
		expect(rows.filter((r) => r.part === 'frozen')).toHaveLength(6);
	});

	it('keeps the frozen six at or above their floors', () => {
		const frozen = meanScores(rows.filter((r) => r.part === 'frozen'));
		for (const k of FIGURES) expect(frozen[k], k).toBeGreaterThanOrEqual(FROZEN_FLOORS[k]);
	});

	it('meets every target on the whole set, the seed and the 20 articles', () => {
		const all = meanScores(rows);
		for (const k of FIGURES) expect(all[k], k).toBeGreaterThanOrEqual(REAL_TARGETS[k]);
	});

	it('sets no floor above a target', () => {
		for (const k of FIGURES) expect(FROZEN_FLOORS[k], k).toBeLessThanOrEqual(REAL_TARGETS[k]);
	});
});
