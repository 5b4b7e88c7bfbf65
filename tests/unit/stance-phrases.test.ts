/**
 * The phrase lists of the lexicon that read a stance or an order, each on
 * sentences written for it, and end to end through a draft.
 */
import { describe, expect, it } from 'vitest';
import { draftStory } from '../../src/lib/extract/draft.ts';
import { FOLLOWS } from '../../src/lib/extract/events.ts';
import {
	CLAUSE_STANCE,
	DENIAL,
	LEGISLATURES,
	QUOTE_SUPPORT,
	SEQUENCE_OPENERS,
	STANCE_NOUN_VERBS
} from '../../src/lib/extract/lexicon.ts';

/** The stance CLAUSE_STANCE reads from the words after a target, or null. */
const clause = (rest: string) => CLAUSE_STANCE.find(([re]) => re.test(rest))?.[1] ?? null;

/** (actor stance target) of the reactions drafted from one paragraph. */
function triples(body: string): string[] {
	const r = draftStory(`published: 2025-03-04\n---\n${body}`);
	if (!r.ok) throw new Error(r.error);
	return r.story.reactions.map((x) => `${x.actor} ${x.stance} ${x.toward}`);
}

describe('DENIAL', () => {
	it.each([
		'"We don\'t poison rivers," the firm said.',
		'The mill said it does not owe any money to the town.',
		'He said he never took a bribe from anyone.',
		'“They did not break a single rule,” she said.'
	])('reads a denial in "%s"', (sentence) => {
		expect(DENIAL.test(sentence)).toBe(true);
	});
	it.each([
		'She said they do not know when the ferry will sail.',
		'The mill did not expect the vote to pass.',
		'We do not have any figures yet, he said.',
		'The board does not meet on Sundays.'
	])('reads no denial in "%s"', (sentence) => {
		expect(DENIAL.test(sentence)).toBe(false);
	});
	it('makes a statement that only denies critical', () => {
		expect(
			triples(
				'Farmers accused the Brookvale Mill of poisoning the river on Monday. The Brookvale Mill said it does not dump waste in the river.'
			)
		).toEqual(expect.arrayContaining([expect.stringMatching(/^brookvale-mill critical /)]));
	});
});

describe('CLAUSE_STANCE', () => {
	it.each([
		['was to blame for the delays', 'critical'],
		['is a threat to the region', 'critical'],
		['had been lying about the costs', 'critical'],
		['had acted responsibly throughout', 'supportive'],
		['behaved properly in the talks', 'supportive'],
		['was right to resign', 'supportive'],
		['is a friend of the town', 'supportive'],
		['had betrayed the voters', 'critical'],
		['provoked the crowd', 'critical'],
		['was being targeted by hackers', 'supportive']
	])('reads "X %s" as %s', (rest, stance) => {
		expect(clause(rest)).toBe(stance);
	});

	it.each([
		'was in the capital on Monday',
		'is ready to talk',
		'had acted quickly',
		'was alone in the room',
		'is the largest employer'
	])('reads no stance from "X %s"', (rest) => {
		expect(clause(rest)).toBeNull();
	});

	it('reads a verdict about a target in reported speech', () => {
		expect(triples('Anna Berg said Tomas Lind was to blame for the outage.')).toEqual([
			'berg critical lind'
		]);
	});
});

describe('QUOTE_SUPPORT', () => {
	it.each([
		'We stand with the people of the valley.',
		'Our solidarity goes to every family.',
		'Thank you for your courage.',
		'We are on your side.'
	])('reads support in "%s"', (q) => {
		expect(QUOTE_SUPPORT.test(q)).toBe(true);
	});

	it.each(['You are on your own now.', 'We will see you in court.'])(
		'reads no support in "%s"',
		(q) => {
			expect(QUOTE_SUPPORT.test(q)).toBe(false);
		}
	);
});

describe('STANCE_NOUN_VERBS', () => {
	it.each(STANCE_NOUN_VERBS)('reads "%s support for" as support', (verb) => {
		const v = /(?:en|wn)$/.test(verb) ? `has ${verb}` : verb;
		expect(triples(`Anna Berg ${v} support for Tomas Lind on Tuesday.`)).toEqual([
			'berg supportive lind'
		]);
	});

	it('read "expressed support for" and "voiced concern over" as reactions', () => {
		expect(triples('Anna Berg expressed support for Tomas Lind on Tuesday.')).toEqual([
			'berg supportive lind'
		]);
		expect(triples('Anna Berg voiced concern over Tomas Lind on Tuesday.')).toEqual([
			'berg critical lind'
		]);
	});

	it('do not read a stance noun after other verbs', () => {
		expect(triples('Anna Berg measured concern over Tomas Lind on Tuesday.')).toEqual([]);
	});
});

describe('SEQUENCE_OPENERS', () => {
	it('are lower-case words or phrases, none repeated', () => {
		expect(new Set(SEQUENCE_OPENERS).size).toBe(SEQUENCE_OPENERS.length);
		for (const w of SEQUENCE_OPENERS) expect(w).toMatch(/^[a-z]+(?: [a-z]+)*$/);
	});

	it.each([
		'Then the council approved the budget.',
		'After that, the council approved the budget.',
		'Shortly after, the council approved the budget.',
		'The council then approved the budget.'
	])('read "%s" as following the sentence before', (sentence) => {
		expect(FOLLOWS.test(sentence)).toBe(true);
	});

	it.each(['The council approved the budget.', 'There the council approved the budget.'])(
		'read "%s" as standing alone',
		(sentence) => {
			expect(FOLLOWS.test(sentence)).toBe(false);
		}
	);
});

describe('LEGISLATURES', () => {
	it('name a group by the legislature it sits in', () => {
		for (const house of LEGISLATURES) {
			const r = draftStory(
				`published: 2025-03-04\n---\nRepublicans in ${house} criticised Anna Berg on Tuesday.`
			);
			if (!r.ok) throw new Error(r.error);
			expect(r.story.actors.map((a) => a.name)).toContain(`Republicans in ${house}`);
		}
	});
});
