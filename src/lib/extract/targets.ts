/**
 * Targets that are events: a noun after a stance verb ("condemned the
 * launch", "welcomed the pact") resolved to the event it refers back to.
 */
import type { Paragraph } from '../article/segment.ts';
import type { FoundEvent } from './events.ts';

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
export const EVENT_TARGET =
	/^\s*(?:the|this|that|its|their|his|her|[A-Z][a-z]+day['’]s)\s+(?:[a-z-]+\s+){0,2}?(launch|launches|test|tests|talks|fine|decision|pact|ruling|meeting|attack|attacks|strike|strikes|vote|deal|agreement|plan|bill|announcement|law|sanctions|election|invasion|proposal|budget|verdict|visit|treaty|investigation|crackdown)\b/;
const RELATED: Record<string, RegExp> = {
	launch: /\b(?:fired|launched|tested|launch|test)/i,
	test: /\b(?:fired|launched|tested|launch|test)/i,
	talks: /\b(?:talks|met|meet|hosted|meeting|negotiat)/i,
	meeting: /\b(?:talks|met|meet|hosted|meeting)/i,
	fine: /\b(?:fined|fine|penalt)/i,
	decision: /\b(?:fined|ruled|decided|decision|ruling|approved|passed)/i,
	ruling: /\b(?:ruled|ruling|court)/i,
	bill: /\b(?:bill|law|passed|approved)/i,
	law: /\b(?:bill|law|passed|approved)/i,
	deal: /\b(?:deal|agreement|pact|signed|agreed|accord)/i,
	pact: /\b(?:deal|agreement|pact|signed|agreed|accord)/i,
	agreement: /\b(?:deal|agreement|pact|signed|agreed|accord)/i,
	vote: /\b(?:vote|voted|approved|passed|ballot)/i
};

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
