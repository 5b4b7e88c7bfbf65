/**
 * Reactions from statements: every actor who says or does something about
 * the story reacts, at the paragraph where it first does, with a stance from
 * its verb or its words and a target from the verb's object, else from what
 * it talks about, else the article's main event. An actor's later
 * statements in the same vein join that reaction as further sources; a
 * change of stance starts a new one.
 */
import type { Paragraph } from '../article/segment.ts';
import type { MentionIndex } from './mentions.ts';
import { insideQuote } from './mentions.ts';
import {
	APPEAL_VERBS,
	CONCESSION_VERBS,
	FACELESS_GROUPS,
	GROUP_STANCE,
	NEGATIONS,
	verbPattern
} from './lexicon.ts';
import type { FoundReaction } from './reactions.ts';
import type { Statement } from './statements.ts';
import { stanceOfWords, verbStance, type StanceReading } from './stance.ts';
import { actorTarget, type Target } from './targets.ts';

/** Sources a reaction gathers at most. */
const MAX_SOURCES = 4;

/** Turns statements into reactions, leaving out actors and paragraphs `explicit` already covers. */
export function reactionsFromStatements(
	statements: readonly Statement[],
	paragraphs: readonly Paragraph[],
	index: MentionIndex,
	mainEvent: Target | null,
	explicit: readonly FoundReaction[],
	dayOf: (paragraph: number, start: number, end: number) => string | undefined = () => undefined,
	today?: string
): FoundReaction[] {
	const out: FoundReaction[] = [];
	// The day each reaction is dated by in its own words, else the day of publication.
	const days = new Map<FoundReaction, string | undefined>();
	const dayOfReaction = (r: FoundReaction) => {
		if (!days.has(r)) days.set(r, dayOf(r.paragraph, r.start, r.end) ?? today);
		return days.get(r);
	};
	const covered = new Set(explicit.map((r) => `${r.actor}|${r.paragraph}`));
	const last = new Map<string, FoundReaction>();
	for (const r of explicit) if (!last.has(r.actor)) last.set(r.actor, r);
	// One reading per actor and paragraph: everything it says there, together.
	const groups = new Map<string, Statement[]>();
	for (const s of statements) {
		const key = `${s.actor}|${s.paragraph}`;
		groups.set(key, [...(groups.get(key) ?? []), s]);
	}
	for (const [key, group] of groups) {
		if (covered.has(key)) continue;
		const s = group.find((x) => x.verb !== 'quote') ?? group[0]!;
		// "Officials said", "sources said": no body named, so no one's reaction.
		if (isFaceless(index.actor(s.actor))) continue;
		const text = paragraphs[s.paragraph - 1]!.text;
		const reading = byGroupName(readGroup(group, text), index.actor(s.actor));
		const previous = last.get(s.actor);
		const { start, end } = span(group, s.paragraph);
		// A statement dated to another day than the reaction it would join is another moment.
		const day = dayOf(s.paragraph, start, end);
		const sameMoment =
			!previous || !day || !dayOfReaction(previous) || day === dayOfReaction(previous);
		if (
			previous &&
			sameMoment &&
			(previous.stance === reading.stance || reading.stance === 'neutral')
		) {
			const sources = (previous.extra ??= []);
			if (sources.length + 1 < MAX_SOURCES && previous.paragraph !== s.paragraph)
				sources.push(span(group, s.paragraph));
			continue;
		}
		const named = targetOf(s, text, index);
		const other = named ? null : principal(index, s.actor);
		const target = named ? actorTarget(named) : (mainEvent ?? (other ? actorTarget(other) : null));
		if (!target) continue;
		const r: FoundReaction = {
			actor: s.actor,
			toward: target,
			stance: reading.stance,
			paragraph: s.paragraph,
			start,
			end,
			cue: reading.cue || s.verb,
			confidence: Math.min(s.confidence, reading.confidence + 0.2),
			review:
				[s.review, reading.cue ? undefined : 'stance not stated; taken as neutral']
					.filter(Boolean)
					.join('; ') || undefined
		};
		out.push(r);
		last.set(s.actor, r);
		covered.add(key);
	}
	return out;
}

