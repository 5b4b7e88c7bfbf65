/**
 * Queries over actor mentions: mentions in a span, conjoined groups
 * ("Trump and Vance"), pronouns resolved to the last person named, and
 * unnamed speakers ("a foreign ministry spokeswoman").
 */
import type { Paragraph } from '../article/segment.ts';
import type { ActorRecord, ActorTable, Mention } from './actors.ts';
import { countryByDemonym, countryByName, PARTIES } from './gazetteer.ts';
import {
	ASIDE_PARTICIPLES,
	BODY_NOUNS,
	LEGISLATURES,
	SUBJECT_VERB_GAP,
	UNNAMED_SPEAKERS,
	WHEN_BEFORE_VERB
} from './lexicon.ts';
import { splitSentences } from './text.ts';

/** Verbs that report someone's words, so that a name after them is in those words. */
const TELLING = 'said|says|told|added|claimed|insisted|argued';
/** A speech verb and what follows it, within one sentence: "said the", "told reporters that the". */
const REPORTED_BETWEEN = new RegExp(
	`^\\s+(?:has\\s+|had\\s+)?(?:${TELLING})\\s+(?:[^.!?]{0,40}?\\s+)?(?:that\\s+)?[^.!?]{0,60}$`
);
/** A sentence opening with "he said" or "she told …" up to a name: that name is in the words told. */
const PRONOUN_REPORTED = new RegExp(
	`^\\s*(?:[“"]?\\s*)?(?:he|she)\\s+(?:has\\s+|had\\s+)?(?:${TELLING})\\b[^.!?]{0,100}$`,
	'i'
);

/** An aside right before a verb: " - … - ", ", who … ,", ", speaking on Holm Radio, ". */
const ASIDE_AT_END = new RegExp(
	`\\s[-–—]\\s[^-–—]{0,90}\\s[-–—]\\s*$|,\\s(?:who|which|whose|${ASIDE_PARTICIPLES.join('|')})\\b[^,]{0,90},\\s*$`
);

/**
 * What may stand between a group of speakers and their verb: a possessive, an
 * apposition, an aside, the legislature they sit in ("in Congress"), when ("on Tuesday"),
 * auxiliaries.
 */
const GAP_BEFORE_VERB = new RegExp(
	`^(?:['’]s)?(?:\\s*\\([^()]{1,40}\\))?(?:\\s*,[^,]{0,60},)?,?(?:\\s+[-–—][^-–—]{0,90}[-–—])?\\s*(?:in (?:${LEGISLATURES.join('|')}))?\\s*(?:,?\\s*${WHEN_BEFORE_VERB},?\\s+)?(?:(?:${SUBJECT_VERB_GAP.join('|')}|quoted\\s+as|(?!family\\b|ally\\b|rally\\b|supply\\b|reply\\b)[a-z]{2,}ly)\\s+)*$`,
	'i'
);

/** Read access to the mentions of an article. */
export class MentionIndex {
	readonly #byParagraph = new Map<number, Mention[]>();
	readonly #actors: Map<string, ActorRecord>;
	readonly #table: ActorTable;
	readonly #paragraphs: readonly Paragraph[];

	constructor(table: ActorTable, paragraphs: readonly Paragraph[]) {
		this.#table = table;
		this.#paragraphs = paragraphs;
		this.#actors = new Map(table.actors.map((a) => [a.id, a]));
		for (const m of table.mentions) {
			const list = this.#byParagraph.get(m.paragraph) ?? [];
			list.push(m);
			this.#byParagraph.set(m.paragraph, list);
		}
	}

