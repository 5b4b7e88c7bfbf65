/** Drafting short articles written for the extraction tests. */
import { draftStory } from '../../src/lib/extract/draft.ts';

/** Drafts an article of these paragraphs, published on Tuesday 5 March 2024; a refused draft fails the test. */
export function draftOf(...paragraphs: string[]) {
	const r = draftStory(['published: 2024-03-05', '---', ...paragraphs].join('\n'));
	if (!r.ok) throw new Error(r.error);
	return r;
}
