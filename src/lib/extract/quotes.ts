/**
 * Direct quotes attributed to their speakers: `X said "…"`, `"…," X said`,
 * `"…," he said`, `"…," said X`, `X told Y: "…"`, `according to X`, a
 * second quote in the same paragraph, and a quote continuing in the next
 * paragraph. Each attribution says how it was made.
 */
import type { Paragraph } from '../article/segment.ts';
import {
	ASIDE_PARTICIPLES,
	BODY_NOUNS,
	GROUP_NOUNS,
	SPEECH_VERBS,
	TITLE_ABBREVIATIONS,
	verbPattern
} from './lexicon.ts';
import { OWNER_PRONOUN, OWNER_SPEAKER, unnamedGroup } from './statements.ts';
import { detachedParticiple, groupHead, insideQuote, MentionIndex, UNNAMED } from './mentions.ts';
import { findQuotes, PASSIVE_BEFORE, splitSentences } from './text.ts';

/** A direct quote and who said it. */
export interface Quote {
	paragraph: number;
	start: number;
	end: number;
	/** The words inside the quotation marks. */
	text: string;
	/** The speaker's actor id, or null where none was found. */
	speaker: string | null;
	/** The addressee ("told Ukraine: …"), if any. */
	addressee?: string;
	confidence: number;
	review?: string;
}

