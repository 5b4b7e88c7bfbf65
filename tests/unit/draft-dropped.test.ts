import { describe, expect, it } from 'vitest';
import { describeOutcome } from '../../scripts/lib/ingestFile.ts';
import { findActors } from '../../src/lib/extract/actors.ts';
import { assemble } from '../../src/lib/extract/assemble.ts';
import { draftStory, dropInvalid } from '../../src/lib/extract/draft.ts';
import { MentionIndex } from '../../src/lib/extract/mentions.ts';
import { findQuoteAttributions } from '../../src/lib/extract/quotes.ts';
import { findReactions } from '../../src/lib/extract/reactions.ts';
import { resolveCoreference } from '../../src/lib/extract/resolve.ts';
import { seedStory } from '../fixtures/stories.ts';

describe('ids across actors, events and reactions', () => {
	it('a reaction never takes an actor’s id, even where its name would give one', () => {
		const text = 'Anna Berg criticised Tomas Lind on Tuesday. Berg and Lind met again on Friday.';
		const paragraphs = [{ n: 1, text, line: 1 }];
		const table = resolveCoreference(findActors(paragraphs), paragraphs);
		const index = new MentionIndex(table, paragraphs);
		const quotes = findQuoteAttributions(paragraphs, index);
		const reactions = findReactions(paragraphs, index, quotes);
		expect(reactions.map((r) => `${r.actor} ${r.stance} ${r.toward.kind}:${r.toward.id}`)).toEqual([
			'berg critical actor:lind'
		]);
		// An actor whose id is the one the reaction would be named by.
		table.actors.push({
			id: 'berg-critical-lind',
			name: 'Berg Critical Lind',
			kind: 'organisation',
			country: null,
			region: 'Unknown',
			role: '',
			confidence: 0.9,
			count: 2
		});
		const story = assemble({
			meta: { slug: 's', title: 't', outlet: 'o', sourceUrl: null, published: '2025-03-07' },
			paragraphs,
			table,
			index,
			events: [],
			reactions,
			quotes,
			datesOf: () => []
		});
		const ids = [...story.actors, ...story.events, ...story.reactions].map((x) => x.id);
		expect(story.actors.map((a) => a.id)).toContain('berg-critical-lind');
		expect(story.reactions).toHaveLength(1);
		expect(story.reactions[0]!.id).not.toBe('berg-critical-lind');
		expect(new Set(ids).size).toBe(ids.length);
	});
});

describe('nothing dropped silently', () => {
	it('lists an actor left out of the draft, with the reason', () => {
		const r = draftStory(
			'published: 2025-03-07\n---\nAnna Berg criticised Tomas Lind on Tuesday. The Northgate Arena was empty.'
		);
		if (!r.ok) throw new Error(r.error);
		const kept = new Set(r.story.actors.map((a) => a.id));
		expect(r.report.dropped).toEqual([
			expect.objectContaining({ kind: 'actor', label: 'Northgate Arena' })
		]);
		const [d] = r.report.dropped;
		expect(kept.has(d!.id)).toBe(false);
		expect(d!.reason).toMatch(/^named once and in no event or reaction/);
	});

	it('drops nothing from a draft whose items are all kept', () => {
		const r = draftStory('published: 2025-03-07\n---\nAnna Berg criticised Tomas Lind on Tuesday.');
		if (!r.ok) throw new Error(r.error);
		expect(r.story.actors.map((a) => a.id)).toEqual(['berg', 'lind']);
		expect(r.report.dropped).toEqual([]);
	});

	it('drops items the validator rejects and those that lean on them, each with its reason', () => {
		const story = seedStory();
		story.reactions[12]!.toward = 'macron-meets-trump';
		const dropped = dropInvalid(story, [
			{ file: 'draft', path: 'actors[8].region', message: 'bad region' },
			{ file: 'draft', path: 'events[6].when.start', message: 'not a date' },
			{ file: 'draft', path: 'events[6].label', message: 'is required' }
		]);
		expect(dropped).toEqual([
			{
				kind: 'actor',
				id: 'european-allies',
				label: 'European allies',
				reason: 'actors[8].region: bad region'
			},
			{
				kind: 'event',
				id: 'macron-meets-trump',
				label: expect.any(String),
				reason: 'events[6].when.start: not a date; events[6].label: is required'
			},
			{
				kind: 'reaction',
				id: 'european-allies-support-zelensky',
				label: expect.any(String),
				reason: 'its actor "european-allies" was dropped'
			},
			{
				kind: 'reaction',
				id: 'republicans-support-trump',
				label: expect.any(String),
				reason: 'its target "macron-meets-trump" was dropped'
			}
		]);
		expect(story.actors.map((a) => a.id)).not.toContain('european-allies');
		expect(story.events.map((e) => e.id)).not.toContain('macron-meets-trump');
		expect(story.reactions).toHaveLength(11);
	});

	it('the ingest summary prints each dropped item with its reason', () => {
		const text = describeOutcome({
			file: 'a.txt',
			ok: true,
			written: 'out/a',
			slug: 'a',
			ms: 5,
			beside: false,
			report: {
				paragraphs: 1,
				removed: [],
				actors: 1,
				events: 0,
				reactions: 0,
				quotes: { total: 0, attributed: 0 },
				needsReview: 0,
				notes: [],
				dropped: [
					{
						kind: 'reaction',
						id: 'berg-critical-lind',
						label: 'criticised Lind',
						reason: 'reactions[0].when: not a date'
					}
				]
			}
		});
		expect(text).toContain('1 item dropped:');
		expect(text).toContain(
			'dropped reaction berg-critical-lind (criticised Lind): reactions[0].when: not a date'
		);
	});
});
