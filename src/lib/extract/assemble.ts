/**
 * Assembly of a draft story from what the extractors found: dates resolved
 * (explicit, anchored, or inherited from the article's main day, flagged),
 * ids given, same-day items ordered, unused actors dropped.
 */
import type { Paragraph } from '../article/segment.ts';
import type { Actor, Reaction, Story, StoryEvent, When } from '../story/schema.ts';
import type { ActorTable } from './actors.ts';
import { atPrecision, shift } from './calendar.ts';
import type { DateMention } from './dates.ts';
import type { FoundEvent } from './events.ts';
import { CHANNELS } from './lexicon.ts';
import type { MentionIndex } from './mentions.ts';
import type { Quote } from './quotes.ts';
import type { FoundReaction } from './reactions.ts';
import { labelOf } from './events.ts';
import { asides, IdPool, splitSentences } from './text.ts';

/** Everything assembly needs. */
export interface AssemblyInput {
	meta: Pick<Story, 'slug' | 'title' | 'outlet' | 'sourceUrl' | 'published'>;
	paragraphs: readonly Paragraph[];
	table: ActorTable;
	index: MentionIndex;
	events: FoundEvent[];
	reactions: FoundReaction[];
	quotes: Quote[];
	datesOf: (p: number, start: number, end: number) => DateMention[];
}

/** A resolved date; `explicit` where the sentence's own words give it, `counted` where counted on from one that did. */
type Dated = { when: When; explicit: boolean; counted?: boolean; review?: string };