const SPEECH = verbPattern(SPEECH_VERBS);
const AFTER = new RegExp(
	`^[\\s,]*(?:[-–—]\\s*)?([^"“”.;:!?]{1,160}?)\\s+(?:(?:later|also|then|had|has|once|previously|earlier|quickly|simply)\\s+)*(${SPEECH})\\b`,
	'iu'
);
const AFTER_INVERTED = new RegExp(`^[\\s,]*(${SPEECH})\\s+([^"“”.;:!?]{1,80}?)(?=[,.;:]|$)`, 'iu');
const ANY_VERB = new RegExp(`\\b(${SPEECH})\\b`, 'giu');
const ACCORDING = /\baccording to\s+([^,.;"“”]{1,80})/i;
/** Abbreviated titles and initials whose full stop is not a sentence end. */
const ABBREVIATION = new RegExp(
	`\\b(?:${TITLE_ABBREVIATIONS.join('|')}|\\p{Lu})\\.(?=\\s+\\p{Lu})`,
	'gu'
);
/** "The company", "its ministry": a body named before, by its kind. */
const GENERIC_SPEAKER = new RegExp(`^(?:the|its|their)\\s+(${BODY_NOUNS.join('|')})$`, 'i');
const PRONOUN = /^(?:he|she|they|it|we|the\s+\d+-year-old)$/i;
const OWNER_SPEAKER_WORDS = new RegExp(`^${OWNER_SPEAKER}$`, 'i');
/** An apposition or an aside after a name: ", a lecturer …", ", speaking on Holm Radio, …". */
const APPOSITION_AFTER = new RegExp(
	`^,\\s+(?:a|an|the|who|his|her|its|${ASIDE_PARTICIPLES.join('|')})\\b`,
	'i'
);

/** Finds and attributes every direct quote of an article. */
export function findQuoteAttributions(
	paragraphs: readonly Paragraph[],
	index: MentionIndex
): Quote[] {
	const out: Quote[] = [];
	let previous: Quote | undefined;
	for (const para of paragraphs) {
		const text = para.text;
		const sentences = splitSentences(text);
		let inParagraph: Quote | undefined;
		for (const q of findQuotes(text)) {
			const sentence = sentences.find((s) => q.start >= s.start && q.start < s.end) ?? {
				start: 0,
				end: text.length,
				text
			};
			const quote: Quote = {
				paragraph: para.n,
				start: q.start,
				end: q.end,
				text: q.inner,
				speaker: null,
				confidence: 0
			};
			attribute(quote, text, sentence, index);
			if (!quote.speaker && inParagraph?.speaker) {
				quote.speaker = inParagraph.speaker;
				quote.confidence = 0.7;
				quote.review = 'speaker taken from the earlier quote in the paragraph';
			} else if (
				!quote.speaker &&
				previous?.speaker &&
				q.start === 0 &&
				previous.paragraph === para.n - 1
			) {
				quote.speaker = previous.speaker;
				quote.confidence = 0.6;
				quote.review = 'speaker inferred from the previous paragraph';
			} else if (!quote.speaker && q.start === 0 && para.n > 1) {
				// "Holt said:" closing the paragraph before: its speaker says this quote.
				const before = paragraphs[para.n - 2]!;
				const last = /:\s*$/.test(before.text) ? splitSentences(before.text).at(-1) : undefined;
				if (last) {
					const intro: Quote = {
						...quote,
						paragraph: before.n,
						start: before.text.length,
						end: before.text.length
					};
					attribute(intro, before.text, last, index);
					if (intro.speaker) {
						quote.speaker = intro.speaker;
						quote.confidence = Math.min(intro.confidence, 0.7);
						quote.review = 'speaker introduced at the end of the previous paragraph';
					}
				}
			}
			out.push(quote);
			inParagraph = quote;
		}
		previous = inParagraph ?? (paragraphs[para.n] ? undefined : previous);
		if (inParagraph && /:\s*$/.test(text) && !inParagraph.speaker) previous = inParagraph;
	}
	return out;
}

function attribute(
	quote: Quote,
	text: string,
	sentence: { start: number; end: number },
	index: MentionIndex
) {
	const p = quote.paragraph;
	// A title's full stop ("Sen. Ann Hale", "Gov. Hale") does not end the words after a quote.
	const after = text.slice(quote.end).replace(ABBREVIATION, (m) => `${m.slice(0, -1)}\u00b7`);
	const before = text.slice(sentence.start, quote.start);
	const fromWords = (words: string, at: number, how: string, confidence: number) => {
		const w = words.trim();
		if (PRONOUN.test(w)) {
			// The person named before the pronoun itself, where it stands before the quote.
			const m = index.lastPerson(p, Math.min(at, quote.start), undefined, w);
			if (m) set(m.actor, Math.min(confidence, 0.8), `speaker inferred from "${w}"`);
			return Boolean(m);
		}
		// "…,” her spokesman said: the one "her" stands for speaks through him.
		const owner = w.match(OWNER_SPEAKER_WORDS);
		if (owner) return fromWords(OWNER_PRONOUN[owner[1]!.toLowerCase()]!, at, how, confidence);
		const generic = w.match(GENERIC_SPEAKER);
		if (generic) {
			const m = index.lastOfKind(
				p,
				quote.start,
				generic[1]!.toLowerCase() === 'government' ? 'government' : 'organisation'
			);
			if (m) set(m.actor, 0.7, `speaker inferred from "${w}"`);
			return Boolean(m);
		}
		const mentions = index.within(p, at, at + words.length);
		if (mentions.length) {
			// "Jane Roe, a lecturer at the university in Leeds, told …": the name before the apposition speaks.
			const head = mentions[0]!;
			const appositive =
				mentions.length > 1 &&
				/^\s*(?:the\s+)?$/i.test(text.slice(at, head.start)) &&
				APPOSITION_AFTER.test(text.slice(head.end));
			set((appositive ? head : mentions.at(-1)!).actor, confidence, how || undefined);
			return true;
		}
		const unnamed = words.match(UNNAMED);
		if (unnamed) {
			const ctx = index.speakerCountry(p, quote.start, sentence.start);
			const rec = index.unnamed(unnamed[0], p, at + unnamed.index!, ctx);
			set(rec.id, 0.5, 'unnamed speaker; check who is meant');
			return true;
		}
		return false;
	};
	const set = (id: string, confidence: number, review?: string) => {
		quote.speaker = id;
		quote.confidence = confidence;
		if (review) quote.review = review;
	};

	// "…," X said / "…," he said / "…," the US president continued.
	const closes = /[,!?]$/.test(quote.text) || /^\s*[,–—-]/.test(after);
	// "“…” to hold up their plans, Smith said.": a partial quote inside the words reported.
	const rest = closes ? null : after.match(/^\s+[a-z][^"“”.!?;:]{0,120}?(?=,)/);
	const a = closes ? after.match(AFTER) : rest ? after.slice(rest[0].length).match(AFTER) : null;
	if (
		a &&
		!/\s[-–—]\s|\b(?:but|while|whereas|although|because)\b/i.test(a[1]!) &&
		fromWords(a[1]!, quote.end + after.indexOf(a[1]!, rest?.[0].length ?? 0), '', 0.9)
	)
		return;
	const inv = closes ? after.match(AFTER_INVERTED) : null;
	if (inv) {
		const at = quote.end + after.indexOf(inv[2]!, inv[1]!.length);
		if (fromWords(inv[2]!, at, '', 0.9)) return;
		// "…," said the union's general secretary, Jane Roe: the name in apposition speaks.
		const end = at + inv[2]!.length;
		const named = index.within(p, end, end + 60)[0];
		if (
			named &&
			/^\s*,\s*$/.test(text.slice(end, named.start)) &&
			/^\s*(?:[.,;]|$)/.test(text.slice(named.end))
		)
			return set(named.actor, 0.85);
	}
	// X said "…" / X told Y: "…" / X responded by asking "…".
	// "She is said to prefer a “more traditional” approach": a passive reports no one's words.
	const v = [...before.matchAll(ANY_VERB)]
		.filter((m) => !PASSIVE_BEFORE.test(before.slice(0, m.index)))
		// A capitalised word inside a sentence is a name's: "told CNN's State of the Union".
		.filter((m) => !/^\p{Lu}/u.test(m[1]!) || !before.slice(0, m.index).trim())
		// "told investors on a conference call that …": a noun, not the verb.
		.filter((m) => !(SPEECH_NOUN.test(m[1]!) && NOUN_PHRASE_BEFORE.test(before.slice(0, m.index))))
		.at(-1);
	// "her claims that she had a “rotten time”": whose claims they are, said the words.
	const owned = [...before.matchAll(OWNED_SPEECH)].at(-1);
	if (owned && (!v || v.index! < owned.index!)) {
		const owner = owned[1]!.replace(/['’]s$/, '');
		const at = sentence.start + owned.index!;
		const pronoun = { his: 'he', her: 'she', their: 'they', its: 'it' }[owner.toLowerCase()];
		if (pronoun && fromWords(pronoun, at, '', 0.7)) return;
		const named = index.within(p, sentence.start, at + owner.length).at(-1);
		if (!pronoun && named?.end === at + owner.length) return set(named.actor, 0.7);
	}
	if (v) {
		const verbAt = sentence.start + v.index!;
		let subject = index.groupBefore(p, sentence.start, verbAt);
		if (subject.length && detachedParticiple(v[1]!, text.slice(subject.at(-1)!.end, verbAt)))
			subject = [];
		const told = index.groupAfter(p, verbAt + v[0].length, quote.start);
		if (told.length && /^tel|^told/i.test(v[1]!)) quote.addressee = told[0]!.actor;
		// "A Labour source said: …": a name inside an unnamed speaker's words only describes them
		// (but "a spokesperson for the council" speaks for the council, the body named).
		const unnamedBefore = before.slice(0, v.index).match(UNNAMED_AT_END);
		const described = index.within(p, sentence.start, verbAt)[0];
		if (
			unnamedBefore &&
			!/spokes/i.test(unnamedBefore[0]) &&
			(!described || described.start >= sentence.start + unnamedBefore.index!)
		) {
			const at = sentence.start + unnamedBefore.index!;
			const ctx = index.speakerCountry(p, quote.start, sentence.start);
			const rec = index.unnamed(unnamedBefore[0].replace(/\s+$/, ''), p, at, ctx);
			return set(rec.id, 0.5, 'unnamed speaker; check who is meant');
		}
		// "Jane Roe of the harbour board recalled: …": the name before "of" speaks.
		if (subject.length)
			return set((groupHead(subject, text, p, sentence.start, index) ?? subject[0]!).actor, 0.85);
		const clauseWords = before
			.slice(0, v.index)
			.match(/(\b(?:he|she|they)\b|\bthe\s+\d+-year-old\b)[^,;]*$/i);
		if (clauseWords && fromWords(clauseWords[1]!, sentence.start + clauseWords.index!, '', 0.75))
			return;
		// "Fans vented their fury online, with one writing: “…”": one of the group the sentence
		// opens with.
		const withOne = before.slice(0, v.index).match(WITH_ONE);
		const opening = withOne && text.slice(sentence.start, verbAt).match(GROUP_OPENING);
		if (opening) {
			const end = sentence.start + opening.index! + opening[0].length;
			const { rec } = unnamedGroup(index, opening[1]!, p, end);
			rec.review ??= 'a group the article does not name; check who is meant';
			return set(rec.id, 0.5, 'one of a group the article does not name');
		}
		const first = index.within(p, sentence.start, verbAt)[0];
		// "… when a studio executive claimed …": the verb has a subject of its own, unnamed.
		if (first && !OWN_SUBJECT.test(text.slice(first.end, verbAt)))
			return set(first.actor, 0.7, 'speaker is the subject of the sentence');
		const unnamed = before.match(UNNAMED);
		if (unnamed && fromWords(unnamed[0], sentence.start + unnamed.index!, '', 0.5)) return;
	}
	// "Opposition leader Tom Brandt: “…”": a name and a colon, no verb, introduce the quote.
	if (!v && /:\s*$/.test(before)) {
		const named = index.within(p, sentence.start, quote.start).at(-1);
		if (named && /^\s*:\s*$/.test(text.slice(named.end, quote.start)))
			return set(named.actor, 0.7, 'speaker named before a colon');
		// "Otto Lind was scathing: “…”": the one actor the sentence opens with, then a few
		// words of how, introduce the quote (not "… read a letter from the minister: “…”").
		const opener = index
			.within(p, sentence.start, quote.start)
			.filter((m) => !insideQuote(text, m.start));
		if (
			opener.length &&
			opener.every((m) => m.actor === opener[0]!.actor) &&
			/^(?:[\p{L}.'’-]+\s+){0,4}$/u.test(text.slice(sentence.start, opener[0]!.start)) &&
			HOW_BEFORE_COLON.test(text.slice(opener.at(-1)!.end, quote.start))
		)
			return set(opener[0]!.actor, 0.65, 'speaker is the subject of the sentence before a colon');
	}
	const acc = text.slice(sentence.start, sentence.end).match(ACCORDING);
	if (acc)
		fromWords(acc[1]!, sentence.start + acc.index! + acc[0].length - acc[1]!.length, '', 0.8);
}

/** A few lower-case words of how someone spoke, then a colon: " was scathing:", " put it bluntly:". */
const HOW_BEFORE_COLON = /^(?!.*\b(?:from|by)\b)(?:\s+[\p{Ll}'’-]+){1,8}\s*:\s*$/u;

/** "with one", "with some of them": one of the sentence's subjects, about to speak. */
const WITH_SOME = 'with\\s+(?:one|some|many|several|others|another)(?:\\s+of\\s+them)?';
/** "…, with one writing", "…, with some of them saying": one of the sentence's subjects speaks. */
const WITH_ONE = new RegExp(`,\\s*${WITH_SOME}\\s+$`, 'i');
/** A sentence opening with a group the article does not name: "Fans", "Former players". */
const GROUP_OPENING = new RegExp(
	`^\\s*((?:[\\p{L}-]+\\s+){0,2}?(?:${GROUP_NOUNS.join('|')}))\\b`,
	'iu'
);

/** Speech verbs that are nouns too ("a conference call", "her post", "the report"). */
const SPEECH_NOUN =
	/^(?:call|post|tweet|comment|note|claim|remark|reply|answer|report|message)s?$/i;
/** A speech noun with its owner, then what was said: "her claims that", "Lind's remarks that". */
const OWNED_SPEECH = new RegExp(
	`\\b(his|her|their|its|\\p{Lu}[\\p{L}-]+['’]s)\\s+(?:[\\p{L}-]+\\s+)?(?:${SPEECH_NOUN.source.slice(1, -1)})\\s+that\\b`,
	'giu'
);
/** A determiner and at most one word, ending right before a word: that word heads a noun phrase. */
const NOUN_PHRASE_BEFORE = /\b(?:a|an|the|its|his|her|their|our|this|that)\s+(?:[\p{L}-]+\s+)?$/iu;

/**
 * A subject of the verb's own after a name: "… when a studio executive ", "… as one of the jurors ",
 * "…, with one ".
 */
const OWN_SUBJECT = new RegExp(
	`\\b(?:(?:a|an|one)\\s+(?:[\\p{L}-]+\\s+){0,3}\\p{Ll}+|${WITH_SOME})\\s+$`,
	'u'
);

/** An unnamed speaker's words ending the text before a verb: "A Labour source ", "a spokesman for the club ". */
const UNNAMED_AT_END = new RegExp(`${UNNAMED.source}[^,.;]{0,40}$`, UNNAMED.flags);
