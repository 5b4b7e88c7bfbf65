/**
 * Who reacts: the actors a draft's reactions are given, on sentences written
 * for each rule.
 */
import { describe, expect, it } from 'vitest';
import { draftOf } from './draftOf.ts';

/** The actor names of the reactions drafted from a short article. */
function reactors(...paragraphs: string[]): string[] {
	const r = draftOf(...paragraphs);
	const names = new Map(r.story.actors.map((a) => [a.id, a.name]));
	return r.story.reactions.map((x) => names.get(x.actor) ?? x.actor);
}

describe('faceless groups', () => {
	it('gives no reaction to bare "officials" or "sources"', () => {
		expect(
			reactors(
				'The Harbour Authority closed the quay on Monday.',
				'Officials said the quay would reopen within a week.',
				'Sources said the ferries would be moved to the north pier.'
			)
		).toEqual([]);
	});

	it('keeps officials of a named country', () => {
		expect(
			reactors(
				'The Harbour Authority closed the quay on Monday.',
				'Norwegian officials said the closure was a mistake.'
			)
		).toContain('Norway');
	});
});

describe('subjects with an apposition', () => {
	it('does not read the owner in an apposition as a second subject', () => {
		expect(
			reactors(
				'The Harbour Authority closed the quay on Monday.',
				'Tom Baker, Anna Berg’s head of press, criticised the Harbour Authority.'
			)
		).toEqual(['Tom Baker']);
	});
});
