/**
 * Reported reactions, each with a stance toward a target taken from the
 * reporting verb and its object ("Democrats accused Trump" → critical of
 * Trump; "expressed support for the mayor" → supportive), from what a
 * speaker says about a target ("said the company was to blame"), and from
 * attributed quotes that name their target. Never from sentiment scores.
 */
import type { Paragraph } from '../article/segment.ts';
import type { Stance } from '../story/schema.ts';
import type { Mention } from './actors.ts';
import {
	CLAUSE_STANCE,
	CONTRAST_SPEECH,
	FEELING_STANCES,
	STAKEHOLDER_NOUNS,
	GROUP_NOUNS,
	QUOTE_SUPPORT,
	STANCE_NOUNS,
	STANCE_NOUN_VERBS,
	STANCE_VERBS,
	baseOf,
	verbPattern,
	SUPPORT_DEGREE_WORDS
} from './lexicon.ts';
import { insideQuote, type MentionIndex } from './mentions.ts';
import type { FoundEvent } from './events.ts';
import type { Quote } from './quotes.ts';
import { EVENT_TARGET, actorTarget, eventFor, targetKey, type Target } from './targets.ts';
import { asides, PASSIVE_BEFORE, splitSentences } from './text.ts';
import {
	lacksObject,
	noActBefore,
	nounBefore,
	openingMeasure,
	unnamedGroup
} from './statements.ts';
import { appealsForCalm, backIsNotSupport, calmAfter, turnedOver } from './stance.ts';

/** A reaction found in the text, before dates and ids are given. */
export interface FoundReaction {
	actor: string;
	toward: Target;
	stance: Stance;
	paragraph: number;
	/** Offsets of the evidence in the paragraph (a verbatim span). */
	start: number;
	end: number;
	/** The words that carry the stance ("accused", "support for", a quote). */
	cue: string;
	confidence: number;
	review?: string;
	/** Further evidence in later paragraphs (offsets in those paragraphs). */
	extra?: { paragraph: number; start: number; end: number }[];
}

const STANCE_RE = new RegExp(`\\b(${verbPattern(Object.keys(STANCE_VERBS))})\\b`, 'giu');
const NOUN_RE = new RegExp(
	`\\b(?:${STANCE_NOUN_VERBS.join('|')})\\s+(?:their|its|his|her|our|an?)?\\s*(?:${SUPPORT_DEGREE_WORDS.join('|')})?\\s*(${Object.keys(STANCE_NOUNS).join('|')})\\s+(?:for|to|with|of|at|over|against|about|through)\\s+`,
	'giu'
);
/**
 * A stance noun owned by its actor: "his complaints about the judge", "her
 * praise for the crew", "the union's opposition to the plan".
 */
const OWNED_NOUN_RE = new RegExp(
	`(?:\\b(his|her|its)|['’]s)\\s+(?:[a-z]+\\s+)?(${Object.keys(STANCE_NOUNS).join('|')})\\s+(?:for|to|with|of|at|over|about|against)\\s+`,
	'gu'
);
/**
 * A stance noun and who it comes from: "criticism from opposition parties",
 * "praise from the union", "calls from the Greens".
 */
const FROM_NOUN_RE = new RegExp(
	`\\b(${[...Object.keys(STANCE_NOUNS), 'calls'].join('|')})\\s+(?:from|among|by)\\s+`,
	'giu'
);
/** "residents reacted with fury", "the union responded with anger to …": a stance noun as a reaction. */
const REACTED_RE = new RegExp(
	`\\b(?:reacted|responded)\\s+with\\s+(?:[a-z]+\\s+)?(${Object.keys(STANCE_NOUNS).join('|')})\\b`,
	'giu'
);
/** "were furious about", "is delighted with": a feeling toward what follows. */
const FEELING_RE = new RegExp(
	`\\b(was|were|is|are|has been|have been|had been)\\s+(?:(?:so|very|deeply|visibly|clearly|reportedly|also)\\s+)?(${Object.keys(FEELING_STANCES).join('|')})\\s+(?:about|at|over|with|by)\\s+`,
	'giu'
);
const SAY_RE = new RegExp(
	`\\b(${verbPattern(['say', 'tell', 'argue', 'insist', 'claim', 'declare', 'state', 'add', 'warn'])})\\b`,
	'giu'
);
/** A target read after a verb; `guessed` when the main government stands in for an unnamed one. */
interface TargetHit {
	target: Target;
	guessed: boolean;
}
/** Named actors as targets. */
const named = (mentions: readonly Mention[]): TargetHit[] =>
	mentions.map((m) => ({ target: actorTarget(m.actor), guessed: false }));
