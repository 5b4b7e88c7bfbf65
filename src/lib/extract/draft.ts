/**
 * `draftStory(raw, options)`: an article's text → a draft `story.json`
 * (marked `draft: true`, each item with a confidence and, where unsure, a
 * review note) and a report of what was kept, found and left undone. Pure
 * TypeScript: the same module runs in Node (the ingest command) and in the
 * browser (the /new page).
 */
import { normaliseDate } from '../article/header.ts';
import { checkArticleText } from '../article/input.ts';
import { segmentArticle, type Paragraph, type RemovedLine } from '../article/segment.ts';
import type { Story } from '../story/schema.ts';
import type { Problem } from '../story/problems.ts';
import { validateStory } from '../story/validate.ts';
import { findActors } from './actors.ts';
import { resolveCoreference } from './resolve.ts';
import { assemble } from './assemble.ts';
import { findDates, type DateMention } from './dates.ts';
import { findEvents } from './events.ts';
import { englishShare } from './language.ts';
import { MentionIndex } from './mentions.ts';
import { findQuoteAttributions, type Quote } from './quotes.ts';
import { findReactions } from './reactions.ts';
import { reactionsFromStatements } from './statementReactions.ts';
import { findStatements, speakersFromStatements } from './statements.ts';
import { DATELINE, slugify, splitSentences } from './text.ts';

/** Paragraphs longer than this are not read for items (they are kept in the article). */
const MAX_PARAGRAPH = 6000;

/** Options of a draft. */
export interface DraftOptions {
	/** Publication date `YYYY-MM-DD`; overrides the article's `published:` header. */
	published?: string;
	/** The story's slug; by default made from the title. */
	slug?: string;
}

/** What ingest did with an article. */
export interface DraftReport {
	paragraphs: number;
	/** Lines left out of the body, with reasons. */
	removed: RemovedLine[];
	actors: number;
	events: number;
	reactions: number;
	quotes: { total: number; attributed: number };
	/** Items (actors, events, reactions) with a review note. */
	needsReview: number;
	/** What ingest could not do, in words. */
	notes: string[];
	/** Items found but left out of the draft, each with the reason. */
	dropped: DroppedItem[];
}

/** An item ingest found but left out of the draft. */
export interface DroppedItem {
	kind: 'actor' | 'event' | 'reaction';
	id: string;
	/** The actor's name, or the item's label. */
	label: string;
	reason: string;
}

/** A drafted story with its report, or the reason there is none. */
export type DraftResult =
	| { ok: true; story: Story; report: DraftReport; paragraphs: Paragraph[]; quotes: Quote[] }
	| { ok: false; error: string };

