/**
 * Events: the happenings a sentence reports (met, signed, accused, left…),
 * with the actors named in the clause, plus events implied by dates: the
 * subject of a duration ("three years of state support") and the anchor of an
 * offset ("three years before the invasion", dated from the sentence's own
 * year).
 */
import type { Paragraph } from '../article/segment.ts';
import type { DateMention } from './dates.ts';
import {
	AMBIGUOUS_EVENT_WORDS,
	EVENT_VERBS,
	REPORTED_FORMS,
	SPOKEN_EVENT_VERBS,
	SEQUENCE_OPENERS,
	TENURE_PHRASES,
	verbPattern
} from './lexicon.ts';
import { insideQuote, type MentionIndex } from './mentions.ts';
import { asides, DATELINE, splitSentences } from './text.ts';

/** An event found in the text, before its date is resolved. */
export interface FoundEvent {
	paragraph: number;
	/** Verbatim span of the paragraph that reports it. */
	start: number;
	end: number;
	label: string;
	actors: string[];
	/** Temporal expressions of its sentence (offsets relative to the paragraph). */
	dates: DateMention[];
	/** Reported in the past perfect ("had appeared"): before the main day. */
	pastPerfect: boolean;
	/** Ordering cue at the start of the sentence ("then", "after that"). */
	follows: boolean;
	/** A date fixed by the extractor itself (durations, offsets). */
	fixed?: DateMention['value'];
	confidence: number;
	review?: string;
}

const VERB = new RegExp(`\\b(${verbPattern(EVENT_VERBS)})\\b`, 'giu');
const SPOKEN = new RegExp(`\\b(${verbPattern(SPOKEN_EVENT_VERBS)})\\b`, 'g');
/** A word as often a noun as a verb ("a strike", "they strike"), with its "-s". */
const NOUN_OR_VERB = new RegExp(`^(?:${AMBIGUOUS_EVENT_WORDS.join('|')})s?$`);
const REPORTED = new RegExp(`\\b(?:${REPORTED_FORMS.join('|')})\\b`, 'i');
/** A sentence that opens by pointing back to the one before: "That came …", "This was …". */
const RESUMES = /^(?:That|This|It)\s+(?:came|happened|was|followed)\b/;
/** A sentence that opens by reporting what happened next. */
export const FOLLOWS = new RegExp(
	`^(?:${SEQUENCE_OPENERS.join('|')})\\b|\\b(?:then|later)\\s+\\w+ed\\b`,
	'i'
);