/** A group named by a bare noun that stands for no body ("Officials", "Sources"). */
function isFaceless(actor: { kind: string; name: string } | undefined): boolean {
	return actor?.kind === 'group' && FACELESS_GROUPS.has(actor.name.toLowerCase());
}

/** A group named for its stance ("critics", "supporters") takes that stance where its words say none. */
function byGroupName(
	reading: StanceReading,
	actor: { kind: string; name: string } | undefined
): StanceReading {
	if (reading.stance !== 'neutral' || actor?.kind !== 'group') return reading;
	const noun = actor.name.toLowerCase().split(/\s+/).at(-1)!;
	const stance = GROUP_STANCE[noun];
	return stance ? { stance, cue: noun, confidence: 0.5 } : reading;
}

/** The stance of what an actor says in one paragraph: a stance verb first, else all its words. */
function readGroup(group: readonly Statement[], text: string): StanceReading {
	let best: StanceReading | null = null;
	const sides = new Map<string, string>();
	for (const s of group) {
		if (s.verb === 'quote') continue;
		const r = verbStance(s.verb, beforeVerb(s, text), text.slice(s.said[0], s.said[1]));
		// An appeal to others ("urged her supporters to accept it") takes no side against the rest.
		if (r && !sides.has(r.stance) && !APPEAL_VERBS.includes(s.verb)) sides.set(r.stance, r.cue);
		if (r && (!best || r.confidence > best.confidence)) best = r;
	}
	// "backed the money for hospitals but opposed the cuts": both sides taken is mixed.
	if (sides.has('supportive') && sides.has('critical'))
		return {
			stance: 'mixed',
			cue: `${sides.get('supportive')}, ${sides.get('critical')}`,
			confidence: 0.6
		};
	if (best) return best;
	const words = stanceOfWords(group.map((s) => text.slice(s.start, s.end)).join(' '));
	if (words.stance !== 'neutral') return words;
	// "She admitted the plan had faults": a concession grants the other side a point.
	const conceded = group.find(
		(s) => CONCESSION_VERBS.includes(s.verb) && !NEGATIONS.test(beforeVerb(s, text))
	);
	return conceded ? { stance: 'mixed', cue: conceded.verb, confidence: 0.5 } : words;
}

/** Any form of each base verb ending a text, with the space after it; made once per verb. */
const VERB_AT_END = new Map<string, RegExp>();

/** A statement's words before its verb, where a negation would stand ("did not condemn"). */
function beforeVerb(s: Statement, text: string): string {
	let re = VERB_AT_END.get(s.verb);
	if (!re) VERB_AT_END.set(s.verb, (re = new RegExp(`(?:${verbPattern([s.verb])})\\s*$`, 'iu')));
	return text.slice(s.start, s.said[0]).replace(re, '');
}

/** The paragraph span covering a group's evidence (from the first start to the last end). */
function span(group: readonly Statement[], paragraph: number) {
	return {
		paragraph,
		start: Math.min(...group.map((s) => s.start)),
		end: Math.max(...group.map((s) => s.end))
	};
}

/** The first actor other than the speaker named in what the statement says, outside quotes. */
function targetOf(s: Statement, text: string, index: MentionIndex): string | null {
	const speaker = index.actor(s.actor);
	for (const m of index.within(s.paragraph, s.said[0], s.said[1])) {
		if (m.actor === s.actor) continue;
		if (s.verb !== 'quote' && insideQuote(text, m.start)) continue;
		const a = index.actor(m.actor);
		if (!a || (speaker?.country && a.kind === 'government' && a.country === speaker.country))
			continue;
		return m.actor;
	}
	return null;
}

/** The actor the article names most, other than `not`. */
function principal(index: MentionIndex, not: string): string | null {
	let best: { id: string; count: number } | null = null;
	for (const id of index.actorIds()) {
		const a = index.actor(id)!;
		if (id !== not && (!best || a.count > best.count)) best = { id, count: a.count };
	}
	return best?.id ?? null;
}
