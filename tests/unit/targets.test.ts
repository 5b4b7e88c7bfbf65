import { describe, expect, it } from 'vitest';
import { findActors } from '../../src/lib/extract/actors.ts';
import { draftStory } from '../../src/lib/extract/draft.ts';
import { findDates } from '../../src/lib/extract/dates.ts';
import { findEvents } from '../../src/lib/extract/events.ts';
import { MentionIndex } from '../../src/lib/extract/mentions.ts';
import { findQuoteAttributions } from '../../src/lib/extract/quotes.ts';
import { findReactions } from '../../src/lib/extract/reactions.ts';
import { resolveCoreference } from '../../src/lib/extract/resolve.ts';

/** Reactions of a short text, with their typed targets. */
function reactionsOf(text: string) {
	const paragraphs = text.split('\n').map((t, i) => ({ n: i + 1, text: t, line: i + 1 }));
	const table = resolveCoreference(findActors(paragraphs), paragraphs);
	const index = new MentionIndex(table, paragraphs);
	const events = findEvents(paragraphs, index, (p, start, end) =>
		findDates(paragraphs[p - 1]!.text, '2025-03-07').filter(
			(d) => d.start >= start && d.start < end
		)
	);
	return {
		events,
		reactions: findReactions(paragraphs, index, findQuoteAttributions(paragraphs, index), events)
	};
}

describe('reaction targets are typed until assembly', () => {
	it('an actor named after the verb is an actor target', () => {
		const { reactions } = reactionsOf('Anna Berg criticised Tomas Lind on Tuesday.');
		expect(reactions.map((r) => r.toward)).toEqual([{ kind: 'actor', id: 'lind' }]);
	});

	it('a happening named after the verb is the event it refers back to, by its place', () => {
		const { events, reactions } = reactionsOf(
			'The Northland government signed a trade pact with Westmark on Monday.\nThe Farmers Union condemned the pact.'
		);
		expect(events.length).toBeGreaterThan(0);
		const toEvent = reactions.filter((r) => r.toward.kind === 'event');
		expect(toEvent).toHaveLength(1);
		expect(toEvent[0]!.toward).toEqual({ kind: 'event', id: 0 });
	});

	it('assembly turns an event target into the event’s id and name', () => {
		const r = draftStory(
			'published: 2025-03-07\n---\nThe Northland government signed a trade pact with Westmark on Monday.\nThe Farmers Union condemned the pact.'
		);
		if (!r.ok) throw new Error(r.error);
		const eventIds = new Set(r.story.events.map((e) => e.id));
		const toEvent = r.story.reactions.filter((x) => eventIds.has(x.toward));
		expect(toEvent).toHaveLength(1);
		expect(toEvent[0]!.stance).toBe('critical');
	});
});

describe('passives', () => {
	it('the agent after "by" reacts, toward the passive subject', () => {
		const { reactions } = reactionsOf('Tomas Lind was sharply criticised by Anna Berg on Tuesday.');
		expect(reactions.map((r) => [r.actor, r.stance, r.toward])).toEqual([
			['berg', 'critical', { kind: 'actor', id: 'lind' }]
		]);
	});

	it('a participle with an agent reacts toward the story’s main event', () => {
		const { reactions } = reactionsOf(
			'The Northland government signed a trade pact with Westmark on Monday.\nIt was a deal praised by the Farmers Union for its fairness.'
		);
		expect(reactions.map((r) => [r.actor, r.stance, r.toward.kind])).toContainEqual([
			expect.stringMatching(/farmers-union/),
			'supportive',
			'event'
		]);
	});

	it('a passive without an agent gives its subject no reaction', () => {
		const { reactions } = reactionsOf('Tomas Lind was welcomed to the Westmark club on Monday.');
		expect(reactions).toEqual([]);
	});
});

describe("stance verbs that report no one's act", () => {
	it('a condition ("until …") and a noun\'s infinitive ("its decision to …") give no reaction', () => {
		expect(reactionsOf('The fees stay until Anna Berg thanks Tomas Lind.').reactions).toEqual([]);
		expect(
			reactionsOf(
				'Westmark praised the boats. They give Anna Berg’s crew the means to defend Tomas Lind.'
			).reactions.map((r) => r.actor)
		).not.toContain('berg');
	});
});