/** Finds events sentence by sentence; `datesOf` gives each sentence's temporal expressions. */
export function findEvents(
	paragraphs: readonly Paragraph[],
	index: MentionIndex,
	datesOf: (p: number, start: number, end: number) => DateMention[]
): FoundEvent[] {
	const out: FoundEvent[] = [];
	for (const para of paragraphs) {
		const text = para.text;
		const p = para.n;
		let previous: DateMention[] = [];
		for (const s of splitSentences(text)) {
			const dates = datesOf(p, s.start, s.end);
			const body = text.slice(s.start, s.end);
			// "That came two years after …": the offset counts from the sentence before.
			const base = RESUMES.test(body.trimStart()) ? [...dates, ...previous] : dates;
			for (const d of dates) derived(d, base, p, text, index, out);
			previous = dates;
			const before = out.length;
			for (const m of body.matchAll(VERB)) {
				const at = s.start + m.index;
				const word = m[1]!.toLowerCase();
				if (insideQuote(text, at)) continue;
				const prev = text.slice(Math.max(s.start, at - 12), at);
				if (/ing$/.test(word) && !/\b(?:was|were|is|are|been|seen|be)\s+$/i.test(prev)) continue;
				if (/\b(?:the|a|an|to|of|his|her|their|its)\s+$/i.test(prev)) continue;
				// A verb in a relative clause ("an investigation that began") heads the event only if nothing else does.
				if (
					/\b(?:that|which|who)\s+(?:\w+\s+){0,2}$/i.test(
						text.slice(Math.max(s.start, at - 30), at)
					) &&
					[...body.matchAll(VERB)].some(
						(x) => x.index > m.index && !insideQuote(text, s.start + x.index)
					)
				)
					continue;
				if (
					NOUN_OR_VERB.test(word) &&
					!/\b(?:has|have|had|was|were|will|to|and)\s+$/i.test(prev) &&
					!index.groupBefore(p, s.start, at).length
				)
					continue;
				const subjects = index.groupBefore(p, s.start, at);
				let clauseStart = subjects[0]?.start ?? Math.max(s.start, lastClauseComma(text, at) + 1);
				// "The group, including affiliates in …, had not suffered": the comma closed an aside,
				// and the clause's subject is before it.
				if (
					!subjects.length &&
					/^\s*(?:had|has|have|was|were|is|are|will|would|did|does|could|can|may|might|must|should)\b/i.test(
						text.slice(clauseStart, at)
					)
				)
					clauseStart = s.start;
				let end = at + m[0].length;
				const tail = text.slice(end, s.end).match(/^[^,;:.!?"“”()–—]*/);
				end += Math.min(tail?.[0].length ?? 0, 110);
				let start = clauseStart;
				while (/\s/.test(text[start] ?? '')) start++;
				start = clauseOpening(text, start, at);
				for (;;) {
					while (end > start && /[\s,-]/.test(text[end - 1]!)) end--;
					const dangling = text
						.slice(start, end)
						.match(/\s(?:and|or|but|of|to|the|a|an|as|with|by)$/i);
					if (!dangling) break;
					end -= dangling[0].length;
				}
				const actors = [...new Set(index.within(p, start, end).map((x) => x.actor))];
				if (!actors.length && !dates.some((d) => d.value || d.kind === 'sequel')) continue;
				const quote = text.slice(start, end);
				out.push({
					paragraph: p,
					start,
					end,
					label: labelOf(quote),
					actors,
					dates,
					pastPerfect:
						/\bhad\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(s.start, at - 20), at)) &&
						!REPORTED.test(text.slice(s.start, at)),
					follows:
						FOLLOWS.test(body.trimStart()) ||
						/\bthen\s+$/i.test(text.slice(Math.max(s.start, at - 6), at)),
					confidence: subjects.length ? 0.65 : 0.45,
					review: subjects.length
						? undefined
						: 'no subject found for the event; check who took part'
				});
				break;
			}
			if (out.length === before) {
				const found = spokenEvent(text, s, dates, p, index) ?? datedEvent(text, s, dates, p, index);
				if (found) out.push(found);
			}
			out.push(...clauseEvents(text, s, dates, p, index, out.length > before));
		}
	}
	return out;
}

/**
 * A dated statement as an event ("Speaking on Wednesday, Owens said …"):
 * only where the sentence has a named speaker before the speech verb and a
 * date of its own, so undated talk does not crowd the timeline.
 */