/** Whether a target was guessed. */
const guessed = (targets: TargetHit[]) => targets.some((t) => t.guessed);
/** A group right before the verb: up to two words ending in a stakeholder noun ("the club’s owners"). */
const GROUP_SUBJECT = new RegExp(
	`(?:^|[\\s,])((?:[\\p{L}'’-]+\\s+){0,2}?(?:${STAKEHOLDER_NOUNS.join('|')}))\\s+(?:have\\s+|had\\s+|also\\s+|quickly\\s+)*$`,
	'iu'
);
/** A group right after "by" or "from": up to three words ending in a group noun ("environmental groups"). */
const GROUP_AGENT = new RegExp(`^((?:[A-Za-z-]+\\s+){0,3}?(?:${GROUP_NOUNS.join('|')}))\\b`);
/** The words before a sentence's subject: capitalised words, "the", "a" ("However, the …" is not). */
const SUBJECT_LEAD = /^(?:[\p{Lu}][\p{L}-]*\s+|the\s+|a\s+)*$/u;
/** An unnamed group as a reaction's actor, flagged for review. */
const REVIEW_GROUP = 'a group the article does not name; check who is meant';
/**
 * Who a stance comes from where the article names no one, only a group right at `from`
 * ("by environmental groups", "from opposition councillors"): that group, flagged for review.
 */
