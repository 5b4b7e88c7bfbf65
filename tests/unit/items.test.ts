import { describe, expect, it } from 'vitest';
import { isReaction, itemMark, markName, storyItems } from '../../src/lib/story/items.ts';
import type { Story } from '../../src/lib/story/schema.ts';

const when = (start: string, phrase: string) =>
	({ start, precision: 'day', approximate: false, phrase }) as const;

const story: Story = {
	slug: 'items-test',
	title: 'Items',
	outlet: 'Test',
	sourceUrl: null,
	published: '2025-03-02',
	language: 'en',
	actors: [
		{ id: 'ana', name: 'Ana', kind: 'person', country: 'PT', role: 'mayor' },
		{ id: 'ben', name: 'Ben', kind: 'person', country: 'BE', role: 'minister' }
	],
	events: [
		{
			id: 'vote',
			label: 'Council votes',
			actors: ['ana'],
			when: when('2025-03-01', 'Saturday'),
			sources: [{ paragraph: 1, quote: 'voted' }]
		}
	],
	reactions: [
		{
			id: 'ben-on-vote',
			label: 'Ben objects',
			actor: 'ben',
			toward: 'vote',
			stance: 'critical',
			channel: null,
			when: when('2025-03-02', 'Sunday'),
			sources: [{ paragraph: 2, quote: 'objects' }]
		},
		{
			id: 'ana-on-ben',
			label: 'Ana thanks Ben',
			actor: 'ana',
			toward: 'ben',
			stance: 'supportive',
			channel: 'X',
			when: when('2025-03-02', 'Sunday'),
			sources: [{ paragraph: 3, quote: 'thanks' }]
		}
	]
};

describe('storyItems', () => {
	const items = storyItems(story);

	it('gives events no reaction fields', () => {
		const event = items.find((i) => i.id === 'vote')!;
		expect(event.kind).toBe('event');
		expect(isReaction(event)).toBe(false);
		expect(['stance', 'target', 'channel'].filter((k) => k in event)).toEqual([]);
		expect(itemMark(event)).toBe('event');
	});

	it.each([
		['ben-on-vote', 'critical', { id: 'vote', name: 'Council votes' }, null],
		['ana-on-ben', 'supportive', { id: 'ben', name: 'Ben' }, 'X']
	])(
		'resolves the target of reaction %s to an event or actor name',
		(id, stance, target, channel) => {
			const item = items.find((i) => i.id === id)!;
			if (!isReaction(item)) throw new Error(`${id} is not a reaction`);
			expect([item.stance, item.target, item.channel]).toEqual([stance, target, channel]);
			expect(itemMark(item)).toBe(stance);
		}
	);

	it('names a reaction by actor, stance, target and date', () => {
		const item = items.find((i) => i.id === 'ben-on-vote')!;
		expect(markName(item)).toBe('Ben, critical of Council votes, 2 Mar 2025, Ben objects');
		// A mark showing its label names it first; facts its words already say are not repeated.
		expect(markName(item, 'Ben objects')).toBe(
			'Ben objects, critical of Council votes, 2 Mar 2025'
		);
	});
});