/** Builds the draft story. */
export function assemble(input: AssemblyInput): Story {
	const { paragraphs, datesOf, meta } = input;
	const main = mainDay(input);
	// Each paragraph's sentences and lower-case text, worked out once.
	const split = new Map<
		Paragraph,
		{ sentences: ReturnType<typeof splitSentences>; lower: string }
	>();
	const sentencesOf = (para: Paragraph) => {
		let found = split.get(para);
		if (!found)
			split.set(
				para,
				(found = { sentences: splitSentences(para.text), lower: para.text.toLowerCase() })
			);
		return found;
	};
	const sentenceOf = (p: number, pos: number) => {
		const para = paragraphs[p - 1]!;
		return (
			sentencesOf(para).sentences.find((s) => pos >= s.start && pos < s.end) ?? {
				start: 0,
				end: para.text.length
			}
		);
	};
	const anchorDate = (noun: string): Dated['when'] | undefined => {
		const head = noun.split(/\s+/).at(-1)!.toLowerCase();
		let first: Dated['when'] | undefined;
		for (const para of paragraphs) {
			const { sentences, lower } = sentencesOf(para);
			for (const s of sentences) {
				const at = lower.indexOf(head, s.start);
				if (at < 0 || at >= s.end) continue;
				const days = datesOf(para.n, s.start, s.end).filter(
					(x) => x.value?.precision === 'day' && x.kind === 'point'
				);
				// A date that names the event itself wins: "the Oct. 13 attack", "the attack on Oct. 13".
				const own = days.find(
					(x) =>
						(x.end <= at && /^\s*(?:[\p{L}-]+\s+)?$/u.test(para.text.slice(x.end, at))) ||
						(x.start > at && /^\s+(?:on|of)\s+$/i.test(para.text.slice(at + head.length, x.start)))
				);
				if (own?.value) return { ...own.value, approximate: true, phrase: own.text };
				const d = days[0];
				if (d?.value) first ??= { ...d.value, approximate: true, phrase: d.text };
			}
		}
		return first;
	};
	const resolve = (
		dates: DateMention[],
		pastPerfect: boolean,
		previous: When | undefined,
		reaction = false,
		lastDay: When | undefined = previous
	): Dated => {
		const d = dates.find((x) => (x.kind === 'point' || x.kind === 'vague') && x.value);
		if (d?.value) return { when: { ...d.value, phrase: d.text }, explicit: true };
		// "Two days later", "the next day": counted on from the item told before.
		const sequel = dates.find((x) => x.kind === 'sequel' && x.after);
		if (sequel?.after) {
			const from = lastDay ?? main.when;
			const { n, unit } = sequel.after;
			const fine = from.precision === 'day';
			return {
				when: {
					start: fine ? atPrecision(shift(from.start, n, unit), unit) : from.start,
					precision: fine ? unit : from.precision,
					approximate: true,
					phrase: sequel.text
				},
				explicit: false,
				counted: true,
				review: `date counted on from the item before ("${sequel.text}")`
			};
		}
		const anchored = dates.find((x) => x.kind === 'anchored' && x.anchor);
		if (anchored?.anchor) {
			let at = anchorDate(anchored.anchor.noun) ?? main.when;
			// "The week after the vote": one unit on from the anchor's day.
			const offset = anchored.anchor.offset;
			if (offset && at.precision === 'day')
				at = {
					...at,
					start: atPrecision(
						shift(
							at.start,
							anchored.anchor.direction === 'before' ? -offset.n : offset.n,
							offset.unit
						),
						offset.unit
					),
					precision: offset.unit
				};
			return {
				when: { ...at, approximate: true, phrase: anchored.text },
				explicit: false,
				review: `date anchored to another event ("${anchored.anchor.noun}")`
			};
		}
		const vague = dates.find((x) => x.kind === 'vague');
		if (vague)
			return {
				when: { ...main.when, approximate: true, phrase: vague.text },
				explicit: false,
				review: `vague time ("${vague.text}"); placed on the article's main day`
			};
		if (pastPerfect)
			return {
				when: {
					start: main.when.start.slice(0, 7),
					precision: 'month',
					approximate: true,
					phrase: '(before the main events; no date given)'
				},
				explicit: false,
				review: 'reported as having happened before; the article gives no date'
			};
		if (previous)
			return {
				when: { ...previous, approximate: true, phrase: '(no date in the sentence)' },
				explicit: false,
				review: 'no date in the sentence; placed with the item before it'
			};
		// What an actor says with no date is reported as said by publication.
		if (reaction)
			return {
				when: {
					start: meta.published,
					precision: 'day',
					approximate: true,
					phrase: '(no date in the sentence)'
				},
				explicit: false,
				review: 'no date in the sentence; placed on the publication day'
			};
		return {
			when: { ...main.when, approximate: true, phrase: '(no date in the sentence)' },
			explicit: false,
			review: "no date in the sentence; placed on the article's main day"
		};
	};

	// Events and reactions never take an actor's id: ids are unique across the three lists.
	const ids = new IdPool(input.table.actors.map((a) => a.id));
	const used = new Set<string>();
	type Placed = { order: [number, number, number]; when: When };
	const placed: Placed[] = [];

	const events: StoryEvent[] = [];
	let previous: When | undefined;
	let lastDay: When | undefined;
	let prevParagraph = 0;
	const eventIds: string[] = [];
	const spanIds = new Map<string, string>();
	for (const e of input.events) {
		const key = `${e.paragraph}:${e.start}:${e.end}`;
		const known = spanIds.get(key);
		if (known) {
			eventIds.push(known);
			continue;
		}
		const quote = paragraphs[e.paragraph - 1]!.text.slice(e.start, e.end);
		const dated: Dated = e.fixed
			? { when: { ...e.fixed, phrase: e.dates[0]!.text }, explicit: true, review: e.review }
			: resolve(
					outsideAsides(paragraphs[e.paragraph - 1]!.text, e.dates),
					e.pastPerfect,
					e.follows || e.paragraph === prevParagraph ? previous : undefined,
					false,
					lastDay
				);
		if (!e.fixed && !e.pastPerfect && dated.when.precision === 'day') {
			previous = { ...dated.when, phrase: dated.when.phrase };
			prevParagraph = e.paragraph;
			// "Two days later" counts on from a day the article gave, not one placed by guess.
			if (dated.explicit || dated.counted) lastDay = previous;
		}
		e.actors.forEach((a) => used.add(a));
		const review =
			[e.fixed ? undefined : e.review, dated.review].filter(Boolean).join('; ') || undefined;
		const event: StoryEvent = {
			id: ids.take(e.label),
			label: e.label,
			actors: e.actors,
			when: dated.when,
			sources: [{ paragraph: e.paragraph, quote }],
			confidence: round(e.confidence * (dated.explicit ? 1 : 0.8)),
			...(review ? { review } : {})
		};
		events.push(event);
		eventIds.push(event.id);
		spanIds.set(key, event.id);
		placed.push({ order: [e.pastPerfect ? 0 : 1, e.paragraph, e.start], when: event.when });
	}

	const reactions: Reaction[] = [];
	for (const r of input.reactions) {
		const text = paragraphs[r.paragraph - 1]!.text;
		const s = sentenceOf(r.paragraph, r.start);
		const dated = resolve(
			outsideAsides(text, datesOf(r.paragraph, s.start, s.end)),
			false,
			undefined,
			true
		);
		const actor = input.index.actor(r.actor)!;
		const toEvent = r.toward.kind === 'event';
		const toward = r.toward.kind === 'event' ? eventIds[r.toward.id]! : r.toward.id;
		const targetEvent = toEvent ? events.find((e) => e.id === toward) : undefined;
		const target = targetEvent
			? { id: toward, name: targetEvent.label }
			: input.index.actor(toward)!;
		used.add(r.actor);
		if (!toEvent) used.add(toward);
		const quote = text.slice(r.start, r.end).trim();
		const channel = CHANNELS.find(([re]) => re.test(text.slice(s.start, s.end)))?.[1] ?? null;
		const cue =
			r.cue === 'quote' ? `“${shorten(text.slice(r.start + 1, r.end - 1), 60)}”` : `${r.cue}`;
		const review = [r.review, dated.review].filter(Boolean).join('; ') || undefined;
		const reaction: Reaction = {
			id: ids.take(`${actor.id}-${r.stance}-${toEvent ? 'event' : target.id}`),
			label: r.cue === 'quote' ? cue : labelOf(quote),
			actor: r.actor,
			toward,
			stance: r.stance,
			channel,
			when: dated.when,
			sources: [
				{ paragraph: r.paragraph, quote },
				...(r.extra ?? []).map((x) => ({
					paragraph: x.paragraph,
					quote: paragraphs[x.paragraph - 1]!.text.slice(x.start, x.end).trim()
				}))
			],
			confidence: round(r.confidence * (dated.explicit ? 1 : 0.85)),
			...(review ? { review } : {})
		};
		reactions.push(reaction);
		placed.push({ order: [1, r.paragraph, r.start], when: reaction.when });
	}
	for (const q of input.quotes) if (q.speaker) used.add(q.speaker);

	// Order same-day items: earlier-reported-as-before first, then the article's order.
	const byDay = new Map<string, Placed[]>();
	for (const pl of placed)
		if (pl.when.precision === 'day' && !pl.when.end)
			byDay.set(pl.when.start, [...(byDay.get(pl.when.start) ?? []), pl]);
	for (const group of byDay.values())
		if (group.length > 1)
			group
				.sort(
					(a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.order[2] - b.order[2]
				)
				.forEach((pl, i) => (pl.when.sequence = i + 1));

	const actors: Actor[] = input.table.actors
		.filter(
			// Unused actors stay unless ingest is unsure of them and the article names them once.
			(a) => used.has(a.id) || a.count >= 2 || !a.review
		)
		.map((a) => ({
			id: a.id,
			name: a.name,
			kind: a.kind,
			country: a.country,
			...(a.country ? {} : { region: a.region ?? 'Unknown' }),
			role: a.role,
			confidence: round(a.confidence),
			...(a.review ? { review: a.review } : {})
		}));
	return { ...meta, language: 'en', draft: true, actors, events, reactions };
}

/** The article's main day: the first day-precise date of its first paragraphs, else publication. */
function mainDay(input: AssemblyInput): { when: When } {
	const { paragraphs, datesOf, meta } = input;
	for (const para of paragraphs.slice(0, 4)) {
		const d = datesOf(para.n, 0, para.text.length).find(
			(x) => x.kind === 'point' && x.value?.precision === 'day'
		);
		if (d?.value)
			return {
				when: { start: d.value.start, precision: 'day', approximate: false, phrase: d.text }
			};
	}
	const counts = new Map<string, number>();
	for (const para of paragraphs)
		for (const d of datesOf(para.n, 0, para.text.length))
			if (d.kind === 'point' && d.value?.precision === 'day')
				counts.set(d.value.start, (counts.get(d.value.start) ?? 0) + 1);
	const best = [...counts].sort((a, b) => b[1] - a[1])[0];
	return {
		when: {
			start: best?.[0] ?? meta.published,
			precision: 'day',
			approximate: !best,
			phrase: 'publication day'
		}
	};
}

const round = (x: number) => Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
const shorten = (s: string, n: number) =>
	s.length > n ? s.slice(0, n).replace(/\s+\S*$/, '') + '…' : s;

/** Date mentions outside asides (" - who had met him this week - "): those date the aside, not the clause. */
function outsideAsides(text: string, dates: DateMention[]): DateMention[] {
	const spans = asides(text);
	return dates.filter((d) => !spans.some(([a, b]) => d.start >= a && d.start < b));
}
