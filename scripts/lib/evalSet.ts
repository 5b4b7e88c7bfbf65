/**
 * The evaluation set: every folder of tests/eval (article + gold story.json)
 * and the seed story's curated file, drafted and scored.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { draftStory } from '../../src/lib/extract/draft.ts';
import { evaluateDraft, type EvalCounts } from '../../src/lib/extract/evaluate.ts';
import type { Story } from '../../src/lib/story/schema.ts';

/** Where the evaluation articles live. */
export const EVAL_DIR = 'tests/eval';

/** Curated stories that also serve as gold. */
export const CURATED_GOLD = ['data/stories/oval-office-clash'];

/** One scored article. */
export interface EvalRow {
	name: string;
	counts: EvalCounts;
	ms: number;
}

/** Folders of the evaluation set. */
export function evalFolders(): string[] {
	const own = readdirSync(EVAL_DIR, { withFileTypes: true })
		.filter((d) => d.isDirectory() && existsSync(join(EVAL_DIR, d.name, 'story.json')))
		.map((d) => join(EVAL_DIR, d.name))
		.sort();
	return [...own, ...CURATED_GOLD];
}

/** Drafts and scores every article of the set. */
export function runEval(): EvalRow[] {
	return evalFolders().map((folder) => {
		const gold = JSON.parse(readFileSync(join(folder, 'story.json'), 'utf8')) as Story;
		const raw = readFileSync(join(folder, 'article.txt'), 'utf8');
		const t = performance.now();
		const draft = draftStory(raw, { published: gold.published, slug: gold.slug });
		const ms = performance.now() - t;
		if (!draft.ok) throw new Error(`${folder}: ${draft.error}`);
		return {
			name: folder.split('/').at(-1)!,
			counts: evaluateDraft(draft.story, draft.quotes, gold),
			ms
		};
	});
}
