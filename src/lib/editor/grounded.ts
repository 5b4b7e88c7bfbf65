/**
 * Grounded adding: an item made from words selected in the article. The
 * paragraph and the verbatim quote come from the selection itself; the
 * actor is proposed from the story's actors named in the paragraph, the
 * date from the paragraph's date expressions, the target from what the
 * paragraph (or the one before) already cites. Everything proposed is
 * marked for review.
 */
import type { Paragraph } from '../article/segment.ts';
import { findDates } from '../extract/dates.ts';
import { splitSentences } from '../extract/text.ts';
import type { Actor, Source, Story, When } from '../story/schema.ts';
import type { NewEvent, NewReaction } from './operations.ts';

/** A span of words selected in paragraph `paragraph`: character offsets into its text. */
export interface TextSelection {
	paragraph: number;
	start: number;
	end: number;
}

/**
 * The quote a selection gives: the paragraph's own characters between the
 * offsets, without surrounding white space. Null for an empty selection.
 */
export function quoteOf(
	paragraphs: readonly Paragraph[],
	sel: TextSelection
): (Source & { start: number; end: number }) | null {
	const text = paragraphs[sel.paragraph - 1]?.text;
	if (text === undefined) return null;
	let start = Math.max(0, Math.min(sel.start, sel.end));
	let end = Math.min(text.length, Math.max(sel.start, sel.end));
	while (start < end && /\s/.test(text[start]!)) start++;
	while (end > start && /\s/.test(text[end - 1]!)) end--;
	if (start === end) return null;
	return { paragraph: sel.paragraph, quote: text.slice(start, end), start, end };
}

/** The words an actor is named by in running text: its name, and a person's surname. */
function namesOf(actor: Actor): string[] {
	const names = [actor.name];
	const words = actor.name.split(/\s+/);
	if (actor.kind === 'person' && words.length > 1) names.push(words.at(-1)!);
	return names.filter((n) => n.length > 1);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where the story's actors are named in a text: offsets and actor ids, in reading order. */
export function actorMentions(
	story: Story,
	text: string
): { id: string; start: number; end: number }[] {
	const out: { id: string; start: number; end: number }[] = [];
	for (const a of story.actors)
		for (const name of namesOf(a))
			for (const m of text.matchAll(
				new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'gu')
			))
				out.push({ id: a.id, start: m.index, end: m.index + m[0].length });
	return out.sort((x, y) => x.start - y.start);
}

/**
 * The actor a selection most likely belongs to: the actor named nearest
 * before the selection in its sentence, else nearest after it, else nearest
 * anywhere in the paragraph. Null when the paragraph names none.
 */
export function proposeActor(
	story: Story,
	text: string,
	start: number,
	end: number
): string | null {
	const mentions = actorMentions(story, text);
	if (!mentions.length) return null;
	const sentence = splitSentences(text).find((s) => s.start <= start && start < s.end) ?? {
		start: 0,
		end: text.length
	};
	const inSentence = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
	const outside = inSentence.filter((m) => m.end <= start || m.start >= end);
	const pool = outside.length ? outside : inSentence.length ? inSentence : mentions;
	const distance = (m: { start: number; end: number }) =>
		m.end <= start ? start - m.end : m.start >= end ? m.start - end + 0.5 : 0;
	return pool.reduce((best, m) => (distance(m) < distance(best) ? m : best)).id;
}

/**
 * The date a selection most likely has: the date expression nearest to it
 * in the paragraph (its own sentence first), resolved against the
 * publication date. Without one, the publication day, marked approximate.
 */
export function proposeWhen(
	text: string,
	start: number,
	published: string
): { when: When; found: boolean } {
	const dates = splitSentences(text).flatMap((s) =>
		findDates(s.text, published)
			.filter((d) => d.value)
			.map((d) => ({ ...d, start: d.start + s.start, end: d.end + s.start, sentence: s }))
	);
	if (!dates.length)
		return {
			when: {
				start: published,
				precision: 'day',
				approximate: true,
				phrase: 'not dated in the article'
			},
			found: false
		};
	const own = dates.filter((d) => d.sentence.start <= start && start < d.sentence.end);
	const pool = own.length ? own : dates;
	const best = pool.reduce((a, b) =>
		Math.abs(b.start - start) < Math.abs(a.start - start) ? b : a
	);
	const v = best.value!;
	const when: When = {
		start: v.start,
		precision: v.precision,
		approximate: v.approximate,
		phrase: best.text
	};
	if (v.end) when.end = v.end;
	return { when, found: true };
}

/**
 * What a reaction in paragraph `n` is most likely toward: an event cited in
 * that paragraph or the nearest one before it, else the first other actor.
 */
export function proposeTarget(story: Story, n: number, actor: string | null): string | null {
	for (let p = n; p >= 1; p--) {
		const e = story.events.find((ev) => ev.sources.some((s) => s.paragraph === p));
		if (e) return e.id;
	}
	return story.events[0]?.id ?? story.actors.find((a) => a.id !== actor)?.id ?? null;
}

/** A short label from a quote: its first words. */
export function labelOf(quote: string, words = 8): string {
	const w = quote.replace(/^[“"‘']+|[”"’']+$/g, '').split(/\s+/);
	return w.length > words ? `${w.slice(0, words).join(' ')}…` : w.join(' ');
}

/** A reaction grounded in a selection, ready to add; null for an empty selection. */
export function groundedReaction(
	story: Story,
	paragraphs: readonly Paragraph[],
	sel: TextSelection
): NewReaction | null {
	const q = quoteOf(paragraphs, sel);
	if (!q) return null;
	const text = paragraphs[q.paragraph - 1]!.text;
	const actor = proposeActor(story, text, q.start, q.end);
	const toward = proposeTarget(story, q.paragraph, actor);
	const { when, found } = proposeWhen(text, q.start, story.published);
	const review = [
		'added by hand: check actor, stance and target',
		found ? '' : 'no date in the paragraph'
	]
		.filter(Boolean)
		.join('; ');
	return {
		label: labelOf(q.quote),
		actor: actor ?? '',
		toward: toward ?? '',
		stance: 'neutral',
		channel: null,
		when,
		sources: [{ paragraph: q.paragraph, quote: q.quote }],
		review
	};
}

/** An event grounded in a selection, ready to add; null for an empty selection. */
export function groundedEvent(
	story: Story,
	paragraphs: readonly Paragraph[],
	sel: TextSelection
): NewEvent | null {
	const q = quoteOf(paragraphs, sel);
	if (!q) return null;
	const text = paragraphs[q.paragraph - 1]!.text;
	const actor = proposeActor(story, text, q.start, q.end);
	const { when, found } = proposeWhen(text, q.start, story.published);
	return {
		label: labelOf(q.quote),
		actors: actor ? [actor] : [],
		when,
		sources: [{ paragraph: q.paragraph, quote: q.quote }],
		review: found
			? 'added by hand: check label and actors'
			: 'added by hand: no date in the paragraph'
	};
}