/** Drafts a story from an article's raw text. Never throws on bad input. */
export function draftStory(raw: string, options: DraftOptions = {}): DraftResult {
	const input = checkArticleText(raw);
	if (!input.ok) return { ok: false, error: input.reason };
	const seg = segmentArticle(input.text);
	if (!seg.paragraphs.length)
		return {
			ok: false,
			error: 'no body paragraphs found (is the text only page clutter or a header?)'
		};
	const published = normaliseDate(options.published ?? seg.header?.published);
	if (!published)
		return {
			ok: false,
			error:
				options.published || seg.header?.published
					? `publication date "${options.published ?? seg.header?.published}" is not a date (use YYYY-MM-DD)`
					: 'no publication date: relative dates ("Friday", "last week") cannot be resolved without one. Give --published YYYY-MM-DD or a "published:" line in the header block'
		};
	const share = englishShare(seg.paragraphs.map((p) => p.text).join(' '));
	if (share < 0.12)
		return {
			ok: false,
			error: `the article does not look like English (${Math.round(share * 100)}% common English words); ingest reads English only`
		};

	// Real paragraphs run to a few hundred words; a longer block is page text run together.
	const tooLong = seg.paragraphs.filter((p) => p.text.length > MAX_PARAGRAPH);
	const paragraphs = seg.paragraphs.map((p) =>
		p.text.length > MAX_PARAGRAPH ? { ...p, text: '' } : p
	);
	const table = resolveCoreference(findActors(paragraphs), paragraphs);
	const index = new MentionIndex(table, paragraphs);
	const quotes = findQuoteAttributions(paragraphs, index);

	const dateCache = new Map<number, DateMention[]>();
	const datesOf = (p: number, start: number, end: number) => {
		let all = dateCache.get(p);
		if (!all) {
			const text = paragraphs[p - 1]!.text;
			all = splitSentences(text).flatMap((s) =>
				findDates(s.text, published).map((d) => ({
					...d,
					start: d.start + s.start,
					end: d.end + s.start
				}))
			);
			// A wire dateline ("ISTANBUL, June 14 (Agency) -") dates the filing, not the events.
			const dateline = text.match(DATELINE);
			if (dateline) all = all.filter((d) => d.start >= dateline[0].length);
			dateCache.set(p, all);
		}
		return all.filter((d) => d.start >= start && d.start < end);
	};
	const events = findEvents(paragraphs, index, datesOf);
	const explicit = findReactions(paragraphs, index, quotes, events);
	const statements = findStatements(paragraphs, index, quotes);
	speakersFromStatements(quotes, statements, paragraphs);
	const reactions = [
		...explicit,
		...reactionsFromStatements(
			statements,
			paragraphs,
			index,
			events.length ? { kind: 'event', id: 0 } : null,
			explicit,
			(p, start, end) =>
				datesOf(p, start, end).find((d) => d.value?.precision === 'day')?.value?.start,
			published
		)
	];
	const title = seg.header?.title?.trim() || firstSentence(paragraphs[0]!.text);
	const slug = slugify(options.slug ?? title, 60);
	const url = seg.header?.source?.trim();
	const notes: string[] = [];
	if (!seg.header?.title)
		notes.push('no title in a header block; the first sentence stands in for it');
	if (!seg.header?.outlet) notes.push('no outlet in a header block');
	for (const p of tooLong)
		notes.push(`paragraph ${p.n} is ${p.text.length} characters long; it was not read for items`);

	const story = assemble({
		meta: {
			slug,
			title,
			outlet: seg.header?.outlet?.trim() || 'Unknown outlet',
			sourceUrl: url && /^https?:\/\/\S+$/.test(url) ? url : null,
			published
		},
		paragraphs,
		table,
		index,
		events,
		reactions,
		quotes,
		datesOf
	});

	const dropped: DroppedItem[] = [];
	// Actors named once, unsure, and in no item are left out.
	const kept = new Set(story.actors.map((a) => a.id));
	for (const a of table.actors)
		if (!kept.has(a.id))
			dropped.push({
				kind: 'actor',
				id: a.id,
				label: a.name,
				reason: `named ${a.count === 1 ? 'once' : `${a.count} times`} and in no event or reaction (${a.review ?? 'unsure'})`
			});

	// Safety net: anything the validator rejects is dropped and reported, never shipped.
	const check = validateStory(story, seg.paragraphs, { file: 'draft' });
	if (!check.ok) {
		dropped.push(...dropInvalid(story, check.problems));
		// What is left must pass as it is: a draft that still fails is not returned.
		const again = validateStory(story, seg.paragraphs, { file: 'draft' });
		if (!again.ok)
			return {
				ok: false,
				error: `could not draft a valid story: ${again.problems.map((pr) => `${pr.path}: ${pr.message}`).join('; ')}`
			};
	}
	if (!story.events.length && !story.reactions.length)
		notes.push('no dated events or reactions found');

	const flagged = [...story.actors, ...story.events, ...story.reactions].filter(
		(x) => x.review
	).length;
	return {
		ok: true,
		story,
		paragraphs: seg.paragraphs,
		quotes,
		report: {
			paragraphs: paragraphs.length,
			removed: seg.removed,
			actors: story.actors.length,
			events: story.events.length,
			reactions: story.reactions.length,
			quotes: { total: quotes.length, attributed: quotes.filter((q) => q.speaker).length },
			needsReview: flagged,
			notes,
			dropped
		}
	};
}

/**
 * Removes from a story the items the validator rejected, and the items that
 * lean on them (an event or reaction of a dropped actor, a reaction toward a
 * dropped event); returns each removed item with its reason.
 */
export function dropInvalid(story: Story, problems: readonly Problem[]): DroppedItem[] {
	const dropped: DroppedItem[] = [];
	const reasons = new Map<string, string[]>();
	for (const pr of problems) {
		const at = pr.path.match(/^(events|reactions|actors)\[(\d+)\]/);
		if (!at) continue;
		const key = `${at[1]}:${at[2]}`;
		reasons.set(key, [...(reasons.get(key) ?? []), `${pr.path}: ${pr.message}`]);
	}
	const drop = <T extends { id: string }>(
		list: T[],
		key: string,
		kind: DroppedItem['kind'],
		label: (x: T) => string,
		also: (x: T) => string | undefined = () => undefined
	): T[] =>
		list.filter((x, i) => {
			const reason = reasons.get(`${key}:${i}`)?.join('; ') ?? also(x);
			if (reason) dropped.push({ kind, id: x.id, label: label(x), reason });
			return !reason;
		});
	story.actors = drop(story.actors, 'actors', 'actor', (a) => a.name);
	const actorIds = new Set(story.actors.map((a) => a.id));
	const lostActor = (ids: string[]) => ids.find((id) => !actorIds.has(id));
	story.events = drop(
		story.events,
		'events',
		'event',
		(e) => e.label,
		(e) => {
			const lost = lostActor(e.actors);
			return lost ? `its actor "${lost}" was dropped` : undefined;
		}
	);
	const eventIds = new Set(story.events.map((e) => e.id));
	story.reactions = drop(
		story.reactions,
		'reactions',
		'reaction',
		(r) => r.label,
		(r) => {
			const lost = lostActor([r.actor]);
			if (lost) return `its actor "${lost}" was dropped`;
			return actorIds.has(r.toward) || eventIds.has(r.toward)
				? undefined
				: `its target "${r.toward}" was dropped`;
		}
	);
	return dropped;
}

function firstSentence(text: string): string {
	const s = splitSentences(text)[0]?.text ?? text;
	return s.length > 90 ? s.slice(0, 90).replace(/\s+\S*$/, '') + '…' : s;
}