function unnamedAgent(
	index: MentionIndex,
	text: string,
	p: number,
	from: number,
	end: number
): Mention[] {
	const group = text.slice(from, end).match(GROUP_AGENT);
	if (!group) return [];
	const { rec, mention } = unnamedGroup(index, group[1]!, p, from + group[1]!.length);
	rec.review = REVIEW_GROUP;
	return mention ? [mention] : [];
}
const CONTRAST = new RegExp(`,?\\s+but\\s+(?:\\w+\\s+){0,3}?(?:${CONTRAST_SPEECH.join('|')})`, 'i');
const OBJECT_PRONOUN =
	/^[\s,]*(?:him|them|her(?=\s*(?:[,.;:!?)"”]|$)|\s+(?:to|for|of|on|over|about|as|in|at|with|by|after|and|but|that|because|from|into|again|publicly|directly)\b))\b/i;

/** Finds the reactions of an article. */
export function findReactions(
	paragraphs: readonly Paragraph[],
	index: MentionIndex,
	quotes: readonly Quote[],
	events: readonly FoundEvent[] = []
): FoundReaction[] {
	const out: FoundReaction[] = [];
	const mainGovernment = index.mainGovernment();
	// The article's main event, the target where no other is named.
	const mainEvent: TargetHit[] = events.length
		? [{ target: { kind: 'event', id: 0 }, guessed: false }]
		: [];
	for (const para of paragraphs) {
		const text = para.text;
		const p = para.n;
		const spans = asides(text);
		for (const s of splitSentences(text)) {
			const subjectOf = (at: number): Mention[] => {
				const g = index.groupBefore(p, s.start, at);
				if (g.length) return g;
				// A group named in lower case right before the verb ("opposition parties accused her").
				const group = text.slice(s.start, at).match(GROUP_SUBJECT);
				if (group) {
					const end = s.start + group.index! + group[0].indexOf(group[1]!) + group[1]!.length;
					const { rec, mention } = unnamedGroup(index, group[1]!, p, end);
					rec.review = REVIEW_GROUP;
					return mention ? [mention] : [];
				}
				const pron = text.slice(s.start, at).match(/\b(he|she|they)\s+(?:\w+\s+)?$/i);
				if (pron) {
					const m = index.lastPerson(p, s.start + pron.index!, undefined, pron[1]);
					return m ? [m] : [];
				}
				// The sentence's subject: "X condemned … and called on …", "X …, thanking …".
				const first = index.within(p, s.start, at).find((m) => !insideQuote(text, m.start));
				return first && SUBJECT_LEAD.test(text.slice(s.start, first.start))
					? index.groupAfter(p, first.start, at)
					: [];
			};
			const targetOf = (from: number, exclude: Set<string>, allowFallback = true): TargetHit[] => {
				const g = index.groupAfter(p, from, s.end);
				if (g.length) return named(g);
				const pron = text.slice(from).match(OBJECT_PRONOUN);
				if (pron) {
					const m = index.lastPerson(p, from, exclude);
					return m ? named([m]) : [];
				}
				// "thanked the countries that…": the governments just named, other than the speaker's own.
				if (/^\s*the (?:countries|nations|governments|allies)\b/.test(text.slice(from))) {
					const own = new Set([...exclude].map((id) => index.actor(id)?.country));
					const governments = [
						...index.within(p - 1, 0, Infinity),
						...index.within(p, 0, from)
					].filter((m) => {
						const a = index.actor(m.actor);
						return a?.kind === 'government' && !own.has(a.country) && a.id !== mainGovernment;
					});
					const unique = [...new Map(governments.map((m) => [m.actor, m])).values()];
					if (unique.length) return named(unique);
				}
				const ev = text.slice(from, s.end).match(EVENT_TARGET);
				if (ev) {
					const i = eventFor(ev[1]!.toLowerCase(), p, events, paragraphs);
					if (i >= 0) return [{ target: { kind: 'event', id: i }, guessed: false }];
				}
				// A stance toward a thing the article does not name an actor for ("condemned the police
				// response"): the government of the country the article is about, flagged for review.
				if (
					mainGovernment &&
					allowFallback &&
					/^\s*(?:the|its|their)\s+[a-z]/.test(text.slice(from)) &&
					!exclude.has(mainGovernment)
				) {
					return [{ target: actorTarget(mainGovernment), guessed: true }];
				}
				return [];
			};
			const add = (
				subjects: Mention[],
				targets: TargetHit[],
				stance: Stance,
				cue: string,
				start: number,
				confidence: number,
				review?: string
			) => {
				for (const a of subjects)
					for (const { target } of targets)
						if (target.kind === 'event' || a.actor !== target.id)
							out.push({
								actor: a.actor,
								toward: target,
								stance,
								paragraph: p,
								start,
								end: s.end,
								cue,
								confidence,
								review
							});
			};
			const body = text.slice(s.start, s.end);
			for (const m of body.matchAll(STANCE_RE)) {
				const at = s.start + m.index;
				if (insideQuote(text, at)) continue;
				// Background in an aside (", which has urged Kenya to …,") is not a reaction.
				if (spans.some(([a, b]) => at >= a && at < b)) continue;
				const base = baseOf(m[1]!, Object.keys(STANCE_VERBS));
				if (!base) continue;
				// "The league suspended the coach" opening the article is its event, not a reaction.
				if (openingMeasure(p, base)) continue;
				// A condition or a noun's infinitive is no one's reaction.
				if (noActBefore(text.slice(s.start, at))) continue;
				// "another attack", "their support": a stance word after a determiner is a noun.
				if (nounBefore(text.slice(s.start, at))) continue;
				if (lacksObject(m[1]!, text.slice(at + m[0].length, s.end))) continue;
				if (backIsNotSupport(m[1]!, text.slice(s.start, at), text.slice(at + m[0].length, s.end)))
					continue;
				// A passive ("was criticised by the union", "a plan criticised by the union"): the agent
				// after "by" reacts, toward the passive's subject; without an agent, no one does.
				const byAt = at + m[0].length + 4;
				const byAgent = /^\s+by\s+$/i.test(text.slice(at + m[0].length, byAt));
				const agent = byAgent ? index.groupAfter(p, byAt, s.end) : [];
				// "was welcomed by environmental groups": an agent the article does not name.
				if (byAgent && !agent.length) agent.push(...unnamedAgent(index, text, p, byAt, s.end));
				const passive =
					PASSIVE_BEFORE.test(text.slice(s.start, at).replace(/\s\p{L}+ly\s+$/u, ' ')) &&
					!/ing$/i.test(m[1]!);
				if (agent.length || passive) {
					if (!agent.length || !/ed$/i.test(m[1]!)) continue;
					const stance = STANCE_VERBS[base]!;
					const sufferer = passive ? subjectOf(at) : [];
					const agents = new Set(agent.map((x) => x.actor));
					const targets: TargetHit[] = sufferer.length
						? named(sufferer.filter((x) => !agents.has(x.actor)))
						: mainEvent;
					add(agent, targets, stance, m[1]!, at, 0.7, 'a passive: the agent after "by" reacts');
					continue;
				}
				const subjects = subjectOf(at);
				if (!subjects.length) continue;
				let stance = appealsForCalm(base, text.slice(at + m[0].length, s.end))
					? 'neutral'
					: STANCE_VERBS[base]!;
				// "declined to back the plan" is against it; "did not condemn" is no reaction here.
				const turned = turnedOver(stance, text.slice(s.start, at));
				if (turned === 'neutral') continue;
				if (turned) stance = turned;
				// Only criticism falls back to the government: support for a thing is not a reaction to it.
				const targets = targetOf(
					at + m[0].length,
					new Set(subjects.map((x) => x.actor)),
					stance !== 'supportive'
				);
				const spanStart = Math.min(subjects[0]!.start, at);
				if (stance !== 'mixed' && CONTRAST.test(text.slice(at + m[0].length, s.end)))
					stance = stance === 'supportive' ? 'mixed' : stance;
				add(
					subjects,
					targets,
					stance,
					m[1]!,
					spanStart,
					guessed(targets) ? 0.45 : 0.75,
					guessed(targets)
						? 'target not named; taken as the government the article is about'
						: undefined
				);
			}
			for (const m of [...body.matchAll(NOUN_RE), ...body.matchAll(REACTED_RE)]) {
				const at = s.start + m.index;
				if (insideQuote(text, at)) continue;
				const subjects = subjectOf(at);
				// "lodged a protest through diplomatic channels": no one named, so the main event.
				const found = targetOf(at + m[0].length, new Set(subjects.map((x) => x.actor)));
				const targets = found.length ? found : mainEvent;
				if (subjects.length)
					add(
						subjects,
						targets,
						STANCE_NOUNS[m[1]!.toLowerCase()]!,
						m[0].trim(),
						Math.min(subjects[0]!.start, at),
						0.7
					);
			}
			for (const m of body.matchAll(FEELING_RE)) {
				const at = s.start + m.index;
				if (insideQuote(text, at) || spans.some(([a, b]) => at >= a && at < b)) continue;
				const subjects = subjectOf(at);
				if (!subjects.length) continue;
				const after = at + m[0].length;
				const found = targetOf(after, new Set(subjects.map((x) => x.actor)), false);
				const targets = found.length ? found : mainEvent;
				add(
					subjects,
					targets,
					FEELING_STANCES[m[2]!.toLowerCase()]!,
					m[2]!,
					Math.min(subjects[0]!.start, at),
					0.6,
					'stance read from how the actor feels about it'
				);
			}
			for (const m of body.matchAll(FROM_NOUN_RE)) {
				const at = s.start + m.index;
				if (insideQuote(text, at) || spans.some(([a, b]) => at >= a && at < b)) continue;
				const from = index.groupAfter(p, at + m[0].length, s.end);
				// "criticism from opposition councillors": a group the article does not name.
				if (!from.length) from.push(...unnamedAgent(index, text, p, at + m[0].length, s.end));
				if (!from.length) continue;
				const noun = m[1]!.toLowerCase();
				const rest = text.slice(from.at(-1)!.end, s.end);
				// "calls from the bishops for calm": an appeal for calm takes no side.
				const stance: Stance =
					noun === 'calls' ? (calmAfter(rest) ? 'neutral' : 'critical') : STANCE_NOUNS[noun]!;
				// Toward the sentence's subject ("the mayor faced criticism from …"), else the main event.
				const subject = index
					.within(p, s.start, at)
					.find(
						(x) => !insideQuote(text, x.start) && SUBJECT_LEAD.test(text.slice(s.start, x.start))
					);
				const targets: TargetHit[] = subject ? named([subject]) : mainEvent;
				add(
					from,
					targets,
					stance,
					m[0].trim(),
					at,
					0.6,
					'read from a stance noun and whom it comes from'
				);
			}
			for (const m of body.matchAll(OWNED_NOUN_RE)) {
				const at = s.start + m.index;
				if (insideQuote(text, at) || spans.some(([a, b]) => at >= a && at < b)) continue;
				// The owner: the person a "his"/"her" stands for, the body an "its" does, or the name before "'s".
				const owner = m[1]
					? /^its$/i.test(m[1])
						? null
						: index.lastPerson(p, at)
					: index
							.within(p, s.start, at + 1)
							.filter((x) => x.end === at)
							.at(-1);
				if (!owner) continue;
				const found = targetOf(at + m[0].length, new Set([owner.actor]), false);
				const targets = found.length ? found : mainEvent;
				add([owner], targets, STANCE_NOUNS[m[2]!.toLowerCase()]!, m[0].trim(), at, 0.6);
			}
			for (const m of body.matchAll(SAY_RE)) {
				const at = s.start + m.index;
				if (insideQuote(text, at)) continue;
				const subjects = subjectOf(at);
				if (!subjects.length) continue;
				for (const t of index.within(p, at, s.end)) {
					if (insideQuote(text, t.start)) continue;
					const rest = text
						.slice(t.end, s.end)
						.replace(/^['’]s?/, '')
						.replace(/^\s*(?:,|and)\s+[^,]*?(?=\s(?:had|has|was|were|is|are)\b)/, '');
					const hit = CLAUSE_STANCE.find(([re]) => re.test(rest.trimStart()));
					if (hit)
						add(
							subjects,
							named([t]),
							hit[1],
							m[1]!,
							Math.min(subjects[0]!.start, at),
							0.6,
							'stance read from what the speaker said about the target'
						);
				}
			}
		}
	}
	for (const q of quotes) {
		if (!q.speaker) continue;
		const text = paragraphs[q.paragraph - 1]!.text;
		const inner = text.slice(q.start, q.end);
		let target = q.addressee;
		let stance: Stance | undefined;
		for (const t of index.within(q.paragraph, q.start, q.end)) {
			if (t.actor === q.speaker) continue;
			const hit = CLAUSE_STANCE.find(([re]) => re.test(text.slice(t.end, q.end).trimStart()));
			if (hit) {
				target = t.actor;
				stance = hit[1];
				break;
			}
		}
		if (!stance && target && QUOTE_SUPPORT.test(inner)) stance = 'supportive';
		if (stance && target)
			out.push({
				actor: q.speaker,
				toward: actorTarget(target),
				stance,
				paragraph: q.paragraph,
				start: q.start,
				end: q.end,
				cue: 'quote',
				confidence: Math.min(q.confidence, 0.7),
				review: 'stance read from a quote'
			});
	}
	return dedupe(out);
}

/** One reaction per actor, target and stance; the first keeps its place, later ones are dropped. */
function dedupe(list: FoundReaction[]): FoundReaction[] {
	const seen = new Map<string, FoundReaction>();
	for (const r of list) {
		const key = `${r.actor}|${targetKey(r.toward)}|${r.stance}`;
		if (!seen.has(key)) seen.set(key, r);
	}
	// Criticism and an appeal in one sentence ("condemned … and called on …") is criticism.
	const critical = new Set(
		list
			.filter((r) => r.stance === 'critical')
			.map((r) => `${r.actor}|${targetKey(r.toward)}|${r.paragraph}`)
	);
	return [...seen.values()].filter(
		(r) => r.stance !== 'mixed' || !critical.has(`${r.actor}|${targetKey(r.toward)}|${r.paragraph}`)
	);
}
