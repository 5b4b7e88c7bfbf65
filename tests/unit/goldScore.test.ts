import { describe, expect, it } from 'vitest';
import {
	meanScores,
	nameTokens,
	scoreAgainstGold,
	type Gold
} from '../../scripts/lib/goldScore.ts';
import { frozenNames, goldBody, realArticles, splitByHash } from '../../scripts/lib/realSet.ts';
import type { Story } from '../../src/lib/story/schema.ts';

const body = [
	'Ministers met in Geneva on Tuesday.',
	'The foreign ministry said it "deeply regrets the decision" and called for calm.',
	'Jane Doe, the opposition leader, condemned the talks. "This is a sham," she said.'
];
const gold: Gold = {
	published: '2024-05-10',
	events: [
		{
			id: 'talks',
			label: 'Talks in Geneva',
			when: { start: '2024-05-07', precision: 'day' },
			paragraphs: [1],
			actors: []
		},
		{
			id: 'vote',
			label: 'A vote',
			when: { start: '2024-05', precision: 'month' },
			paragraphs: [3],
			actors: []
		}
	],
	reactions: [
		{
			actor: 'the foreign ministry',
			actor_type: 'government',
			country: 'FR',
			stance: 'neutral',
			toward: 'talks',
			quote: 'deeply regrets the decision',
			paragraph: 2
		},
		{
			actor: 'Jane Doe',
			actor_type: 'person',
			country: 'FR',
			stance: 'critical',
			toward: 'talks',
			quote: 'This is a sham,',
			paragraph: 3
		}
	]
};
const when = (start: string, precision: 'day' | 'month' | 'year') => ({ start, precision });
const story = (
	reactions: { actor: string; stance: string; quote: string }[],
	events: { start: string; precision: 'day' | 'month' | 'year'; quote: string }[] = []
) =>
	({
		actors: [
			{ id: 'doe', name: 'Jane Doe', kind: 'person', country: 'FR', role: 'opposition leader' },
			{ id: 'fr', name: 'French government', kind: 'government', country: 'FR' },
			{ id: 'smith', name: 'Ann Smith', kind: 'person', country: 'GB' }
		],
		events: events.map((e, i) => ({
			id: `e${i}`,
			label: 'x',
			when: when(e.start, e.precision),
			sources: [{ paragraph: 1, quote: e.quote }]
		})),
		reactions: reactions.map((r, i) => ({
			id: `r${i}`,
			actor: r.actor,
			stance: r.stance,
			toward: 'e0',
			when: when('2024-05-10', 'day'),
			sources: [{ paragraph: 1, quote: r.quote }]
		}))
	}) as unknown as Story;

describe('scoring against real gold', () => {
	it('matches reactions by actor and paragraph, and counts stance only on matches', () => {
		const s = scoreAgainstGold(
			story([
				{ actor: 'doe', stance: 'supportive', quote: 'condemned the talks' },
				{ actor: 'smith', stance: 'critical', quote: 'called for calm' }
			]),
			gold,
			body
		);
		expect(s.counts).toMatchObject({ gold: 2, predicted: 2, matched: 1, stanceRight: 0 });
		expect([s.recall, s.precision, s.stance]).toEqual([0.5, 0.5, 0]);
		expect(s.missed.map((m) => m.actor)).toEqual(['the foreign ministry']);
	});

	it('takes a government of the gold country for a generic body name ("the foreign ministry")', () => {
		const s = scoreAgainstGold(
			story([{ actor: 'fr', stance: 'neutral', quote: 'deeply regrets the decision' }]),
			gold,
			body
		);
		expect(s.counts.matched).toBe(1);
		expect(s.stance).toBe(1);
		expect(s.counts.quotesRight).toBe(1);
	});

	it('counts a quote right only when an item holding it has the gold speaker', () => {
		const right = scoreAgainstGold(
			story([{ actor: 'doe', stance: 'critical', quote: 'This is a sham,' }]),
			gold,
			body
		);
		const wrong = scoreAgainstGold(
			story([{ actor: 'smith', stance: 'critical', quote: 'This is a sham,' }]),
			gold,
			body
		);
		expect(right.counts.quotesRight).toBe(1);
		expect(wrong.counts.quotesRight).toBe(0);
		expect(wrong.quoteMisses.find((m) => m.startsWith('Jane Doe'))).toContain('Ann Smith');
	});

	it('scores event dates at the coarser precision, in a paragraph the gold event cites', () => {
		const s = scoreAgainstGold(
			story(
				[],
				[
					{ start: '2024-05-07', precision: 'day', quote: 'Ministers met in Geneva' },
					{ start: '2024', precision: 'year', quote: 'Jane Doe' }
				]
			),
			gold,
			body
		);
		expect(s.counts.datesRight).toBe(2);
		const off = scoreAgainstGold(
			story([], [{ start: '2024-05-08', precision: 'day', quote: 'Ministers met' }]),
			gold,
			body
		);
		expect(off.counts.datesRight).toBe(0);
	});

	it('gives zeros for no draft, and quote attribution 1 when the gold has no quotes', () => {
		const none = scoreAgainstGold(null, gold, body);
		expect([none.recall, none.precision, none.quotes]).toEqual([0, 0, 0]);
		const noQuotes = scoreAgainstGold(
			null,
			{ ...gold, reactions: gold.reactions.map((r) => ({ ...r, quote: null })) },
			body
		);
		expect(noQuotes.quotes).toBe(1);
	});

	it('reads names without titles or short words, and averages over articles', () => {
		expect([...nameTokens('The Foreign Minister of France, Jean-Paul Barrot')]).toEqual([
			'france',
			'jean',
			'paul',
			'barrot'
		]);
		expect(
			meanScores([
				{ recall: 1, precision: 0, stance: 0.5, quotes: 1, dates: 0 },
				{ recall: 0, precision: 0, stance: 0.5, quotes: 0, dates: 1 }
			])
		).toEqual({ recall: 0.5, precision: 0, stance: 0.5, quotes: 0.5, dates: 0.5 });
	});

	it('numbers the body as the gold does: non-empty lines after the header', () => {
		expect(goldBody('title: x\npublished: 2024-01-01\n---\nOne.\n\nTwo.\n')).toEqual([
			'One.',
			'Two.'
		]);
		expect(goldBody('One.\n\nTwo.')).toEqual(['One.', 'Two.']);
	});
});

describe('the real set', () => {
	it('holds 20 articles, six of them frozen by the recorded hash rule', () => {
		expect(realArticles()).toHaveLength(20);
		expect(frozenNames()).toEqual(splitByHash(realArticles()));
	});
});
