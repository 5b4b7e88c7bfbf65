/**
 * Attribution: who said or did what, sentence by sentence. Each reporting
 * event ("X said …", "…, said X", "according to X", "X condemned …", "the
 * council said in a statement", "he told reporters") is found by one named
 * rule of `ATTRIBUTION_RULES`, outside quotations, and joined by the direct
 * quotes whose speaker `quotes.ts` found. The result is a list of
 * statements: the raw material of reactions.
 */
import type { Paragraph } from '../article/segment.ts';
import type { ActorRecord, Mention } from './actors.ts';
import {
	BODY_NOUNS,
	CLUB_NAME_WORDS,
	GROUP_NOUNS,
	OBJECT_STANCE_VERBS,
	REPORTING_PATTERN,
	REPORTING_VERBS,
	STANCE_VERBS,
	SUBJECT_VERB_GAP,
	TITLES,
	baseOf,
	FINDING_NOUNS,
	GOVERNMENT_BODY_WORDS,
	MEASURE_VERBS,
	NAMING_VERBS,
	OPINION_VERBS
} from './lexicon.ts';
import {
	detachedParticiple,
	groupHead,
	insideQuote,
	UNNAMED,
	type MentionIndex
} from './mentions.ts';
import type { Quote } from './quotes.ts';
import { backIsNotSupport } from './stance.ts';
import { AGE_IN_COMMAS, asides, PASSIVE_BEFORE, splitSentences, type Sentence } from './text.ts';

/** One reporting event: an actor saying or doing something about the story. */
export interface Statement {
	/** The speaker's actor id. */
	actor: string;
	paragraph: number;
	/** The evidence: the sentence (or the quotation) that reports it, offsets in the paragraph. */
	start: number;
	end: number;
	/** Base form of the reporting verb ("say", "condemn"), or "quote" for a direct quote. */
	verb: string;
	/** Where the reported words are: after the verb to the sentence end, or the quotation. */
	said: [number, number];
	/** The attribution rule that found it. */
	rule: string;
	confidence: number;
	review?: string;
}

/** What a rule sees: one sentence of one paragraph, and a reporting verb in it. */
export interface RuleInput {
	text: string;
	p: number;
	sentence: Sentence;
	/** Offset of the verb in the paragraph, and its length. */
	verbAt: number;
	verbLength: number;
	index: MentionIndex;
}

/** A named attribution rule: finds the speaker of a reporting verb, or nothing. */
export interface AttributionRule {
	name: string;
	/** Human description with an example. */
	pattern: string;
	read: (input: RuleInput) => Mention | null;
	confidence: number;
	review?: string;
}

/** Between a name and its verb: the shared gap words, a few more adverbs, and "didn't", "hasn't". */
const ADVERBS = new RegExp(
	String.raw`^(?:\s+(?:${[
		...SUBJECT_VERB_GAP,
		...'previously once strongly sharply swiftly openly flatly firmly yet long already still since formally officially roundly loudly fiercely harshly warmly cautiously initially'.split(
			' '
		)
	].join('|')}|(?:did|does|do|has|have|had|is|are|was|were|would|could)n['’]t))*\s*$`,
	'i'
);
/** Between a name and its verb in a relative clause: ", which has …", ", who also …". */
const RELATIVE_GAP =
	/^,\s+(?:which|who)(?:\s+(?:has|have|had|also|then|later|again|previously|repeatedly|publicly|now))*\s+$/i;
/** An owner's speaker: "his spokesman", "her office", "its lawyers". */
export const OWNER_SPEAKER = String.raw`\b(his|her|its)\s+(?:[a-z]+\s+)?(?:spokes(?:man|woman|person)|office|aides?|lawyers?|attorneys?|representatives?)`;
/** An owner's speaker right before the verb. */
const OWNER_SPEAKER_BEFORE = new RegExp(
	`${OWNER_SPEAKER}(?:\\s+(?:has|have|had|also|then|later))*\\s+$`,
	'i'
);
/** The pronoun an owner's word stands for. */
export const OWNER_PRONOUN: Record<string, string> = { his: 'he', her: 'she', its: 'it' };
const PRONOUN_BEFORE =
	/\b(he|she|they|it|the\s+\d+-year-old)(?:\s+(?:has|have|had|was|also|then|later|again|previously|would|will|did))*\s+$/i;
const GENERIC_BEFORE = new RegExp(
	`\\b(?:the|its|their)\\s+((?:[a-z]+['’]?\\s+){0,2}?(?:${BODY_NOUNS.join('|')}))(?:\\s+(?:has|have|had|also|then|later|again))*\\s+$`,
	'i'
);
/**
 * A group as a subject: up to four words ending in a group noun, right before the verb or
 * before a short phrase placing it ("friends close to the singer said", "residents of Holm say").
 */
