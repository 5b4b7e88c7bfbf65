import { describe, expect, it } from 'vitest';
import { loadStoryFolder } from '../../src/lib/server/stories.ts';
import { storyItems } from '../../src/lib/story/items.ts';

const loaded = loadStoryFolder('data/stories/oval-office-clash');
const { story, paragraphs } = loaded.story!;
const items = storyItems(story);
const byId = new Map(items.map((i) => [i.id, i]));

describe('the seed story, oval-office-clash', () => {
	it('passes validation against its 21 paragraphs', () => {
		expect(loaded.problems).toEqual([]);
		expect(paragraphs).toHaveLength(21);
		expect(story.published).toBe('2025-02-28');
	});

	it.each([
		['trump', 'zelensky', 'critical', 'Truth Social'],
		['zelensky', 'trump', 'supportive', 'X'],
		['russia-mfa-spokeswoman', 'zelensky', 'critical', null],
		['macron', 'russia', 'critical', null],
		['tusk', 'ukraine', 'supportive', null],
		['european-allies', 'zelensky', 'supportive', null],
		['democrats-in-congress', 'trump', 'critical', null],
		['republican-lawmakers', 'trump', 'supportive', null]
	])('has the reaction of %s toward %s (%s, %s)', (actor, toward, stance, channel) => {
		const found = story.reactions.filter((r) => r.actor === actor && r.toward === toward);
		expect(found).toHaveLength(1);
		expect(found[0]!.stance).toBe(stance);
		expect(found[0]!.channel).toBe(channel);
	});

	it('has one reaction per actor and target', () => {
		const pairs = story.reactions.map((r) => `${r.actor}->${r.toward}`);
		expect(new Set(pairs).size).toBe(pairs.length);
	});

	it('splits the meeting into its moments, in the order the article tells them', () => {
		const quotes = [
			'ended through diplomacy',
			'what kind of diplomacy?',
			'disrespectful',
			'gambling with World War Three',
			'or we are out',
			'leaving before the deal could be signed'
		];
		const positions = quotes.map((q) => {
			const i = items.findIndex((it) => it.sources.some((s) => s.quote.includes(q)));
			expect(i, q).toBeGreaterThanOrEqual(0);
			return i;
		});
		expect(new Set(positions).size).toBe(quotes.length);
		expect(positions.slice(0, 3)).toEqual([...positions.slice(0, 3)].sort((a, b) => a - b));
		expect(positions.at(-1)).toBe(Math.max(...positions));
	});

	it('resolves relative dates against the publication date', () => {
		expect(byId.get('oval-office-meeting')!.when).toMatchObject({
			start: '2025-02-28',
			precision: 'day'
		});
		expect(byId.get('macron-meets-trump')!.when).toMatchObject({
			start: '2025-02-24',
			precision: 'week'
		});
		expect(byId.get('ceasefire-2019')!.when).toMatchObject({ start: '2019', precision: 'year' });
		expect(byId.get('full-scale-invasion')!.when).toMatchObject({
			start: '2022-02-24',
			precision: 'day'
		});
		const support = byId.get('us-support-during-war')!.when;
		expect(support.end).toBeDefined();
		expect(support.approximate).toBe(true);
	});

	it('marks undated reactions approximate, on the publication date, in the article’s words', () => {
		for (const r of story.reactions) {
			expect(r.when.start, r.id).toBe('2025-02-28');
			expect(r.when.approximate, r.id).toBe(true);
			expect(
				paragraphs.some((p) => p.text.includes(r.when.phrase)),
				r.id
			).toBe(true);
		}
	});

	it('keeps the article’s own words where it errs, with a note', () => {
		const tusk = story.actors.find((a) => a.id === 'tusk')!;
		expect(tusk.role).toBe("Poland's president");
		expect(tusk.note).toMatch(/prime minister/);
	});
});
