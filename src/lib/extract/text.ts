/**
 * Small text helpers shared by the extractors: sentences with offsets,
 * quoted spans, kebab-case ids and word lists.
 */
import {
	MONTH_ABBREVIATIONS,
	NOT_NAMES,
	OTHER_ABBREVIATIONS,
	TITLE_ABBREVIATIONS
} from './lexicon.ts';

/** A sentence of a paragraph, with its character offsets. */
export interface Sentence {
	start: number;
	end: number;
	text: string;
}

const ABBREV = new RegExp(
	`\\b(?:${[...TITLE_ABBREVIATIONS, ...OTHER_ABBREVIATIONS, ...MONTH_ABBREVIATIONS].map((w) => w.replace(/\./g, '\\.')).join('|')})\\.$`
);

/** A single capital and a full stop, after a space, a full stop or the start: an initial. */
const INITIAL = /(?:^|[\s.])\p{Lu}\.$/u;

/** A form of "be" (with adverbs) right before a verb: the verb is a passive participle ("was said", "is widely criticised"). */
export const PASSIVE_BEFORE =
	/\b(?:is|are|was|were|been|being|be)(?:\s+(?:also|not|never|then|later|widely|publicly|often|repeatedly|previously|reportedly))*\s+$/i;

/**
 * A wire dateline opening a paragraph: "BEIRUT, March 7 (Reuters) - ", "JAKARTA (Reuters) - ".
 * It dates the filing and names the agency; it is no part of what happened.
 */
export const DATELINE =
	/^[A-Z][A-Z .'-]{1,40}(?:,(?:\s+[A-Z][\w.]*)?(?:\s+[^-–—()]{3,25}?)?\s*(?:\([^)]{1,40}\))?|\s*\([^)]{1,40}\))\s*(?:[-–—]|--)\s/;

/** An age in commas right after a name ("Jane Roe, 54, said"): it stands between the name and its verb. */
export const AGE_IN_COMMAS = /^,\s*\d{1,3},(?=\s)/;

/**
 * Splits a paragraph into sentences at `.`, `!` or `?` followed by a space
 * and a capital or an opening quote, never inside a quotation.
 */
export function splitSentences(text: string): Sentence[] {
	const out: Sentence[] = [];
	let start = 0;
	let inQuote = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (ch === '“') inQuote = true;
		else if (ch === '”') inQuote = false;
		else if (ch === '"') inQuote = !inQuote;
		if (!/[.!?]/.test(ch)) continue;
		let j = i + 1;
		while (j < text.length && /["”’')\]]/.test(text[j]!)) j++;
		if (j < text.length && text[j] !== ' ') continue;
		const next = text.slice(j).trimStart();
		if (next && !/^["“‘A-Z0-9]/.test(next)) continue;
		if (inQuote && j === i + 1) continue;
		if (ABBREV.test(text.slice(Math.max(0, i - 6), i + 1))) continue;
		// An initial inside a name ("P.J. Crowley", "George H. Smith") ends no sentence.
		if (
			INITIAL.test(text.slice(Math.max(0, i - 2), i + 1)) &&
			/^\p{Lu}\p{Ll}/u.test(next) &&
			// A word that starts sentences rather than names: "… Plan B. The vote …".
			!NOT_NAMES.has(next.match(/^\p{L}+/u)![0])
		)
			continue;
		if (j > i + 1 && /["”]/.test(text.slice(i + 1, j))) inQuote = false;
		out.push({ start, end: j, text: text.slice(start, j) });
		while (j < text.length && text[j] === ' ') j++;
		start = j;
		i = j - 1;
	}
	if (start < text.length) out.push({ start, end: text.length, text: text.slice(start) });
	return out.filter((s) => s.text.trim());
}

/** A quoted span: offsets of the whole quotation including its marks, and its inner text. */
export interface QuoteSpan {
	start: number;
	end: number;
	inner: string;
}

/** Finds double-quoted spans (straight or curly quotes) in a paragraph. */
export function findQuotes(text: string): QuoteSpan[] {
	const out: QuoteSpan[] = [];
	const re = /“([^”]+)”|"([^"]+)"/g;
	for (const m of text.matchAll(re)) {
		const inner = (m[1] ?? m[2] ?? '').trim();
		if (inner) out.push({ start: m.index, end: m.index + m[0].length, inner });
	}
	// An opening quote left open to the paragraph's end: a quote continued in the next paragraph.
	const straight = [...text.matchAll(/"/g)].map((m) => m.index);
	const lastOpen =
		straight.length % 2 === 1
			? straight.at(-1)!
			: text.lastIndexOf('“') > text.lastIndexOf('”')
				? text.lastIndexOf('“')
				: -1;
	if (lastOpen >= 0 && !out.some((q) => q.start <= lastOpen && q.end > lastOpen))
		out.push({ start: lastOpen, end: text.length, inner: text.slice(lastOpen + 1).trim() });
	return out;
}

/** A kebab-case id from any text. */
export function slugify(text: string, max = 40): string {
	const s = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	const cut = s.length > max ? s.slice(0, max).replace(/-[^-]*$/, '') : s;
	return cut || 'item';
}

/** Hands out ids unique within one story. */
export class IdPool {
	#used: Set<string>;
	/** `taken`: ids already given (actors' ids), never given again. */
	constructor(taken: Iterable<string> = []) {
		this.#used = new Set(taken);
	}
	/** A unique id made from `text`. */
	take(text: string): string {
		const base = slugify(text);
		let id = base;
		for (let n = 2; this.#used.has(id); n++) id = `${base}-${n}`;
		this.#used.add(id);
		return id;
	}
}

/** Spans of asides in a paragraph: between paired dashes, or a ", who/which …," clause. */
export function asides(text: string): [number, number][] {
	const out: [number, number][] = [];
	for (const m of text.matchAll(
		/\s[-–—]\s[^-–—.!?]{1,120}?\s[-–—]\s|,\s(?:who|which|whose)\b[^,.;]{1,120},/g
	))
		out.push([m.index, m.index + m[0].length]);
	return out;
}
