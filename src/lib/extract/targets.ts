/**
 * Targets that are events: a noun after a stance verb ("condemned the
 * launch", "welcomed the pact") resolved to the event it refers back to.
 */
import type { Paragraph } from '../article/segment.ts';
import type { FoundEvent } from './events.ts';
import { EVENT_NOUN_CUES, EVENT_NOUN_SAME_AS, EVENT_TARGET_NOUNS } from './lexicon.ts';

/**
 * What a reaction is toward until assembly: an actor by its id, or an event
 * by its place in the list of found events (assembly gives events their ids).
 */
export type Target = { kind: 'actor'; id: string } | { kind: 'event'; id: number };

/** An actor as a target. */
export const actorTarget = (id: string): Target => ({ kind: 'actor', id });

/** A key telling targets apart (for deduplication). */
export const targetKey = (t: Target): string => `${t.kind}:${t.id}`;

/** A noun phrase naming a happening ("the launch", "the deal") after a stance verb. */
export const EVENT_TARGET = new RegExp(
	`^\\s*(?:the|this|that|its|their|his|her|[A-Z][a-z]+day['’]s)\\s+(?:[a-z-]+\\s+){0,2}?(${EVENT_TARGET_NOUNS.join('|')})\\b`
);
/** Per noun, a pattern of the words an event's own text uses for it (a "launch" was "fired"). */
const RELATED: Record<string, RegExp> = Object.fromEntries(
	[...Object.keys(EVENT_NOUN_CUES), ...Object.keys(EVENT_NOUN_SAME_AS)].map((noun) => [
		noun,
		new RegExp(`\\b(?:${EVENT_NOUN_CUES[EVENT_NOUN_SAME_AS[noun] ?? noun]!.join('|')})`, 'i')
	])
);

/**
 * The event a noun refers back to ("condemned the launch"): the first event
 * up to this paragraph whose words share the noun's stem or a related verb,
 * else the article's lead event for nouns naming a main happening.
 */
export function eventFor(
	noun: string,
	p: number,
	events: readonly FoundEvent[],
	paragraphs: readonly Paragraph[]
): number {
	const key = noun in RELATED ? noun : noun.replace(/(?:es|s)$/, '');
	const related = RELATED[key] ?? new RegExp(`\\b${key.slice(0, 5)}`, 'i');
	const i = events.findIndex(
		(e) => e.paragraph <= p && related.test(paragraphs[e.paragraph - 1]!.text.slice(e.start, e.end))
	);
	if (i >= 0) return i;
	return RELATED[key] && events[0]?.paragraph === 1 ? 0 : -1;
}
