import { describe, expect, it } from 'vitest';
import { evaluateDraft, goldQuotes, sameActor, scores } from '../../src/lib/extract/evaluate.ts';
import type { Quote } from '../../src/lib/extract/quotes.ts';
import type { Story } from '../../src/lib/story/schema.ts';

const when = {
	start: '2025-02-28',
	precision: 'day' as const,
	approximate: false,
	phrase: 'Friday'
};
const base = {
	slug: 's',
	title: 't',
	outlet: 'o',
	sourceUrl: null,
	published: '2025-02-28',
	language: 'en'
};
const person = (id: string, name: string) => ({
	id,
	name,
	kind: 'person' as const,
	country: 'US',
	role: ''
});

const gold: Story = {
	...base,
	actors: [
		person('trump', 'Donald Trump'),
		person('vance', 'JD Vance'),
		person('zelensky', 'Volodymyr Zelensky')
	],
	events: [
		{
			id: 'meet',
			label: 'Meeting',
			actors: ['trump', 'zelensky'],
			when,
			sources: [{ paragraph: 1, quote: 'Trump met Zelensky in the Oval Office' }]
		}
	],
	reactions: [
		{
			id: 'r1',
			label: 'x',
			actor: 'trump',
			toward: 'zelensky',
			stance: 'critical',
			channel: null,
			when,
			sources: [{ paragraph: 2, quote: 'Trump said "you are gambling with war"' }]
		},
		{
			id: 'r2',
			label: 'x',
			actor: 'vance',
			toward: 'zelensky',
			stance: 'critical',
			channel: null,
			when,
			sources: [{ paragraph: 3, quote: 'Vance accused him' }]
		}
	]
};

describe('evaluateDraft', () => {
	it('reads gold quotes of two words or more with the item’s actor as speaker', () => {
		expect(goldQuotes(gold)).toEqual([
			{ paragraph: 2, text: 'you are gambling with war', speaker: 'trump' }
		]);
	});

	it('scores a draft with other ids, one wrong stance and a split actor', () => {
		const draft: Story = {
			...base,
			actors: [
				person('d-trump', 'Trump'),
				person('jd', 'JD Vance'),
				person('v-z', 'Volodymyr Zelensky'),
				person('z2', 'Zelensky')
			],
			events: [
				{
					id: 'e',
					label: 'm',
					actors: [],
					when: { ...when, start: '2025-02-27' },
					sources: [{ paragraph: 1, quote: 'Trump met Zelensky' }]
				}
			],
			reactions: [
				{
					id: 'a',
					label: 'x',
					actor: 'd-trump',
					toward: 'v-z',
					stance: 'critical',
					channel: null,
					when,
					sources: [{ paragraph: 2, quote: 'Trump' }]
				},
				{
					id: 'b',
					label: 'x',
					actor: 'jd',
					toward: 'v-z',
					stance: 'supportive',
					channel: null,
					when,
					sources: [{ paragraph: 3, quote: 'Vance' }]
				}
			]
		};
		const quotes: Quote[] = [
			{
				paragraph: 2,
				start: 0,
				end: 5,
				text: 'you are gambling with war',
				speaker: 'd-trump',
				confidence: 1
			}
		];
		const c = evaluateDraft(draft, quotes, gold);
		expect(c).toEqual({
			quotes: { gold: 1, correct: 1 },
			reactions: { gold: 2, predicted: 2, matched: 1 },
			dates: { gold: 1, aligned: 1, correct: 0 },
			actors: { gold: 3, merged: 2 }
		});
		expect(scores(c)).toMatchObject({
			quoteAccuracy: 1,
			reactionF1: 0.5,
			dateAccuracy: 0,
			eventRecall: 1
		});
	});

	it('matches an unnamed speaker by its words, past the country in brackets', () => {
		const spokeswoman = person('s', 'Foreign ministry spokeswoman (RU)');
		expect(sameActor(spokeswoman, person('g', 'Russian foreign ministry spokeswoman'))).toBe(true);
		expect(sameActor(spokeswoman, person('g', 'Ada Lind'))).toBe(false);
	});
});