function spokenEvent(
	text: string,
	s: { start: number; end: number },
	dates: DateMention[],
	p: number,
	index: MentionIndex
): FoundEvent | undefined {
	if (!dates.some((d) => d.kind === 'point' && d.value)) return undefined;
	for (const m of text.slice(s.start, s.end).matchAll(SPOKEN)) {
		const at = s.start + m.index;
		if (insideQuote(text, at)) continue;
		const subjects = index.groupBefore(p, s.start, at);
		const speaker =
			subjects[0] ??
			index.within(p, s.start, s.end).find((x) => x.start > at && !insideQuote(text, x.start));
		if (!speaker) continue;
		// "…, said Jane Roe": the inverted speaker right after the verb, and "said the lease was …"
		// opens at the verb (the label starts past it); else the words before the verb hold its
		// subject, named or not ("However, the Prime Minister declared …").
		const inverted =
			speaker.start > at && /^\S+\s+(?:the\s+)?$/.test(text.slice(at, speaker.start));
		let start =
			subjects.length || inverted || /^(?:said|says|added|adding)$/i.test(m[0].trim())
				? Math.min(speaker.start, at)
				: s.start;
		let end = s.end;
		// "The plane could be at the bottom of the sea, Soelistyo said on Monday.": the words said,
		// before the speaker, are what the event is about.
		const lead = subjects.length ? text.slice(s.start, subjects[0]!.start) : '';
		const tail = text
			.slice(at + m[0].length, s.end)
			.trim()
			.split(/\s+/).length;
		if (
			/[^,]{20},\s*(?:the\s+)?$/.test(lead) &&
			!/^\s*(?:\p{L}+ing|Asked|Told|In|On|At|After|Before|During|Following)\b/u.test(lead) &&
			tail <= 5 &&
			!insideQuote(text, s.start)
		) {
			start = s.start;
			end = s.start + lead.replace(/,\s*(?:the\s+)?$/, '').length;
		}
		while (end > start && /[\s.,"”]/.test(text[end - 1]!)) end--;
		if (end - start > 160)
			end = start + text.slice(start, start + 160).replace(/\s+\S*$/, '').length;
		return flagged(text, p, [start, end], dates, index, 0.5, 'a dated statement read as an event');
	}
	return undefined;
}

/** Words that end a name's noun phrase when read backwards from a "which"/"who" clause. */
const BEFORE_PHRASE =
	/^(?:to|of|in|on|at|by|for|with|from|into|against|was|were|is|are|has|have|had|said|says|that|and|but|or|as|than|after|before)$/i;

/**
 * Where an event's words begin, for a label that reads on its own: past a
 * reporting verb and an inverted speaker ("said the lease was …", "said Jane Roe, a lawyer,
 * referring to …"), or back to the name a "which"/"who" clause is about
 * ("China Geo, which left …"). `limit` is where the event's date or verb is,
 * which the start never passes.
 */
export function clauseOpening(text: string, start: number, limit: number): number {
	const rest = text.slice(start, limit);
	const lead = rest.match(
		/^(?:[Ss]aid|[Ss]ays|[Aa]dded|[Aa]dding)(?:\s+that)?\s+(?:(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*,\s[^,]{1,120},\s+)?/u
	);
	if (lead && lead[0].length < rest.length) return start + lead[0].length;
	if (!/^(?:which|who|whose)\b/i.test(rest)) return start;
	const before = text.slice(0, start).match(/(\S+)\s*[,—–-]\s*$/);
	if (!before) return start;
	let at = start - before[0].length;
	let words = 0;
	for (const m of [...text.slice(0, at + before[1]!.length).matchAll(/\S+/g)].reverse()) {
		if (words === 5 || BEFORE_PHRASE.test(m[0]) || /[.!?;:,]$|^\d/.test(m[0])) break;
		at = m.index;
		words++;
	}
	return words ? at : start;
}

/** An event over `span` of paragraph `p`, flagged for review with `review`. */
function flagged(
	text: string,
	p: number,
	[start, end]: [number, number],
	dates: DateMention[],
	index: MentionIndex,
	confidence: number,
	review: string
): FoundEvent {
	const first = Math.min(end, ...dates.filter((d) => d.start >= start).map((d) => d.start));
	start = clauseOpening(text, start, first);
	const actors = index
		.within(p, start, end)
		.filter((x) => !insideQuote(text, x.start))
		.map((x) => x.actor);
	return {
		paragraph: p,
		start,
		end,
		label: labelOf(text.slice(start, end)),
		actors: [...new Set(actors)],
		dates,
		pastPerfect: false,
		follows: false,
		confidence,
		review
	};
}

/**
 * A sentence with a date of its own and no event verb ("The case was
 * dropped in 2017 without charges"): the clause around the date is an
 * event, flagged, so that a dated happening is not lost from the timeline.
 */
function datedEvent(
	text: string,
	s: { start: number; end: number },
	dates: DateMention[],
	p: number,
	index: MentionIndex
): FoundEvent | undefined {
	// A span dates the sentence too: "has run … for the past ten years", "in recent weeks".
	const d = dates.find(
		(x) =>
			(((x.kind === 'point' || x.kind === 'range' || x.kind === 'vague') && x.value) ||
				x.kind === 'sequel') &&
			!insideQuote(text, x.start) &&
			x.start >= s.start
	);
	if (!d) return undefined;
	let start = s.start;
	if (s.end - start > 160) start = Math.max(s.start, lastClauseComma(text, d.start) + 1);
	while (/\s/.test(text[start] ?? '')) start++;
	let end = s.end;
	while (end > start && /[\s.,"”]/.test(text[end - 1]!)) end--;
	if (end - start > 160)
		end = Math.max(d.end, start + text.slice(start, start + 160).replace(/\s+\S*$/, '').length);
	if (end - start < 12) return undefined;
	const review = 'a dated sentence read as an event; check what happened';
	const e = flagged(text, p, [start, end], dates, index, 0.4, review);
	// Dated by a span only: the event starts where the span does.
	return d.kind === 'range' ? { ...e, dates: [d], fixed: d.value } : e;
}

/**
 * Where a clause ends: a comma (not one inside a number, "10,000"), a
 * semicolon, a colon, a dash, a bracket, or "and"/"but".
 */
const CLAUSE_EDGE = /,(?!\d)|[;:()–—]|\s-\s|\s(?:and|but|while|whereas)\s/g;

/**
 * The further dates of a sentence, each with a clause of its own ("… with
 * the Kestrel in 2004 and with the Osprey in 2010", "the lease — which expired in
 * August — was renewed"): the sentence's event takes its first date, so each
 * other calendar date is an event of its clause, flagged, dated by it.
 */
function clauseEvents(
	text: string,
	s: { start: number; end: number },
	dates: DateMention[],
	p: number,
	index: MentionIndex,
	hasEvent: boolean
): FoundEvent[] {
	const spans = asides(text);
	const own = dates.filter((d) => d.kind === 'point' && d.value && d.start >= s.start);
	// A date inside a quote makes no event, unless the quoted sentence lists two or more
	// different dates: a record recounted ("won it in 1998 and again in 2003") is dated history.
	const quoted = own.filter((d) => insideQuote(text, d.start));
	const record = new Set(quoted.map((d) => d.value!.start)).size >= 2;
	const points = own.filter((d) => record || !insideQuote(text, d.start));
	// The date the sentence's own event takes (the first outside an aside), if it has one.
	const first = hasEvent
		? dates.find(
				(d) =>
					(d.kind === 'point' || d.kind === 'vague') &&
					d.value &&
					!spans.some(([a, b]) => d.start >= a && d.start < b)
			)
		: undefined;
	const out: FoundEvent[] = [];
	for (const d of points) {
		if (d === first) continue;
		if (first?.value && first.value.start === d.value!.start) continue;
		let start = s.start;
		let end = s.end;
		for (const m of text.slice(s.start, s.end).matchAll(CLAUSE_EDGE)) {
			const at = s.start + m.index;
			if (at + m[0].length <= d.start) start = at + m[0].length;
			else if (at >= d.end) {
				end = at;
				break;
			}
		}
		while (start < end && /[\s"“”‘’.]/.test(text[start]!)) start++;
		while (end > start && /[\s.,"”]/.test(text[end - 1]!)) end--;
		if (end - start < 12 || end - start > 200) continue;
		const e = flagged(
			text,
			p,
			[start, end],
			[d],
			index,
			0.35,
			'a further date in the sentence read as an event of its own clause; check what happened'
		);
		out.push({ ...e, fixed: d.value });
	}
	return out;
}

/** A tenure phrase right after a duration, with what it is in charge of ("in charge of the fleet"). */
const TENURE = new RegExp(
	`^\\s+(?:${TENURE_PHRASES.join('|')})(?:\\s+(?:of|at)\\s+(?:[\\p{L}'’-]+\\s*){1,5}?(?=[,;.:!?)]|\\s+(?:and|but)\\b|$))?`,
	'u'
);

/** Events implied by durations and offsets. */
function derived(
	d: DateMention,
	all: DateMention[],
	p: number,
	text: string,
	index: MentionIndex,
	out: FoundEvent[]
) {
	if (d.kind === 'range' && d.value) {
		const np = text
			.slice(d.end)
			.match(
				/^\s*of\s+((?:[\p{L}'’-]+\s*){1,9}?)(?=[,;.:!?)]|\s+(?:and|but|with|as|which|who)\b|$)/u
			);
		// Someone's time in a post: "after four years in office" is the tenure, from its start.
		const tenure = np ? null : text.slice(d.end).match(TENURE);
		if (!np && !tenure) return;
		const start = d.start;
		const end = d.end + (np ?? tenure)![0].length;
		out.push({
			paragraph: p,
			start,
			end,
			label: labelOf(np ? np[1]!.trim() : text.slice(start, end)),
			actors: [...new Set(index.within(p, start, end).map((x) => x.actor))],
			dates: [d],
			pastPerfect: false,
			follows: false,
			fixed: d.value,
			confidence: 0.5,
			review: 'duration read as a range ending at publication'
		});
	}
	if (d.kind === 'offset' && d.anchor?.offset) {
		const base = all.find((x) => x.kind === 'point' && x.value && x !== d);
		const { n, unit } = d.anchor.offset;
		const nounAt = text.indexOf(d.anchor.noun, d.start);
		const common = {
			paragraph: p,
			start: nounAt,
			end: nounAt + d.anchor.noun.length,
			label: labelOf(d.anchor.noun.replace(/^(?:the|a|his|her|their)\s+/i, '')),
			dates: [d],
			pastPerfect: false,
			follows: false
		};
		const actors = [
			...new Set(index.within(p, nounAt, nounAt + d.anchor.noun.length).map((x) => x.actor))
		];
		if (base?.value && (unit === 'year' || base.value.precision !== 'year')) {
			const sign = d.anchor.direction === 'before' ? 1 : -1;
			const year = Number(base.value.start.slice(0, 4)) + sign * (unit === 'year' ? n : 0);
			out.push({
				...common,
				actors,
				fixed: { start: String(year), precision: 'year', approximate: unit !== 'year' },
				confidence: 0.6,
				review: `date derived: "${d.text}" counted from "${base.text}"`
			});
		}
	}
}

/** A label from a verbatim span: no opening "and"/"but", first letter capitalised, cut at a word near 90 characters. */
export function labelOf(quote: string): string {
	// "But Moscow announced …", "JAKARTA (Reuters) - Countries …": a label opens with what
	// happened, not with a conjunction or a dateline.
	let s = quote
		.replace(/\s+/g, ' ')
		.trim()
		.replace(DATELINE, '')
		.replace(/^(?:and|but|or|so|yet|however|meanwhile|separately|instead)\b,?\s+(?=\S)/i, '');
	if (s.length > 90) s = s.slice(0, 90).replace(/\s+\S*$/, '') + '…';
	return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The last comma before `at` that ends a clause, not one inside a number ("10,000"); -1 if none. */
function lastClauseComma(text: string, at: number): number {
	let i = text.lastIndexOf(',', at);
	while (i >= 0 && /\d/.test(text[i + 1] ?? '') && /\d/.test(text[i - 1] ?? ''))
		i = text.lastIndexOf(',', i - 1);
	return i;
}
