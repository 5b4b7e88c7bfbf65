/**
 * The real evaluation set (tests/eval/real): 20 published articles with
 * hand-made gold, split once into 14 development and 6 frozen articles, plus
 * the seed article. Each article is drafted in-process, as `npm run ingest`
 * drafts it, and scored with the corpus scorer's definitions.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { draftStory } from '../../src/lib/extract/draft.ts';
import { scoreAgainstGold, type Gold, type GoldScores } from './goldScore.ts';

/** Where the real set lives. */
export const REAL_DIR = 'tests/eval/real';
/** The seed article, scored with the set but reported on its own (its rules were written on it). */
const SEED = {
	name: '00_seed',
	file: 'data/stories/oval-office-clash/article.txt',
	published: '2025-02-28'
};

/** Which part of the set an article belongs to. */
export type Part = 'development' | 'frozen' | 'seed';

/** One scored real article. */
export interface RealRow extends GoldScores {
	name: string;
	part: Part;
	ms: number;
	/** Why ingest gave no draft, if it did not. */
	failed?: string;
}

/** The frozen articles' names, from split.json. */
export function frozenNames(): string[] {
	return (JSON.parse(readFileSync(join(REAL_DIR, 'split.json'), 'utf8')) as { frozen: string[] })
		.frozen;
}

/** The split rule of split.json, recomputed: the six names first by SHA-256 of "newsline-split:<file>". */
export function splitByHash(files: readonly string[]): string[] {
	const h = (f: string) => createHash('sha256').update(`newsline-split:${f}`).digest('hex');
	return [...files]
		.sort((a, b) => (h(a) < h(b) ? -1 : 1))
		.slice(0, 6)
		.map((f) => f.replace(/\.txt$/, ''))
		.sort();
}

/** Article files of the real set. */
export function realArticles(): string[] {
	return readdirSync(join(REAL_DIR, 'articles'))
		.filter((f) => f.endsWith('.txt'))
		.sort();
}

/** Non-empty body lines, numbered as the gold numbers paragraphs. */
export function goldBody(raw: string): string[] {
	const lines = raw.split(/\r?\n/);
	const cut = lines.slice(0, 12).indexOf('---');
	return (cut >= 0 ? lines.slice(cut + 1) : lines).filter((l) => l.trim());
}

/** Drafts and scores every article of the real set that has gold (and the seed). */
export function runRealEval(): RealRow[] {
	const frozen = new Set(frozenNames());
	const cases: { name: string; file: string; published?: string; part: Part }[] = [
		{ ...SEED, part: 'seed' },
		...realArticles().map((f) => {
			const name = f.replace(/\.txt$/, '');
			return {
				name,
				file: join(REAL_DIR, 'articles', f),
				part: (frozen.has(name) ? 'frozen' : 'development') as Part
			};
		})
	];
	const rows: RealRow[] = [];
	for (const c of cases) {
		const goldFile = join(REAL_DIR, 'gold', `${c.name}.json`);
		if (!existsSync(goldFile)) continue;
		const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as Gold;
		const raw = readFileSync(c.file, 'utf8');
		const t = performance.now();
		const draft = draftStory(raw, { published: c.published });
		const ms = performance.now() - t;
		const scored = scoreAgainstGold(draft.ok ? draft.story : null, gold, goldBody(raw));
		const row: RealRow = { ...scored, name: c.name, part: c.part, ms };
		// The corpus scorer counts a failed ingest as zero on every figure.
		if (!draft.ok) Object.assign(row, { failed: draft.error, quotes: 0 });
		rows.push(row);
	}
	return rows;
}