const GROUP_BEFORE = new RegExp(
	`(?:^|[\\s,])((?:[\\p{L}.'’-]+\\s+){0,4}?(?:${GROUP_NOUNS.join('|')}))(?:\\s+(?:close\\s+to|of|in|from|at)(?:\\s+the)?(?:\\s+\\p{Lu}[\\p{L}'’-]*){1,4}|\\s+there)?(?:\\s+(?:have|had|also|then|later|again|previously))*\\s+$`,
	'iu'
);
/** A relative clause in commas right before a verb: ", who filed the suit in 2021, ". */
const RELATIVE_ASIDE_END = /,\s(?:who|which)\b[^,.;]{1,120},\s*$/;
/** A group right after "according to": up to three words ending in a group noun. */
const GROUP_AFTER = new RegExp(
	`^((?:[\\p{Ll}-]+\\s+){0,3}?(?:${GROUP_NOUNS.join('|')}))\\b(?!\\s+(?:of|for|at|from)\\b)`,
	'u'
);
const INVERTED_GAP = /^[\s,]*$/;
const ACCORDING_TO = /\baccording\s+to\s+$/i;
/** A subject of up to four words after "until", "unless" or "if": the verb after it is a condition. */
const CONDITION_BEFORE = /\b(?:until|unless|if)\s+(?:[\p{L}.'’-]+\s+){1,4}$/iu;
/** A noun with a determiner or an owner, then "to", right before a verb: "its decision to …". */
const NOUN_INFINITIVE = /(?:\b(?:the|a|an|its|his|her|their|our|my)|['’]s)\s+\p{Ll}+\s+to\s+$/u;

/**
 * Whether a verb after `before` (its sentence up to the verb) is no one's act:
 * a condition ("until the council pays the fee", "unless she apologises") or
 * a noun's infinitive ("the city's plan to expand", "its decision to support").
 */
export function noActBefore(before: string): boolean {
	return CONDITION_BEFORE.test(before) || NOUN_INFINITIVE.test(before);
}
/** An object (a pronoun or up to four words) and then "to", "on", "about", "over" or "for". */
const OBJECT_THEN =
	/^\s+(?!(?:ahead|forward|home|hard|for|on|to|about|over|with|into|in|at|by|up|down|back)\b)(?:him|her|them|us|me|(?:[\p{L}.'’-]+\s+){0,3}[\p{L}.'’-]+)\s+(?:to|on|about|over|for)\b/u;

/**
 * Whether a verb that takes a side only with an object ("pressed the mayor to
 * resign", `OBJECT_STANCE_VERBS`) lacks one: "the press", "hard pressed",
 * "pressed ahead", "a pressing need". `form` is the verb as written, `after`
 * the sentence after it.
 */
export function lacksObject(form: string, after: string): boolean {
	const base = baseOf(form, OBJECT_STANCE_VERBS);
	if (!base) return false;
	return form.toLowerCase() === base || !OBJECT_THEN.test(after);
}
/**
 * A determiner or an owner right before a word: the word is a noun ("another
 * attack", "their support", "Sweden's call for …"), though not after a
 * pronoun's "'s" ("she's called for …" is "she has").
 */
const DETERMINER_BEFORE =
	/(?:\b(?:the|a|an|another|its|his|her|their|our)|(?<!\b(?:he|she|it|that|who|there|what|where|here))['’]s)\s+$/i;

/** Whether a verb opening the article is a measure (`MEASURE_VERBS`): the story's event, not a reaction to it. */
export function openingMeasure(paragraph: number, base: string): boolean {
	return paragraph === 1 && MEASURE_VERBS.includes(base);
}

/** Whether a stance word after `before` (its sentence up to the word) is a noun, not a verb. */
export function nounBefore(before: string): boolean {
	return DETERMINER_BEFORE.test(before);
}
const GOVERNMENT_WORDS = new RegExp(GOVERNMENT_BODY_WORDS.join('|'), 'i');
/** The head noun of a body's name, before "of" and without a plural "s": "Party of Japan" → "party". */
function headNoun(name: string): string {
	const last = name
		.toLowerCase()
		.replace(/\s+(?:of|for)\s.*$/, '')
		.split(/\s+/)
		.at(-1)!;
	// "Vellen Rovers" is a club: "the club" means it, "the league" does not.
	return CLUB_NAME_WORDS.includes(last) ? 'club' : last.replace(/s$/, '');
}
/** "the league", "the harbour board": a body named by its kind, in a sentence. */
const BODY_NOUN_IN_SENTENCE = new RegExp(
	String.raw`\bthe\s+(?:[\p{Ll}-]+\s+)?(${BODY_NOUNS.join('|')})\b`,
	'iu'
);
/** The body nouns, without a plural "s", for telling one kind of body from another. */
const BODY_NOUN_SET = new Set(BODY_NOUNS.map((n) => n.replace(/s$/, '')));

/** Words that end a group's name when read backwards from its noun: "a week in which union leaders" is "union leaders". */
const NOT_IN_GROUP =
	/^(?:a|an|the|and|but|or|so|yet|in|on|at|of|for|to|by|with|from|after|before|during|until|against|over|under|about|into|than|which|who|whom|that|when|where|while|as|if|because|since|meanwhile|however|also|then|now|some|many|most|several|number|majority|lot|is|are|was|were|be|been|being|has|have|had|will|would|could|should|not)$/i;

/**
 * A group the article does not name, as an actor: the group's own words of
 * `phrase` (`groupWords`), which ends at `end` in paragraph `p`; returns the
 * actor and its mention there.
 */
export function unnamedGroup(
	index: MentionIndex,
	phrase: string,
	p: number,
	end: number
): { rec: ActorRecord; mention: Mention | undefined } {
	const words = groupWords(phrase);
	const at = end - words.length;
	const rec = index.unnamed(words, p, at, null);
	rec.kind = 'group';
	return { rec, mention: index.within(p, at, at + 1).find((x) => x.actor === rec.id) };
}

/** A group's own words: the run before its noun up to the first function word. */
export function groupWords(phrase: string): string {
	const words = phrase.split(/\s+/);
	let i = words.length - 1;
	while (i > 0 && !NOT_IN_GROUP.test(words[i - 1]!)) i--;
	return words.slice(i).join(' ');
}

/** The last mention ending in [from, to) with only allowed words between it and `to`. */
function subjectBefore({
	text,
	p,
	sentence,
	verbAt,
	verbLength,
	index
}: RuleInput): Mention | null {
	const group = index.groupBefore(p, sentence.start, verbAt);
	const verb = text.slice(verbAt, verbAt + verbLength);
	if (group.length && detachedParticiple(verb, text.slice(group.at(-1)!.end, verbAt))) return null;
	// "In her speech to the guild, Ada Kolstad praised …": the opening phrase ends at the comma.
	if (group.length) return groupHead(group, text, p, sentence.start, index);
	// "X, a spokesperson for Y, said": the apposition's head speaks.
	const list = index.within(p, sentence.start, verbAt).filter((m) => !insideQuote(text, m.start));
	const last = list.at(-1);
	if (!last) return null;
	// "Jane Roe, 54, said": an age in commas stands between the name and its verb.
	const gap = text.slice(last.end, verbAt).replace(AGE_IN_COMMAS, '');
	if (
		/^(?:['’]s)?\s*(?:[a-z'’-]+\s*){0,4}(?:spokes(?:man|woman|person)|representative)?$/i.test(gap)
	)
		if (ADVERBS.test(gap.replace(/^['’]s\s+\w+(?:\s+\w+)?/, '')) || /spokes/i.test(gap))
			return last;
	return null;
}

/**
 * The subjects joined to a sentence's subject by "and" ("Norway and the
 * United States objected"): each speaks too. Not after an opening phrase,
 * where the names before the comma are not subjects.
 */
function coSubjects(head: Mention, { text, p, sentence, verbAt, index }: RuleInput): Mention[] {
	const group = index.groupBefore(p, sentence.start, verbAt);
	if (group.length < 2 || group[0]!.actor !== head.actor || group[0]!.start !== head.start)
		return [];
	const last = group.at(-1)!;
	if (!/\band\s+(?:the\s+)?$/i.test(text.slice(group.at(-2)!.end, last.start))) return [];
	const seen = new Set([head.actor]);
	return group.slice(1).filter((m) => !seen.has(m.actor) && seen.add(m.actor));
}

/** The later of two mentions ("it" is the body named last, a government or not), or null. */
function nearest(a: Mention | undefined, b: Mention | undefined): Mention | null {
	if (!a || !b) return a ?? b ?? null;
	return a.paragraph > b.paragraph || (a.paragraph === b.paragraph && a.start > b.start) ? a : b;
}

/** The attribution rules, tried in order on each reporting verb outside quotations. */
export const ATTRIBUTION_RULES: AttributionRule[] = [
	{
		name: 'subject-verb',
		pattern:
			'a named actor right before the verb: "The ministry said …", "Smith and Jones warned …"',
		read: subjectBefore,
		confidence: 0.85
	},
	{
		name: 'relative',
		pattern:
			'a name then ", which" or ", who" and a stance verb, to the end of the sentence: "… to Norway, which blames him for …"',
		read: ({ text, p, sentence, verbAt, verbLength, index }) => {
			if (!baseOf(text.slice(verbAt, verbAt + verbLength), STANCE_KEYS)) return null;
			const last = index
				.within(p, sentence.start, verbAt)
				.filter((m) => !insideQuote(text, m.start))
				.at(-1);
			return last && RELATIVE_GAP.test(text.slice(last.end, verbAt)) ? last : null;
		},
		confidence: 0.7
	},
	{
		name: 'verb-subject',
		pattern: 'the verb then the speaker: "…, said Jane Smith, the mayor."',
		read: ({ text, p, sentence, verbAt, verbLength, index }) => {
			const after = verbAt + verbLength;
			const first = index
				.within(p, after, sentence.end)
				.find((m) =>
					INVERTED_GAP.test(text.slice(after, m.start).replace(/\b(?:the|a|an)\b/gi, ''))
				);
			// Only where the verb closes the reported words: "…, said X" / "… ,” said X".
			// Never "told" or a stance verb: the name after it is its object ("…, told the Harbour
			// Post", "…, urged the government"), nor a participle (", saying the mayor should go").
			const verb = text.slice(verbAt, verbAt + verbLength);
			return first &&
				/[,"”]\s*$/.test(text.slice(sentence.start, verbAt)) &&
				!/^tell|^told|ing$/i.test(verb) &&
				!baseOf(verb, STANCE_KEYS)
				? first
				: null;
		},
		confidence: 0.85
	},
	{
		name: 'apposition',
		pattern:
			'the sentence\'s subject with a long apposition: "Jane Smith, a lawyer who has defended …, said"',
		read: ({ text, p, sentence, verbAt, index }) => {
			const first = index
				.within(p, sentence.start, verbAt)
				.find((m) => !insideQuote(text, m.start));
			if (!first) return null;
			const lead = text.slice(sentence.start, first.start);
			const rest = text.slice(first.end, verbAt);
			return /^(?:(?:However|But|Meanwhile|Separately|Still|Earlier|Later|Also|And),?\s+)?(?:the\s+)?$/i.test(
				lead
			) &&
				/^(?:['’]s\s+[a-z]+)?,\s[^"“”]{3,220},(?:\s+(?:also|later|then|again|meanwhile))?\s*$/.test(
					rest
				)
				? first
				: null;
		},
		confidence: 0.75
	},
	{
		name: 'pronoun',
		pattern:
			'a pronoun subject, resolved to the last fitting actor: "he told reporters", "it said"',
		read: ({ text, p, sentence, verbAt, index }) => {
			const before = text.slice(sentence.start, verbAt);
			// "his spokesman said", "its lawyers said": whom the owner stands for speaks through them.
			const own = before.match(OWNER_SPEAKER_BEFORE);
			const m = before.match(PRONOUN_BEFORE);
			const word = m?.[1] ?? (own ? OWNER_PRONOUN[own[1]!.toLowerCase()] : undefined);
			if (!word) return null;
			const at = sentence.start + (m ?? own)!.index!;
			if (/^it$/i.test(word)) {
				const body = nearest(
					index.lastOfKind(p, at, 'organisation'),
					index.lastOfKind(p, at, 'government')
				);
				// "The league said it would …": "it" is the body of the sentence's own noun, which
				// is not one named before it of another kind.
				const noun = text
					.slice(sentence.start, at)
					.match(BODY_NOUN_IN_SENTENCE)?.[1]
					?.toLowerCase()
					.replace(/s$/, '');
				if (body && noun && (body.paragraph < p || body.start < sentence.start)) {
					const named = index.actor(body.actor);
					if (named && headNoun(named.name) !== noun) return null;
				}
				return body;
			}
			if (/^they$/i.test(word)) return null;
			return index.lastPerson(p, at, undefined, word) ?? null;
		},
		confidence: 0.7,
		review: 'speaker inferred from a pronoun'
	},
	{
		name: 'body',
		pattern:
			'a body named by its kind, resolved to the last one named: "the council said in a statement"',
		read: ({ text, p, sentence, verbAt, index }) => {
			const m = text.slice(sentence.start, verbAt).match(GENERIC_BEFORE);
			if (!m) return null;
			const at = sentence.start + m.index!;
			// "the Swedish government" names its body: no other is meant.
			if (index.within(p, at, verbAt).length) return null;
			const kind = GOVERNMENT_WORDS.test(m[1]!) ? 'government' : 'organisation';
			// "the league said": a body whose name ends in that noun ("Vellen Football League"),
			// else one whose name ends in no other body's noun (not the "Harbour Board" named last).
			const noun = m[1]!.toLowerCase().split(/\s+/).at(-1)!.replace(/s$/, '');
			const named = (a: ActorRecord) => headNoun(a.name) === noun;
			const fits = (a: ActorRecord) => !BODY_NOUN_SET.has(headNoun(a.name)) || named(a);
			// Named lately, else the body the article is about, never a government; a group
			// ("aviation experts") is not meant by a body's noun.
			const find = (accept: (a: ActorRecord) => boolean) =>
				index.lastOfKind(p, at, kind, false, accept) ??
				(kind === 'organisation'
					? index.mainBody(p, accept)
					: index.lastOfKind(p, at, 'organisation', false, accept));
			const found = find(named) ?? find(fits);
			const words = m[1]!.trim();
			if (found || kind !== 'organisation' || !/^[\p{Ll}'’-]+\s[\p{Ll}'’\s-]+$/u.test(words))
				return found ?? null;
			// "the players’ union said" with no union named before: the body as the article calls it.
			const start = at + m[0].indexOf(words);
			const rec = index.unnamed(words, p, start, index.speakerCountry(p, start, sentence.start));
			rec.review = 'a body the article does not name; check who is meant';
			return index.within(p, start, start + 1).find((x) => x.actor === rec.id) ?? null;
		},
		confidence: 0.65,
		review: 'speaker inferred from the kind of body named'
	},
	{
		name: 'group',
		pattern:
			'a group the article does not name, as the subject: "Residents say …", "Farmers and fishing crews said …"',
		read: ({ text, p, sentence, verbAt, index }) => {
			// "The families, who filed the suit, say …": the group before a relative clause speaks.
			const before = text.slice(sentence.start, verbAt).replace(RELATIVE_ASIDE_END, ' ');
			const m = before.match(GROUP_BEFORE);
			if (!m) return null;
			const end = sentence.start + m.index! + m[0].indexOf(m[1]!) + m[1]!.length;
			// "Analysts at Brook Capital said": the body they speak from, as a quote of theirs reads it.
			const body = index.within(p, end, verbAt)[0];
			if (
				body &&
				/^\s+(?:at|of|from|with)\s+(?:the\s+)?$/i.test(text.slice(end, body.start)) &&
				index.actor(body.actor)?.kind === 'organisation' &&
				/^\s*$/.test(text.slice(body.end, verbAt))
			)
				return body;
			return unnamedGroup(index, m[1]!, p, end).mention ?? null;
		},
		confidence: 0.5,
		review: 'a group the article does not name; check who is meant'
	},
	{
		name: 'unnamed',
		pattern: 'an unnamed speaker standing for a body: "a finance ministry spokesman said"',
		read: ({ text, p, sentence, verbAt, index }) => {
			const before = text.slice(sentence.start, verbAt);
			const m = before.match(new RegExp(`${UNNAMED.source}[^,.;]{0,40}$`, UNNAMED.flags));
			if (!m) return null;
			const at = sentence.start + m.index!;
			// "Jane Roe, the lawyer who questioned him": an apposition, not an unnamed speaker.
			const named = index.within(p, sentence.start, at).at(-1);
			if (named && /^\s*,\s*$/.test(text.slice(named.end, at))) return null;
			// "A spokesperson for the city council said": the body speaks through its spokesperson.
			if (/spokes/i.test(m[0])) {
				const body = index
					.within(p, at, verbAt)
					.filter(
						(x) =>
							x.start > at &&
							/^(?:organisation|government|party)$/.test(index.actor(x.actor)?.kind ?? '')
					)
					.at(-1);
				if (body) return body;
			}
			// A spokesperson for no body named is the spokesperson, as a quote of theirs reads them.
			const words = /spokes/i.test(m[0]) ? m[0].match(UNNAMED)![0] : m[0];
			const rec = index.unnamed(
				words.replace(/\s+$/, ''),
				p,
				at,
				index.speakerCountry(p, at, sentence.start)
			);
			return index.within(p, at, at + 1).find((x) => x.actor === rec.id) ?? null;
		},
		confidence: 0.5,
		review: 'unnamed speaker; check who is meant'
	},
	{
		name: 'coordinated',
		pattern:
			'a second verb of the sentence\'s subject after "and" or "but": "X backed … but opposed …"',
		read: (input) => {
			const { text, sentence, verbAt } = input;
			const before = text.slice(sentence.start, verbAt);
			if (!/\b(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$/i.test(before)) return null;
			const first = before.match(A_REPORTING_VERB);
			if (!first || first.index! + first[0].length >= before.length) return null;
			return subjectBefore({
				...input,
				verbAt: sentence.start + first.index!,
				verbLength: first[0].length
			});
		},
		confidence: 0.6
	},
	{
		name: 'participle',
		pattern:
			'the sentence\'s subject, what it did, then ", saying …": "Lind weighed in on Tuesday, saying …"',
		read: ({ text, p, sentence, verbAt, verbLength, index }) => {
			const verb = text.slice(verbAt, verbAt + verbLength);
			if (!/ing$/i.test(verb) || !/,\s*$/.test(text.slice(sentence.start, verbAt))) return null;
			const first = index
				.within(p, sentence.start, verbAt)
				.find((m) => !insideQuote(text, m.start));
			if (!first || !SUBJECT_OPENING.test(text.slice(sentence.start, first.start))) return null;
			// Another verb already reports the subject's words ("criticised the plan, saying …").
			return A_REPORTING_VERB.test(text.slice(first.end, verbAt)) ? null : first;
		},
		confidence: 0.6
	}
];

/** What may open a sentence before its subject: capitalised words, titles, "the". */
const SUBJECT_OPENING = new RegExp(
	`^(?:(?:\\p{Lu}[\\p{L}.'’-]*|the|${[...new Set(TITLES.flatMap((t) => t.split(' ')))].join('|')})\\s+)*$`,
	'u'
);

const VERB_RE = new RegExp(`\\b(${REPORTING_PATTERN})\\b`, 'giu');
/** The first reporting verb in a text, made once (`VERB_RE` is for matching them all). */
const A_REPORTING_VERB = new RegExp(VERB_RE.source, 'iu');
const ACCORDING = /\baccording\s+to\s+/giu;
/** A sentence opening with a finding and its author: "The report by …", "A study by …". */
const FINDING_BY = new RegExp(
	`^\\s*(?:the|a|an|its|their)\\s+(?:(?:new|final|preliminary|independent|latest)\\s+)?(?:${FINDING_NOUNS.join('|')})\\s+(?:by|from)\\s+`,
	'i'
);
/** The finding's verb after its author and any aside: "… found that", "… concluded". */
const FINDING_VERB =
	/^(?:\s*\([^)]{1,20}\))?(?:\s*[-–—][^-–—]{1,200}[-–—]|\s*,[^,]{1,120},)?\s+(?:found|finds|concluded|concludes|showed|shows|said|says)\b/;
/** A sentence opening with a statement and its author: "A statement from the ministry …". */
const STATEMENT_FROM =
	/^\s*(?:the|a|an)\s+(?:(?:joint|written|brief|separate|short)\s+)?(?:statement|letter|communiqu[eé])\s+(?:from|by|issued\s+by)\s+/i;
/** The verb after a statement's author and any day or aside: "… on Tuesday condemned". */
const STATEMENT_VERB = new RegExp(
	String.raw`^(?:\s+\p{Ll}+){0,3}?(?:\s+and\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*(?:\s+\p{Ll}+){0,3}?)?(?:\s+on\s+\p{Lu}\p{L}+)?(?:\s*,[^,]{1,120},)?\s+(${REPORTING_PATTERN})\b`,
	'iu'
);
/** What is held back without a measure: nothing ("did not hold back."), a feeling, a comment or a judgement. */
const KEPT_IN =
	/^(?:\s+(?:(?:his|her|their|its|my|our|a|the|any)\s+)?(?:tears|laughter|laugh|smile|sob|emotions?|anger|frustration|comments?|judge?ments?|names?)\b|\s*(?:[.,;:!?]|$|\s+(?:in|on|from|when|while)\b))/i;
/** "A poll of 1,500 voters", "a new survey of nurses": the people asked, up to three words before their noun. */
const POLL_OF = new RegExp(
	String.raw`\b(?:a|an|the|one|another)\s+(?:(?:new|recent|latest|separate|national|nationwide|online)\s+)*(?:opinion\s+)?(?:poll|survey)\s+of\s+(?:(?:more|fewer)\s+than\s+|nearly\s+|almost\s+|about\s+|around\s+|some\s+|over\s+)?(?:[\d,.]+\s+)?((?:[\p{L}-]+\s+){0,3}?(?:${GROUP_NOUNS.join('|')}))\b`,
	'iu'
);
/** What a poll found, after who ran it: "… conducted by X for Y in May found that". */
const POLL_VERB =
	/^(?:\s*\([^)]{1,20}\))?(?:\s*,[^,]{1,120},|\s+(?:conducted|carried\s+out|commissioned|published|released|taken)\b[^,.;]{0,100}?)?\s+(?:found|finds|showed|shows|suggested|suggests|revealed|reveals|indicated|indicates)\b/;
const STANCE_KEYS = Object.keys(STANCE_VERBS);
/** An object of up to eight words, then "as": "the move as", "the court's ruling on the lease as". */
const OPINION_AS = /^\s+(?:[\p{L}\p{N}'’.-]+\s+){1,8}as\s+(?!well\b|soon\b|long\b|much\b|part\b)/u;

/** Words that tie a phrase to what follows, which neither a named object nor its name holds. */
const LINK = String.raw`(?:to|for|of|in|on|at|by|with|from|about|after|before|into|over|and|but|or|as|when|while|that|if|because)\b`;
/** What a naming verb names: a pronoun, a phrase opened by a determiner, or a name with its possessions. */
const NAMED_OBJECT = String.raw`(?:it|him|her|them|this|that|these|those|us|me|you|(?:the|this|that|these|those|his|her|their|its|our|my|your)(?:\s+(?!${LINK}|(?:an?|the)\b)[\p{L}\p{N}'’-]+){1,4}|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:\s+(?!${LINK}|(?:an?|the)\b)[\p{Ll}\p{N}'’-]+){0,2})`;
/** Words after an object that are not what it is called: "called him back", "called the police twice". */
const NOT_A_NAME = String.raw`(?:back|again|home|later|earlier|today|tonight|yesterday|tomorrow|twice|once|too|also|first|last|then|now|here|there|off|out|up|down|over|together|instead|\p{L}+ly)\b`;
/**
 * The object and its name after a naming verb: "the plan a disgrace", "it
 * “brilliant”", "the attack barbaric." — an article, a quotation, or a bare
 * word or two that end the clause.
 */
const NAMING = new RegExp(
	String.raw`^\s+${NAMED_OBJECT}\s*(?:\s(?:an?|the)\s+(?!(?:few|couple|number|lot|bit|hour|day|week|month|year|minute|moment|while|time|total)\b)\p{L}|["“‘']|\s(?!${LINK}|${NOT_A_NAME}|(?:an?|the)\b)[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?\s*(?:[.,;:!?]|$|\s(?:and|but)\b))`,
	'u'
);

/** Whether a naming verb's words go on to name its object ("… the ruling a disgrace"). */
export function namesObject(after: string): boolean {
	return NAMING.test(after);
}

/**
 * The author named right after a document's noun ("the report by …", "a
 * statement from …"), at `at`: the first mention after at most "the" and two
 * capitalised words, since a name may open with a country's ("the
 * Netherlands Organisation for …").
 */
function authorAt(
	text: string,
	index: MentionIndex,
	p: number,
	at: number,
	end: number
): Mention | undefined {
	return index
		.within(p, at, end)
		.find((m) => /^(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}$/u.test(text.slice(at, m.start)));
}

/**
 * A quote no rule gave a speaker, inside the words a statement reports ("Observers said the
 * vote was “competitive but flawed”"): the statement's speaker said it. Sets `speaker` in place.
 */
export function speakersFromStatements(
	quotes: Quote[],
	statements: readonly Statement[],
	paragraphs: readonly Paragraph[]
): void {
	for (const q of quotes) {
		if (q.speaker) continue;
		const text = paragraphs[q.paragraph - 1]!.text;
		// Not past another reporting verb: "Holm recalled the night when an executive claimed “…”".
		const s = statements.find(
			(x) =>
				x.paragraph === q.paragraph &&
				x.verb !== 'quote' &&
				x.said[0] <= q.start &&
				q.end <= x.said[1] &&
				!A_REPORTING_VERB.test(text.slice(x.said[0], q.start))
		);
		if (s) {
			q.speaker = s.actor;
			q.confidence = Math.min(s.confidence, 0.6);
			q.review = 'speaker read from the statement the quote stands in';
		}
	}
}

/** Finds the statements of an article: reported speech and acts, and attributed direct quotes. */
export function findStatements(
	paragraphs: readonly Paragraph[],
	index: MentionIndex,
	quotes: readonly Quote[]
): Statement[] {
	const out: Statement[] = [];
	for (const para of paragraphs) {
		const text = para.text;
		const p = para.n;
		const spans = asides(text);
		for (const sentence of splitSentences(text)) {
			const body = text.slice(sentence.start, sentence.end);
			for (const m of body.matchAll(VERB_RE)) {
				const verbAt = sentence.start + m.index;
				if (insideQuote(text, verbAt)) continue;
				if (spans.some(([a, b]) => verbAt >= a && verbAt < b)) continue;
				// A word of a name is not a verb: "the United States have …".
				if (index.insideName(p, verbAt)) continue;
				// A participle after a noun is not a report: "the deal announced last week"; nor is
				// "report" after a name: "the TNO report".
				if (
					/^(?:announced|reported|stated|described|written|called|posted|report)$/i.test(m[1]!) &&
					/\b(?:the|a|an)\s+\w+\s+$/i.test(text.slice(sentence.start, verbAt))
				)
					continue;
				// "continues to defy", "continued talks": "continue" reports speech only with nothing after it.
				if (
					/^continu/i.test(m[1]!) &&
					!/^\s*(?:[,.;:!?"“”]|that\b|$)/.test(text.slice(verbAt + m[0].length))
				)
					continue;
				// A condition or a noun's infinitive is not a statement.
				if (noActBefore(text.slice(sentence.start, verbAt))) continue;
				// "another attack", "their support": a noun, not a verb.
				if (nounBefore(text.slice(sentence.start, verbAt))) continue;
				// "the press", "pressed ahead": a verb that needs an object and has none.
				if (lacksObject(m[1]!, text.slice(verbAt + m[0].length, sentence.end))) continue;
				// "backed down", "hit back": a retreat or a particle, not support.
				if (
					backIsNotSupport(
						m[1]!,
						text.slice(sentence.start, verbAt),
						text.slice(verbAt + m[0].length, sentence.end)
					)
				)
					continue;
				// "sees the move as a provocation": a view is reported only with "as" after its object.
				if (
					baseOf(m[1]!, OPINION_VERBS) &&
					!OPINION_AS.test(text.slice(verbAt + m[0].length, sentence.end))
				)
					continue;
				// "held back tears", "withheld comment": something kept in, not a measure taken.
				if (
					baseOf(m[1]!, ['hold back', 'withhold']) &&
					KEPT_IN.test(text.slice(verbAt + m[0].length, sentence.end))
				)
					continue;
				// "called the ruling a disgrace": naming reports a view only with an object and its name.
				if (
					baseOf(m[1]!, NAMING_VERBS) &&
					!namesObject(text.slice(verbAt + m[0].length, sentence.end))
				)
					continue;
				// "the two mayors questioned each other": an exchange among the subjects, no one's reaction.
				if (/^\s+(?:each\s+other|one\s+another)\b/i.test(text.slice(verbAt + m[0].length)))
					continue;
				// A passive is not the subject speaking: "the council was criticised", "she is said to be".
				if (PASSIVE_BEFORE.test(text.slice(sentence.start, verbAt)) && !/ing$/i.test(m[1]!))
					continue;
				const base =
					baseOf(m[1]!, REPORTING_VERBS) ?? baseOf(m[1]!, STANCE_KEYS) ?? m[1]!.toLowerCase();
				// A measure opening the article is its event, not a statement about it.
				if (openingMeasure(p, base)) continue;
				const input: RuleInput = {
					text,
					p,
					sentence,
					verbAt,
					verbLength: m[0].length,
					index
				};
				for (const rule of ATTRIBUTION_RULES) {
					const who = rule.read(input);
					if (!who || insideQuote(text, who.start)) continue;
					const speakers = rule.name === 'subject-verb' ? [who, ...coSubjects(who, input)] : [who];
					for (const speaker of speakers)
						out.push({
							actor: speaker.actor,
							paragraph: p,
							start: sentence.start,
							end: sentence.end,
							verb: base,
							// After an inverted verb ("…, said X") the words said come before it.
							said:
								rule.name === 'verb-subject'
									? [sentence.start, verbAt]
									: [verbAt + m[0].length, sentence.end],
							rule: rule.name,
							confidence: rule.confidence,
							...(rule.review ? { review: rule.review } : {})
						});
					break;
				}
			}
			// "A statement from the ministry condemned …": the statement's author says it.
			const from = body.match(STATEMENT_FROM);
			if (from) {
				const at = sentence.start + from.index! + from[0].length;
				const who = authorAt(text, index, p, at, sentence.end);
				const verb = who && text.slice(who.end, sentence.end).match(STATEMENT_VERB);
				const base = verb && baseOf(verb[1]!, REPORTING_VERBS);
				if (who && verb && base && !insideQuote(text, who.start)) {
					// "A joint statement by Sweden and Denmark said": each author says it.
					const verbAt = who.end + verb.index! + verb[0].length - verb[1]!.length;
					const authors = index
						.within(p, who.start, verbAt)
						.filter((m, i, all) => all.findIndex((x) => x.actor === m.actor) === i);
					for (const author of authors)
						out.push({
							actor: author.actor,
							paragraph: p,
							start: sentence.start,
							end: sentence.end,
							verb: base,
							said: [who.end + verb.index! + verb[0].length, sentence.end],
							rule: 'statement-from',
							confidence: 0.75
						});
				}
			}
			// "The report by the institute found that …": the report's author says it.
			const finding = body.match(FINDING_BY);
			if (finding) {
				const at = sentence.start + finding.index! + finding[0].length;
				const who = authorAt(text, index, p, at, sentence.end);
				const verb = who && text.slice(who.end, sentence.end).match(FINDING_VERB);
				if (who && verb && !insideQuote(text, who.start)) {
					const verbEnd = who.end + verb.index! + verb[0].length;
					out.push({
						actor: who.actor,
						paragraph: p,
						start: sentence.start,
						end: sentence.end,
						verb: 'find',
						said: [verbEnd, sentence.end],
						rule: 'finding-by',
						confidence: 0.7
					});
				}
			}
			// "A poll of 1,500 voters … found that …": the people asked are the ones who react.
			const poll = body.match(POLL_OF);
			if (poll) {
				const at = sentence.start + poll.index! + poll[0].length - poll[1]!.length;
				const verb = text.slice(at + poll[1]!.length, sentence.end).match(POLL_VERB);
				const asked =
					verb && !insideQuote(text, at)
						? unnamedGroup(index, poll[1]!, p, at + poll[1]!.length).mention
						: undefined;
				if (verb && asked) {
					const verbEnd = at + poll[1]!.length + verb.index! + verb[0].length;
					out.push({
						actor: asked.actor,
						paragraph: p,
						start: sentence.start,
						end: sentence.end,
						// Not "find", which states facts: a poll's findings are the views of those asked.
						verb: 'poll',
						said: [verbEnd, sentence.end],
						rule: 'poll-of',
						confidence: 0.6
					});
				}
			}
			for (const m of body.matchAll(ACCORDING)) {
				const at = sentence.start + m.index + m[0].length;
				if (insideQuote(text, at)) continue;
				let who = index.groupAfter(p, at, sentence.end)[0];
				// "according to critics": a group the article does not name.
				const group = who ? null : text.slice(at, sentence.end).match(GROUP_AFTER);
				if (group) {
					const rec = index.unnamed(group[1]!, p, at, null);
					rec.kind = 'group';
					who = index.within(p, at, at + 1).find((x) => x.actor === rec.id);
				}
				if (who && ACCORDING_TO.test(text.slice(sentence.start, at)))
					out.push({
						actor: who.actor,
						paragraph: p,
						start: sentence.start,
						end: sentence.end,
						verb: 'say',
						said: [sentence.start, sentence.end],
						rule: 'according-to',
						confidence: 0.8
					});
			}
		}
	}
	out.push(...embeddedPosts(paragraphs, index));
	for (const q of quotes)
		if (q.speaker)
			out.push({
				actor: q.speaker,
				paragraph: q.paragraph,
				start: q.start,
				end: q.end,
				verb: 'quote',
				said: [q.start, q.end],
				rule: 'direct-quote',
				confidence: q.confidence,
				...(q.review ? { review: q.review } : {})
			});
	return out.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}

/** The signature under an embedded social post: "— Jane Roe (@janeroe) March 3, 2024". */
const POST_SIGNATURE =
	/(?:^|\s)[—–-]\s*([\p{Lu}][^()@—–]{0,60}?)\s*\(@[\w.]{1,30}\)(?:\s+[\p{L}]+\.?\s+\d{1,2},\s+\d{4})?\s*$/u;

/**
 * Embedded posts: what stands above a signature is what its author posted,
 * the paragraph before a signature line, or the text before a signature that
 * ends a paragraph.
 */
function embeddedPosts(paragraphs: readonly Paragraph[], index: MentionIndex): Statement[] {
	const out: Statement[] = [];
	for (const para of paragraphs) {
		const m = para.text.match(POST_SIGNATURE);
		if (!m) continue;
		const inline = m.index! > 0;
		const post = inline ? para : paragraphs[para.n - 2];
		if (!post || (!inline && POST_SIGNATURE.test(post.text))) continue;
		const name = m[1]!.trim();
		const at = para.text.indexOf(name, m.index!);
		const named = index.within(para.n, at, at + name.length)[0];
		const actor = named?.actor ?? index.unnamed(name, para.n, at, null).id;
		const rec = index.actor(actor);
		if (rec && !named) {
			rec.kind = 'person';
			rec.review = 'named only by the signature of an embedded post; check who it is';
		}
		const body = inline ? post.text.slice(0, m.index!) : post.text;
		const end = body.replace(/\s*(?:pic\.twitter\.com|https?:)\S*\s*$/, '').trimEnd().length;
		// A post of a word or two ("Club statement") is a caption, not something said.
		if (end < 8 || body.slice(0, end).trim().split(/\s+/).length < 3) continue;
		out.push({
			actor,
			paragraph: post.n,
			start: 0,
			end,
			verb: 'post',
			said: [0, end],
			rule: 'embedded-post',
			confidence: 0.6,
			review: 'an embedded post, attributed from its signature line'
		});
	}
	return out;
}