	/** Ids of every actor. */
	actorIds(): string[] {
		return [...this.#actors.keys()];
	}

	/** An actor by id. */
	actor(id: string): ActorRecord | undefined {
		return this.#actors.get(id);
	}

	/** Mentions of paragraph `p` that start in [start, end). */
	within(p: number, start: number, end: number): Mention[] {
		return (this.#byParagraph.get(p) ?? []).filter((m) => m.start >= start && m.start < end);
	}

	/** Whether a word at `pos` of paragraph `p` is inside a name ("States" in "the United States"). */
	insideName(p: number, pos: number): boolean {
		return (this.#byParagraph.get(p) ?? []).some((m) => m.start < pos && pos < m.end);
	}

	/**
	 * The mention starting at or right after `from` in paragraph `p` (only
	 * articles and adjectives between), with any mentions conjoined to it by
	 * "and" or ",": "Roe and Doe", "the minister and the EU".
	 */
	groupAfter(p: number, from: number, limit: number): Mention[] {
		const text = this.#paragraphs[p - 1]!.text;
		const list = this.within(p, from, limit);
		const first = list[0];
		// "by the local MP, Jane Moss": a person after the office she holds.
		const office =
			first &&
			this.#actors.get(first.actor)?.kind === 'person' &&
			/^\s*the\s+(?:[\p{L}.-]+\s+){0,6}[\p{L}.]+,\s+$/u.test(text.slice(from, first.start));
		if (
			!first ||
			(!office &&
				!/^[\s,]*(?:that\s+|then\s+)?(?:the\s+|some\s+|many\s+|several\s+|both\s+)?(?:[a-z]+\s+){0,2}$/.test(
					text.slice(from, first.start)
				)) ||
			/\b(?:of|for|to|with|in|on|at|by|from|about|over|against|that|who|which)\s+$/i.test(
				text.slice(from, first.start)
			)
		)
			return [];
		const out = [first];
		for (let i = 1; i < list.length; i++) {
			const gap = text.slice(out.at(-1)!.end, list[i]!.start);
			// "Jane Roe, Acme's chief, said": a name after a comma that owns a noun is an apposition.
			const appositive =
				/^\s*,\s+(?:the\s+)?$/.test(gap) && /^['’]s\s/.test(text.slice(list[i]!.end));
			if (!appositive && /^(?:['’]s)?\s*(?:,|,?\s*and|,?\s*as well as|&)\s+(?:the\s+)?$/i.test(gap))
				out.push(list[i]!);
			else break;
		}
		return out;
	}

	/** Mentions ending right before `to` (the subject of a verb at `to`), with conjoined ones. */
	groupBefore(p: number, from: number, to: number): Mention[] {
		const text = this.#paragraphs[p - 1]!.text;
		const aside = text.slice(from, to).match(ASIDE_AT_END);
		if (aside) to = from + aside.index!;
		// "Rhea Collins, a Democrat from Ohio, said": the person before the apposition is the subject.
		// "Frank Lucas, chairman of the House Science Committee, said": an office without "the" too.
		const apposition = text
			.slice(from, to)
			.match(/,\s(?:(?:an?|the)\s|(?:[\p{Ll}-]+\s){1,3}(?:of|at|for)\s)[^,"“”]{1,200},\s*$/u);
		if (apposition) {
			const at = from + apposition.index!;
			const owner = this.within(p, from, at).at(-1);
			if (owner?.end === at && this.#actors.get(owner.actor)?.kind === 'person') to = at;
		}
		const list = this.within(p, from, to).filter((m) => m.end <= to);
		const last = list.at(-1);
		if (!last) return [];
		const gap = text.slice(last.end, to);
		if (!GAP_BEFORE_VERB.test(gap)) return [];
		const out = [last];
		for (let i = list.length - 2; i >= 0; i--) {
			const between = text.slice(list[i]!.end, out[0]!.start);
			if (/^\s*(?:,|,?\s*and)\s+(?:the\s+)?$/i.test(between)) out.unshift(list[i]!);
			else break;
		}
		// "Officials in Oslo said", "The line, including its partners in Thailand and India, had …":
		// a place, or names inside an aside that lists, are not the subject.
		const lead = text.slice(from, out[0]!.start);
		if (
			/\b(?:in|at|near)\s+(?:the\s+)?$/i.test(lead) ||
			/,\s*(?:including|such\s+as|among\s+them)\b[^;:]*$/i.test(lead)
		)
			return [];
		return out;
	}

	/**
	 * The last person named before `pos` of paragraph `p`, outside quotes: searching back three
	 * paragraphs, and further while the paragraphs passed open with "he", "she" or a quote.
	 */
	lastPerson(
		p: number,
		pos: number,
		exclude: ReadonlySet<string> = new Set(),
		pronoun = ''
	): Mention | undefined {
		// "she" is not a man the article calls "Mr", "he" not a woman it calls "Ms".
		const unlike = /^he$/i.test(pronoun) ? 'f' : /^she$/i.test(pronoun) ? 'm' : '';
		// Only people told of in others' words: the last of them, if no one else is found.
		let fallback: Mention | undefined;
		for (let q = p; q >= 1; q--) {
			const text = this.#paragraphs[q - 1]!.text;
			// Past three paragraphs back only while each one passed opens with a pronoun or a quote.
			if (q < p - 3 && !/^(?:[“"‘]|(?:He|She)\b)/.test(this.#paragraphs[q]!.text)) break;
			const list = (this.#byParagraph.get(q) ?? []).filter(
				(m) =>
					(q < p || m.start < pos) &&
					this.#actors.get(m.actor)?.kind === 'person' &&
					!exclude.has(m.actor) &&
					!insideQuote(text, m.start) &&
					!ownerInApposition(text, m) &&
					(!unlike || this.#gender(m.actor) !== unlike)
			);
			if (!list.length) continue;
			// "Lind said the mayor had …": a person inside another's reported words is not the one
			// the story goes on with.
			const told = (m: Mention) =>
				list.some(
					(o) =>
						o.start < m.start &&
						o.actor !== m.actor &&
						REPORTED_BETWEEN.test(text.slice(o.end, m.start))
				) ||
				// "He said Mr Makama later …": the words of someone a pronoun names.
				PRONOUN_REPORTED.test(
					text.slice(splitSentences(text).findLast((x) => x.start <= m.start)?.start ?? 0, m.start)
				);
			const free = list.filter((m) => !told(m)).at(-1);
			if (free) return free;
			fallback ??= list.at(-1);
		}
		return fallback;
	}

	#genders = new Map<string, string>();
	/** 'm' or 'f' where a title or an honorific says ("Mr Makama", "Ms Lind", "Sir Keir"), else ''. */
	#gender(id: string): string {
		let g = this.#genders.get(id);
		if (g === undefined) {
			const a = this.#actors.get(id);
			const words = [
				a?.title ?? '',
				a?.name ?? '',
				...this.#table.mentions.filter((m) => m.actor === id).map((m) => m.text)
			];
			const male = words.some((w) => MALE_WORDS.test(w));
			const female = words.some((w) => FEMALE_WORDS.test(w));
			g = male === female ? '' : male ? 'm' : 'f';
			this.#genders.set(id, g);
		}
		return g;
	}

	/**
	 * The country an unnamed speaker at `pos` stands for: the government the sentence opens
	 * with ("India welcomed it, with an official calling it …"), else the last government named
	 * before `pos` in this paragraph or the one before.
	 */
	speakerCountry(p: number, pos: number, sentenceStart: number): string | null {
		const isGovernment = (m: Mention | undefined) => {
			const a = m && this.#actors.get(m.actor);
			return a?.kind === 'government' && a.country ? a.country : null;
		};
		const opening = this.within(p, sentenceStart, pos)[0];
		const lead = opening && this.#paragraphs[p - 1]!.text.slice(sentenceStart, opening.start);
		const home = lead !== undefined && /^(?:the\s+)?$/i.test(lead) ? isGovernment(opening) : null;
		if (home) return home;
		for (let q = p; q >= Math.max(1, p - 1); q--) {
			const list = this.within(q, 0, q === p ? pos : Infinity);
			for (let i = list.length - 1; i >= 0; i--) {
				const country = isGovernment(list[i]);
				if (country) return country;
			}
		}
		return null;
	}

	/** The government the article names most often (at least twice), if any. */
	mainGovernment(): string | undefined {
		const govs = this.#table.actors
			.filter((a) => a.kind === 'government' && a.count >= 2)
			.sort((a, b) => b.count - a.count);
		return govs[0] && (!govs[1] || govs[0].count > govs[1].count) ? govs[0].id : undefined;
	}

	/**
	 * The first mention of the organisation the article names most (at least
	 * twice; of equals, the one named first) before paragraph `p`, if any.
	 */
	mainBody(p: number, fits: (actor: ActorRecord) => boolean = () => true): Mention | undefined {
		const counts = new Map<string, number>();
		for (const m of this.#table.mentions) {
			const k = this.#actors.get(m.actor)?.kind;
			if (
				m.paragraph < p &&
				(k === 'organisation' || k === 'party') &&
				fits(this.#actors.get(m.actor)!)
			)
				counts.set(m.actor, (counts.get(m.actor) ?? 0) + 1);
		}
		// Map order is first-mention order, and the sort is stable: a tie goes to the body named first.
		const [first] = [...counts].sort((a, b) => b[1] - a[1]);
		if (!first || first[1] < 2) return undefined;
		return this.#table.mentions.find((m) => m.actor === first[0]);
	}

	/** The last mention of an actor of a kind (organisations include parties and groups) before `pos`. */
	lastOfKind(
		p: number,
		pos: number,
		kind: 'government' | 'organisation',
		groups = true,
		fits: (actor: ActorRecord) => boolean = () => true
	): Mention | undefined {
		for (let q = p; q >= Math.max(1, p - 3); q--) {
			const list = (this.#byParagraph.get(q) ?? []).filter((m) => {
				const k = this.#actors.get(m.actor)?.kind;
				return (
					(q < p || m.start < pos) &&
					fits(this.#actors.get(m.actor)!) &&
					(kind === 'government'
						? k === 'government'
						: k === 'organisation' || k === 'party' || (groups && k === 'group'))
				);
			});
			if (list.length) return list.at(-1);
		}
		return undefined;
	}

	/** The words of the last "a/an … <noun>" before `start` of paragraph `p` (this one or earlier), if any. */
	#introduced(noun: string, p: number, start: number): string | undefined {
		const re = new RegExp(`\\b(?:a|an)\\s+(${MODIFIER}{1,3}?${noun})\\b`, 'giu');
		for (let q = p; q >= 1; q--) {
			const text = this.#paragraphs[q - 1]!.text.slice(0, q === p ? start : undefined);
			const found = [...text.matchAll(re)].at(-1);
			if (found) return found[1]!;
		}
		return undefined;
	}

	/** Adds an unnamed speaker ("a foreign ministry spokeswoman") as an actor, or finds it. */
	unnamed(words: string, p: number, start: number, contextCountry: string | null): ActorRecord {
		let name = words.replace(/^(?:a|an|the)\s+/i, '');
		// "the spokesman" after "a department spokesman said": the one met before.
		if (/^the\s+\p{L}+$/iu.test(words)) {
			const met = this.#introduced(name, p, start);
			if (met) name = met;
		}
		const cap = name.charAt(0).toUpperCase() + name.slice(1);
		// "a Norwegian official", "a Tory source": the word says the country.
		const adjective = name
			.split(/\s+/)
			.map((w) => countryByDemonym(w)?.code ?? countryByName(w)?.code ?? PARTIES[w.toLowerCase()])
			.find(Boolean);
		const country = adjective ?? contextCountry;
		const display = adjective || !country ? cap : `${cap} (${country})`;
		const id = display
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '');
		let rec = this.#actors.get(id);
		if (!rec) {
			rec = {
				id,
				name: display,
				kind: BODY_NOUNS.includes(name.split(/\s+/).at(-1)!.toLowerCase())
					? 'organisation'
					: /s$/.test(name) && !/spokes/.test(name)
						? 'group'
						: 'person',
				country,
				region: country ? undefined : 'Unknown',
				role: words,
				confidence: 0.5,
				review: 'unnamed in the article; check who is meant',
				count: 0
			};
			this.#actors.set(id, rec);
			this.#table.actors.push(rec);
		}
		rec.count++;
		const m: Mention = {
			actor: id,
			paragraph: p,
			start,
			end: start + words.length,
			text: words,
			via: 'role'
		};
		this.#table.mentions.push(m);
		const list = this.#byParagraph.get(p) ?? [];
		list.push(m);
		list.sort((a, b) => a.start - b.start);
		this.#byParagraph.set(p, list);
		return rec;
	}
}

/** Whether offset `pos` of `text` lies inside a double-quoted span. */
export function insideQuote(text: string, pos: number): boolean {
	const opens = quoteState(text);
	return opens[pos] === 1;
}

let lastText = '';
let lastState = new Uint8Array(0);

/** For each offset of `text`, 1 if it lies inside a double quote (cached for the last text asked). */
function quoteState(text: string): Uint8Array {
	if (text === lastText) return lastState;
	const state = new Uint8Array(text.length + 1);
	let straight = false;
	let curly = false;
	for (let i = 0; i < text.length; i++) {
		state[i] = straight || curly ? 1 : 0;
		const ch = text[i];
		if (ch === '"') straight = !straight;
		else if (ch === '“') curly = true;
		else if (ch === '”') curly = false;
	}
	state[text.length] = straight || curly ? 1 : 0;
	lastText = text;
	lastState = state;
	return state;
}

/** Titles and honorifics that say a man or a woman is meant. */
const MALE_WORDS = /^(?:mr|sir|lord|king|prince|baron)\b/i;
const FEMALE_WORDS = /^(?:mrs|ms|miss|dame|lady|queen|princess|baroness)\b/i;

/** A word that may stand before a noun in its phrase: not an article, preposition or conjunction. */
const MODIFIER =
	'(?:(?!(?:the|a|an|and|or|of|to|in|on|at|by|for|with|from|that|who|which)\\s)[\\p{L}-]+\\s+)';

/** Words naming an unnamed speaker: "a senior official", "the foreign ministry's spokeswoman". */
export const UNNAMED = new RegExp(
	`\\b(?:an?|the)\\s+${MODIFIER}{0,3}?(?:${UNNAMED_SPEAKERS.join('|')})\\b`,
	'iu'
);

/** A name owning the noun of an apposition ("Jane Roe, Acme's chief, said"): a modifier, not a person spoken of. */
function ownerInApposition(text: string, m: Mention): boolean {
	return (
		/^['’]s\s+\p{Ll}/u.test(text.slice(m.end)) &&
		/\p{L}\s*,\s+(?:the\s+)?$/u.test(text.slice(Math.max(0, m.start - 40), m.start))
	);
}

/** A mention after "of/at/from/for" belongs to the noun before it: "Jane Roe of the Daily Mail" is Jane Roe. */
export function headOf(
	m: Mention,
	text: string,
	p: number,
	from: number,
	index: MentionIndex
): Mention | null {
	const lead = text.slice(from, m.start);
	if (/\b(?:told|tells|telling|to|toward|towards|against|about|with|by)\s+(?:the\s+)?$/i.test(lead))
		return null;
	if (!/\b(?:of|at|from|for)\s+(?:the\s+)?$/i.test(lead)) return m;
	const before = index
		.within(p, from, m.start)
		.filter((x) => x.end <= m.start)
		.at(-1);
	return before && /^\s+(?:of|at|from|for)\s+(?:the\s+)?$/i.test(text.slice(before.end, m.start))
		? before
		: null;
}

/**
 * The speaker among the names right before a verb: the first, unless it is
 * the object of a preposition; after an opening phrase that ends in a name
 * and a comma ("Asked about the gifts from Jane Roe, Smith said …") the name
 * after the comma.
 */
export function groupHead(
	group: readonly Mention[],
	text: string,
	p: number,
	from: number,
	index: MentionIndex
): Mention | null {
	const head = headOf(group[0]!, text, p, from, index);
	if (
		!head &&
		group.length > 1 &&
		/^\s*,\s*$/.test(text.slice(group.at(-2)!.end, group.at(-1)!.start))
	)
		return headOf(group.at(-1)!, text, p, from, index);
	return head;
}

/**
 * A participle after a comma ("…, adding that …", "…, promising to …") has
 * the sentence's subject, never the name just before the comma.
 */
export function detachedParticiple(verb: string, gap: string): boolean {
	return /ing$/i.test(verb) && /,\s*$/.test(gap);
}
