/**
 * Actors: people, governments, parties, organisations and groups named in
 * the article, merged across mentions (full name, surname, title, role
 * words such as "Ukraine's president" learned from the article's own
 * appositions), each mention kept with its offsets for the other extractors.
 */
import type { Paragraph } from '../article/segment.ts';
import {
	countryByDemonym,
	countryByName,
	COUNTRIES,
	INSTITUTIONS,
	PARTIES,
	PARTY_SAME_AS,
	REGIONS
} from './gazetteer.ts';
import {
	DOCUMENT_HEADS,
	EVENT_HEADS,
	PLACE_HEADS,
	GIVEN_NAMES,
	GOVERNMENT_BODY_WORDS,
	GROUP_NOUNS,
	HEAD_TITLES,
	LEGISLATURES,
	NAME_GROUP_NOUNS,
	NAME_PARTICLES,
	NOT_NAMES,
	ORG_HEADS,
	BODY_NOUNS,
	COMPASS_POINTS,
	COMPANY_DESCRIPTORS,
	COMPANY_WORDS,
	DESCRIPTOR_NOUNS,
	PORTFOLIO_WORDS,
	REPORTING_PATTERN,
	SEAT_HEADS,
	SOCIAL_PLATFORMS,
	TITLES,
	UNNAMED_SPEAKERS
} from './lexicon.ts';
import {
	nearSurname,
	readRoles,
	resolveDescriptors,
	resolveRoles,
	type RoleMention
} from './roles.ts';
import { AGE_IN_COMMAS, DATELINE, IdPool } from './text.ts';

/** Kinds of actor, as in the schema. */
export type ActorKind = 'person' | 'government' | 'party' | 'organisation' | 'group';

/** An actor as ingest drafts it, with what it learned along the way. */
export interface ActorRecord {
	id: string;
	name: string;
	kind: ActorKind;
	country: string | null;
	region?: string;
	role: string;
	/** Office, lower-case ("president"), where the article gives one. */
	title?: string;
	confidence: number;
	review?: string;
	/** Number of mentions. */
	count: number;
}

/** One mention of an actor in a paragraph. */
export interface Mention {
	actor: string;
	paragraph: number;
	start: number;
	end: number;
	text: string;
	/** How the mention was recognised. */
	via: 'name' | 'surname' | 'role' | 'country' | 'group';
}

/** The actors of an article and every mention found. */
export interface ActorTable {
	actors: ActorRecord[];
	mentions: Mention[];
}

/** A word in capitals that is not a known institution ("PEACE", not "NATO"): emphasis, not a name. */
/**
 * The initials of a name of two or more capitalised words ("Liberal Democratic
 * Party" → "LDP", "Democratic Republic of the Congo" → "DRC"), or '' for a
 * shorter name. Lower-case words ("of", "the") add no letter.
 */
export function initialsOf(name: string): string {
	const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
	return words.length >= 2 ? words.map((w) => w[0]).join('') : '';
}
/** Each word of a lower-case title with a capital: "general" → "General". */
const capitalise = (t: string) =>
	t.replace(/(^|\s)(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase());
/** Four lower-case letters then a capital inside one word: two words run together ("RoeAcme"). */
const GLUED = /\p{Ll}{4}\p{Lu}/u;
/** A reporting verb right after a word: "… welcomed", "… suspended". */
const REPORTING_NEXT = new RegExp(`^\\s+(?:${REPORTING_PATTERN})\\b`, 'iu');
/** A body named by a word and a number ("No 10"), kept whole though its word opens no name. */
const numberedBody = (word: string, number: string) =>
	/^\d+$/.test(number) && `${word} ${number}` in INSTITUTIONS;
const isShouted = (word: string) => {
	const letters = word.replace(/[^\p{L}]/gu, '');
	return /^\p{Lu}{4,}$/u.test(letters) && !(letters in INSTITUTIONS);
};
const TITLE_WORDS = new Set(TITLES.map((t) => t.split(' ').at(-1)!));
/** Each title, its number of words and its text without a final stop, as a name's leading words are matched. */
const TITLE_FORMS = TITLES.map((t) => ({
	t,
	n: t.split(' ').length,
	bareTitle: t.replace(/\.$/, '')
}));
const PLATFORMS = new Set(SOCIAL_PLATFORMS);
/** An office and "of"/"for" right before a run of capitals: the run opens with the portfolio. */
const PORTFOLIO_BEFORE =
	/\b(?:[Mm]inister|[Ss]ecretary|[Cc]ommissioner|[Mm]inistry|[Dd]epartment)\s+(?:of|for)\s+(?:the\s+)?$/;
/**
 * The relative pronoun right after a name: ", which …" speaks of a thing or a
 * body, ", who …" of a person.
 */
function relativeAfter(after: string): 'which' | 'who' | null {
	const m = after.match(/^,\s+(which|who)\b/);
	return m ? (m[1] as 'which' | 'who') : null;
}
/** A form of address: "Dr", "Dr.", "Mr", "Mrs", "Ms", "Prof". */
const ADDRESS = /^(?:Dr|Mr|Mrs|Ms|Prof)\.?$/;
/** The review note of one name read as a body from the words around it. */
const BODY_CUE_REVIEW = 'one name read as a body from the words around it; check what it is';
/** The review note of a name read as a body because the article says "which" of it. */
const WHICH_REVIEW = 'read as a body because the article says "which" of it; check what it is';
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const LOCATIVE =
	/\b(?:in|at|from|across|into|inside|near|within|throughout|around|outside|via|over)\s+(?:the\s+)?$/i;
/** People who work at a body ("analysts at", "a lawyer at", "researchers at"): the body is no place. */
const WORKING_AT = new RegExp(
	`\\b(?:${[...GROUP_NOUNS, ...UNNAMED_SPEAKERS].join('|')})\\s+at\\s+(?:the\\s+)?$`,
	'i'
);
/** A capitalised adverb ("Eventually", "Separately", "Initially") opens a sentence; it is not a name. */
const OPENING_ADVERB =
	/^\p{Lu}\p{Ll}{2,}(?:ally|ently|antly|ually|ously|ively|edly|ingly|ately|fully|lessly|ably|ibly)$/u;
const GROUP_NOUN_SET = new Set(GROUP_NOUNS.map((w) => w.toLowerCase()));
const DESCRIPTOR_NOUN_SET = new Set(DESCRIPTOR_NOUNS);
/** Words for a company by what it does or is, besides its trade: "the ferry operator". */
/** The kinds of body written as one lower-case word: "union", "party", "board". */
const BODY_KINDS = BODY_NOUNS.filter((w) => /^[a-z]+$/.test(w));
const BODY_WORDS = [...COMPANY_DESCRIPTORS, ...BODY_KINDS, ...COMPANY_WORDS].join('|');
/** Right before one name: "a spokesperson for ", "the ferry operator ", "budget airline ". */
const BODY_CUE_BEFORE = new RegExp(
	`(?:\\b(?:spokes(?:man|woman|person)|representatives?|lawyers?)\\s+(?:for|of|from)|\\b(?:${BODY_WORDS}),?)\\s+$`
);
/** Right after one name: ", the ferry operator,", ", a budget airline,". */
const BODY_APPOSITION = new RegExp(
	`^,\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${BODY_WORDS})\\s*,`,
	'u'
);
/** Heads of bodies that may take their city's name after them: "Imperial College London". */
const SEATS = new Set(SEAT_HEADS);
/** A kind of body in lower case after a name: " union", " party", " board". */
const BODY_AFTER = new RegExp(`^\\s+(?:${BODY_KINDS.join('|')})\\b`);
const COMPANY_DESCRIPTOR_SET = new Set(COMPANY_DESCRIPTORS);
/** The text before a sentence's first word: nothing, or the end of the sentence before. */
const SENTENCE_OPENING = /(?:^|[.!?]["”’]?\s+)$/;
const GROUP_AFTER_NAME = new RegExp(`^\\s+(${NAME_GROUP_NOUNS.join('|')})\\b`, 'i');
/** A government body in lower case after a nationality: "foreign ministry", "government", "embassy". */
const DEMONYM_BODY = new RegExp(
	`^\\s+(?:(?:${[...PORTFOLIO_WORDS].join('|')})\\s+)?(?:${GOVERNMENT_BODY_WORDS.join('|')})\\b`,
	'i'
);
const IN_LEGISLATURE = new RegExp(`^\\s+in\\s+(${LEGISLATURES.join('|')})\\b`);
const TITLE_BEFORE = new RegExp(
	`(?:\\b((?:[A-Z][\\p{L}.]*\\p{L}\\s+)?[A-Z][\\p{L}.]+?)(?:['’]s)?\\s+(?:[a-z]+\\s+){0,2}?)?\\b(${TITLES.map(esc).join('|')})\\s+$`,
	'u'
);
const TITLE_AFTER = new RegExp(
	`^,\\s+(?:the\\s+|a\\s+)?(?:([A-Z][\\p{L}.]+?)(?:['’]s)?\\s+)?(${TITLES.map(esc).join('|')})\\b`,
	'u'
);

/** A title as a pattern matching its words in lower case or capitalised ("president", "Vice-President"). */
function esc(s: string) {
	return s
		.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
		.replace(/(^|[ -])([a-z])/g, (_, sep: string, c: string) => `${sep}[${c}${c.toUpperCase()}]`)
		.replace(/ /g, '\\s+');
}

interface Token {
	text: string;
	start: number;
	end: number;
}

function tokens(text: string): Token[] {
	const out: Token[] = [];
	for (const m of text.matchAll(TOKEN)) {
		let t = m[0];
		if (t.endsWith('.') && !/^(?:[A-Z]\.)+$/.test(t)) t = t.replace(/\.+$/, '');
		out.push({ text: t, start: m.index, end: m.index + t.length });
	}
	return out;
}

/** A capitalised word, or an Arabic name with its article ("el-Sisi", "al-Assad"). */
const isCap = (t: string) => /^(?:(?:al|el|ad|ash|as|az|bin|ibn|abu)-)?\p{Lu}/u.test(t);
const bare = (t: string) => t.replace(/['’]s$/, '').replace(/['’]$/, '');

/** Finds the actors of an article and their mentions. */
export function findActors(paragraphs: readonly Paragraph[]): ActorTable {
	const ids = new IdPool();
	const actors = new Map<string, ActorRecord>();
	const byKey = new Map<string, string>();
	const surnames = new Map<string, string>();
	const mentions: Mention[] = [];
	const pendingSingles: { p: number; tok: Token }[] = [];

	const actor = (
		key: string,
		make: () => Omit<ActorRecord, 'id' | 'count' | 'confidence'> & { confidence?: number },
		idText: string = key
	) => {
		const known = byKey.get(key);
		if (known) return actors.get(known)!;
		const fields = make();
		const rec: ActorRecord = { confidence: 0.8, ...fields, id: ids.take(idText), count: 0 };
		actors.set(rec.id, rec);
		byKey.set(key, rec.id);
		return rec;
	};
	/** A body, by its name, with what else is known of it. */
	const body = (
		name: string,
		fields: { role?: string; country?: string | null; confidence?: number; review?: string }
	) =>
		actor(name, () => ({
			name,
			kind: 'organisation' as const,
			country: fields.country ?? null,
			role: fields.role ?? name,
			confidence: fields.confidence ?? 0.6,
			...(fields.review ? { review: fields.review } : {})
		}));
	const mention = (
		rec: ActorRecord,
		p: number,
		start: number,
		end: number,
		text: string,
		via: Mention['via']
	) => {
		rec.count++;
		mentions.push({ actor: rec.id, paragraph: p, start, end, text, via });
	};
	const government = (code: string) => {
		const c = COUNTRIES.find((x) => x.code === code)!;
		return actor(c.name, () => ({
			name: c.name,
			kind: 'government',
			country: c.code,
			role: c.name
		}));
	};
	const person = (name: string, title?: string, countryCode?: string, role?: string) => {
		const last = name.split(/\s+/).at(-1)!;
		const key = surnames.get(last) ?? name;
		const rec = actor(key, () => ({ name, kind: 'person', country: null, role: role ?? '' }), last);
		if (name.length > rec.name.length && name.endsWith(last)) rec.name = name;
		surnames.set(last, key);
		if (title && !rec.title) rec.title = title.toLowerCase().replace(/\s+/g, ' ');
		if (countryCode && !rec.country) rec.country = countryCode;
		if (role && !rec.role) rec.role = role;
		return rec;
	};
	const countryOf = (word?: string) =>
		word ? (countryByName(word) ?? countryByDemonym(word))?.code : undefined;

	const roleMentions: RoleMention[] = [];

	for (const para of paragraphs) {
		const text = para.text;
		const p = para.n;
		const roles = readRoles(text, p);
		roleMentions.push(...roles);
		const inRole = (i: number) => roles.some((r) => i >= r.start && i < r.end);
		// "KYIV, Ukraine (AP) —": a wire dateline says where the story was filed, not who acts.
		const filed = text.match(DATELINE)?.[0].length ?? 0;
		const toks = tokens(text).filter((t) => t.start >= filed);
		for (let i = 0; i < toks.length; i++) {
			if (!isCap(toks[i]!.text) || inRole(toks[i]!.start)) continue;
			let j = i;
			for (;;) {
				const next = toks[j + 1];
				if (
					next &&
					isCap(next.text) &&
					next.start - toks[j]!.end === 1 &&
					(!/['’]s$/.test(toks[j]!.text) || ORG_HEADS.has(bare(next.text).toLowerCase()))
				) {
					j++;
					continue;
				}
				// "No 10": a body named by a word and a number.
				if (next && next.start - toks[j]!.end === 1 && numberedBody(toks[j]!.text, next.text)) {
					j++;
					continue;
				}
				// "Erik van Dalen", "Ana de Souza": a name joined by a lower-case particle.
				const after = toks[j + 2];
				if (
					next &&
					after &&
					NAME_PARTICLES.has(next.text) &&
					isCap(after.text) &&
					next.start - toks[j]!.end === 1 &&
					after.start - next.end === 1 &&
					!/['’]s$/.test(toks[j]!.text)
				) {
					j += 2;
					continue;
				}
				// "Law Society of Kenya", "Coalition for App Fairness": a name joined by of/for.
				if (
					next &&
					after &&
					/^(?:of|for)$/.test(next.text) &&
					isCap(after.text) &&
					ORG_HEADS.has(bare(toks[j]!.text).toLowerCase()) &&
					after.start - next.end === 1
				) {
					j += 2;
					continue;
				}
				break;
			}
			classify(toks.slice(i, j + 1), p, text);
			i = j;
		}
	}

	function classify(run: Token[], p: number, text: string) {
		while (
			run.length &&
			!(run.length === 2 && numberedBody(run[0]!.text, run[1]!.text)) &&
			(NOT_NAMES.has(bare(run[0]!.text)) ||
				isShouted(run[0]!.text) ||
				OPENING_ADVERB.test(run[0]!.text) ||
				// "Reacting, the minister said": a participle set off by a comma opens the sentence.
				(/^\p{Lu}\p{Ll}{2,}ing$/u.test(run[0]!.text) &&
					text[run[0]!.start + run[0]!.text.length] === ','))
		)
			run = run.slice(1);
		if (!run.length) return;
		// "Carmaker Volta said", "Resident Paul Green said": a trade opening a sentence is capitalised
		// only because it opens it; it describes the name after it and is no part of it.
		const opening = bare(run[0]!.text).toLowerCase();
		const trade = COMPANY_DESCRIPTOR_SET.has(opening);
		if (
			run.length >= 2 &&
			(trade || DESCRIPTOR_NOUN_SET.has(opening)) &&
			SENTENCE_OPENING.test(text.slice(0, run[0]!.start))
		) {
			run = run.slice(1);
			if (trade) {
				const start = run[0]!.start;
				const end = run.at(-1)!.start + bare(run.at(-1)!.text).length;
				const name = text.slice(start, end);
				const rec = body(name, { role: `${opening} ${name}`, confidence: 0.7 });
				return mention(rec, p, start, end, name, 'name');
			}
		}
		// "Secretary of State Jane Roe", "Minister of Natural Resources, Jane Roe": the portfolio is not a name.
		if (PORTFOLIO_BEFORE.test(text.slice(Math.max(0, run[0]!.start - 40), run[0]!.start))) {
			while (run.length && PORTFOLIO_WORDS.has(bare(run[0]!.text))) run = run.slice(1);
			if (!run.length) return;
		}
		const start = run[0]!.start;
		const end = run.at(-1)!.start + bare(run.at(-1)!.text).length;
		const whole = text.slice(start, end);
		const before = text.slice(Math.max(0, start - 60), start);
		const after = text.slice(end).replace(/^['’]s?/, '');
		const locative = LOCATIVE.test(before);

		if (PLATFORMS.has(whole)) return;
		// "US$6 billion", "HK$40": a currency, not a country.
		if (/^\$/.test(text.slice(end))) return;
		if (INSTITUTIONS[whole]) {
			if (locative) return;
			const inst = INSTITUTIONS[whole]!;
			const rec = actor(whole, () => ({
				name: whole,
				kind: 'organisation',
				country: inst.country,
				region: inst.region,
				role: whole
			}));
			return mention(rec, p, start, end, whole, 'name');
		}
		// Leading country or nationality words, then an office, then the name.
		let k = 0;
		let ctx: string | undefined;
		for (;;) {
			const two = k + 1 < run.length ? `${run[k]!.text} ${bare(run[k + 1]!.text)}` : '';
			if (two && countryOf(two)) {
				ctx = countryOf(two);
				k += 2;
			} else if (k < run.length && k < 2 && countryOf(bare(run[k]!.text)))
				ctx = countryOf(bare(run[k++]!.text));
			else break;
		}
		if (k < run.length - 1 && INSTITUTIONS[bare(run[k]!.text)]) k++;
		let title: string | undefined;
		const runWords = run.map((x) => bare(x.text).toLowerCase().replace(/\.$/, ''));
		// "Opposition Senator Wade Marsh", "Former South Carolina Governor …", "Vellen Mayor …": up to three
		// words may qualify a title; they are part of the role, not of the name.
		titles: for (let q = 0; q <= 3; q++)
			for (const { t, n, bareTitle } of TITLE_FORMS) {
				const at = k + q;
				// "King’s College London": a title that owns the next word is part of a name.
				if (
					at + n < run.length &&
					runWords.slice(at, at + n).join(' ') === bareTitle &&
					!/['’]s$/.test(run[at + n - 1]!.text)
				) {
					title = t;
					k = at + n;
					break titles;
				}
			}
		// "Independent Senator Dr Paul Richards": a form of address after the title is no part of the name.
		if (title) while (k < run.length - 2 && ADDRESS.test(run[k]!.text)) k++;
		// "General Motors", "President Energy": a title before one word that heads a body is part
		// of the body's name.
		if (
			title &&
			k === run.length - 1 &&
			ORG_HEADS.has(bare(run[k]!.text).toLowerCase()) &&
			!locative
		) {
			const rec = body(whole, {
				country: ctx,
				review: ctx ? undefined : 'country not stated in the article'
			});
			return mention(rec, p, start, end, whole, 'name');
		}
		const nameToks = run.slice(k);
		let role = '';
		if (!nameToks.length) {
			// Only a country or nationality word.
			const word = run.map((t) => bare(t.text)).join(' ');
			const group = after.match(GROUP_AFTER_NAME);
			const c = countryByName(word) ?? countryByDemonym(word);
			const region = REGIONS[word.toLowerCase()];
			if (
				group &&
				(countryByDemonym(word) || region || PARTIES[word.toLowerCase()] !== undefined)
			) {
				return groupActor(word, group[1]!.toLowerCase(), p, start, end + group[0].length, text);
			}
			if (c && countryByName(word) && !locative)
				return mention(government(c.code), p, start, end, whole, 'country');
			// "the Norwegian foreign ministry", "the Japanese government": the state's body.
			// Not a place, so also after "from" or "in": "a statement from the Norwegian foreign ministry".
			const body = after.match(DEMONYM_BODY);
			if (c && body)
				return mention(
					government(c.code),
					p,
					start,
					end + body[0].length,
					text.slice(start, end + body[0].length),
					'country'
				);
			return;
		}
		const name = nameToks
			.map((t, i) => (i === nameToks.length - 1 ? bare(t.text) : t.text))
			.join(' ');
		const nStart = nameToks[0]!.start;
		const lower = name.toLowerCase();
		// "the Labour Party" is Labour.
		const party = / party$/.test(lower) && PARTIES[lower.slice(0, -6)] !== undefined;
		if (PARTIES[lower] !== undefined || party) {
			const group = after.match(GROUP_AFTER_NAME);
			return groupActor(
				party ? name.slice(0, -6) : name,
				group?.[1]?.toLowerCase(),
				p,
				nStart,
				group ? end + group[0].length : end,
				text
			);
		}
		if (REGIONS[lower] && nameToks.length === 1) {
			const group = after.match(GROUP_AFTER_NAME);
			if (group)
				return groupActor(name, group[1]!.toLowerCase(), p, nStart, end + group[0].length, text);
		}
		const c = countryByName(name);
		if (c && !title) {
			if (locative) return;
			return mention(government(c.code), p, nStart, end, name, 'country');
		}
		const ofAt = nameToks.findIndex((t) => /^(?:of|for)$/.test(t.text));
		let head = bare(nameToks[ofAt > 0 ? ofAt - 1 : nameToks.length - 1]!.text).toLowerCase();
		// "King’s College London", "Queen’s University Belfast": a seat of learning or care named
		// with its city after it.
		const seat = nameToks.length >= 3 ? bare(nameToks.at(-2)!.text).toLowerCase() : '';
		if (ofAt < 0 && SEATS.has(seat)) head = seat;
		if (ORG_HEADS.has(head) || INSTITUTIONS[name]) {
			// "in the Senate" is a place; "support from the Dockers Union" names who gives it.
			if (locative && !/\bfrom\s+(?:the\s+)?$/i.test(before) && !WORKING_AT.test(before)) return;
			const longer =
				nameToks.length === 1
					? [...actors.values()].find(
							(a) =>
								a.kind === 'organisation' && a.name.split(' ').includes(name) && a.name !== name
						)
					: undefined;
			if (longer) return mention(longer, p, nStart, end, name, 'surname');
			const inst = INSTITUTIONS[name];
			// "Malaysia Airlines", "the Ecuadorean Embassy": a bare head keeps the country it is named by.
			const own = k > 0 && !title && nameToks.length === 1 && !inst ? whole : name;
			const rec = actor(own, () => ({
				name: own,
				kind: head === 'party' ? 'party' : 'organisation',
				country: inst?.country ?? ctx ?? null,
				region: inst?.region ?? (ctx ? undefined : 'Unknown'),
				role: whole,
				review: inst || ctx ? undefined : 'country not stated in the article'
			}));
			return mention(rec, p, nStart, end, name, 'name');
		}
		if (nameToks.some((t) => NOT_NAMES.has(bare(t.text)) || isShouted(t.text))) return;
		// "Flight AB123", "the Airbus A320-200": a word with digits names a thing, never a person.
		if (nameToks.some((t) => /\p{N}/u.test(t.text))) return;
		// "Jane RoeAcme BoardJohn Doe": names run together (a tag list without spaces) are no one's
		// name. One such word alone may be a brand ("BlackRock").
		if (nameToks.filter((t) => GLUED.test(t.text)).length >= 2) return;
		// "China Geo", "Kenya Airways": a country's name then one word is a body named after it, not a
		// person, unless the country's name is also a given name ("Jordan", "Israel").
		const lead = run.slice(0, k).map((t) => bare(t.text));
		if (
			k > 0 &&
			nameToks.length === 1 &&
			!title &&
			!locative &&
			countryByName(lead.join(' ')) &&
			!GIVEN_NAMES.has(lead[0]!) &&
			!TITLE_BEFORE.test(before)
		) {
			const rec = actor(whole, () => ({
				name: whole,
				kind: 'organisation',
				country: ctx ?? null,
				role: whole,
				confidence: 0.6,
				review: "a country's name then a word, read as a body named after it; check what it is"
			}));
			return mention(rec, p, start, end, whole, 'name');
		}
		// Laws and documents: "the Freedom of Information Act".
		if (nameToks.length >= 2 && DOCUMENT_HEADS.has(bare(nameToks.at(-1)!.text))) return;
		// Events: "London Fashion Week", "the World Cup".
		if (nameToks.length >= 2 && EVENT_HEADS.has(bare(nameToks.at(-1)!.text))) return;
		// Places: seas, rivers, streets, airports. Not a person of two names with a title or a
		// reporting verb: "Judge Ellen Park", "Stuart Hall said".
		if (
			PLACE_HEADS.has(bare(nameToks.at(-1)!.text)) &&
			!(nameToks.length === 2 && !locative && (title || REPORTING_NEXT.test(after)))
		)
			return;
		// A title alone ("US Commerce Secretary"): the name follows in apposition.
		if (TITLE_WORDS.has(bare(nameToks.at(-1)!.text).toLowerCase())) return;
		// An office before the name ("French president Emmanuel Macron") or after it ("Donald Tusk, Poland's president").
		if (!title) {
			const m = before.match(TITLE_BEFORE);
			if (m) {
				title = m[2]!.toLowerCase();
				ctx ??= countryOf(m[1]);
				role = before.slice(m.index).trim();
			}
		} else {
			role = text.slice(start, nStart).trim();
			ctx ??= countryOf(before.match(/([A-Z][\p{L}.]+(?:\s+[A-Z][\p{L}.]+)?)['’]s\s+$/u)?.[1]);
		}
		const ap = after.match(TITLE_AFTER);
		if (ap) {
			title ??= ap[2]!.toLowerCase();
			ctx ??= countryOf(ap[1]);
			role = ap[0].replace(/^,\s+/, '');
		}
		// "the Harbour Gazette said": a name with "the" right before it is a body, not a person.
		if (!title && nameToks.length >= 2 && /\bthe\s+$/i.test(before) && !locative) {
			const rec = actor(name, () => ({
				name,
				kind: 'organisation',
				country: ctx ?? null,
				role: name,
				confidence: 0.6,
				review: 'a name after "the", read as a body; check what it is'
			}));
			return mention(rec, p, nStart, end, name, 'name');
		}
		if (nameToks.length >= 2 || (title && !HEAD_TITLES.has(title) ? true : Boolean(title))) {
			const rec = person(name, title, ctx, role || undefined);
			return mention(rec, p, nStart, end, name, 'name');
		}
		pendingSingles.push({ p, tok: { text: name, start: nStart, end } });
	}

	function groupActor(
		word: string,
		noun: string | undefined,
		p: number,
		start: number,
		end: number,
		text: string
	) {
		const lowerWord = word.toLowerCase();
		const country =
			countryByDemonym(word)?.code ??
			countryByName(word)?.code ??
			(PARTIES[lowerWord] || undefined);
		const region = REGIONS[lowerWord];
		const isParty = PARTIES[lowerWord] !== undefined;
		if (
			country &&
			!isParty &&
			noun &&
			/^(?:government|officials|authorities|ministers|diplomats)$/.test(noun)
		)
			return mention(government(country), p, start, end, text.slice(start, end), 'group');
		const follows = text.slice(end).match(IN_LEGISLATURE);
		const name = follows
			? `${word} ${noun ?? ''} in ${follows[1]}`.replace(/\s+/g, ' ')
			: noun
				? `${word} ${noun}`
				: word;
		const kind: ActorKind = isParty ? 'party' : 'group';
		// "the Tories" and "the Conservatives" are one party, named by its one name.
		const same = isParty ? PARTY_SAME_AS[lowerWord] : undefined;
		const key = same ? same.toLowerCase() : isParty ? word.replace(/s$/, '') : name.toLowerCase();
		const shown = same && !noun && !follows ? same : name;
		const rec = actor(
			key,
			() => ({
				name: noun === 'people' ? `The ${shown}` : shown,
				kind,
				country: country ?? null,
				region: country ? undefined : (region ?? 'Unknown'),
				role: text.slice(start, end)
			}),
			name
		);
		mention(
			rec,
			p,
			start,
			follows ? end + follows[0].length : end,
			text.slice(start, end),
			'group'
		);
	}

	// Single words: a known surname, or a name used as the subject of a verb.
	const unread: typeof pendingSingles = [];
	for (const { p, tok } of pendingSingles) {
		const initials = /^\p{Lu}{2,6}$/u.test(tok.text);
		// "General Electric … a GE spokesman": initials of a body named in full are that body.
		const spelled = initials
			? [...actors.values()].find((a) => a.kind !== 'person' && initialsOf(a.name) === tok.text)
			: undefined;
		if (spelled) {
			mention(spelled, p, tok.start, tok.end, tok.text, 'name');
			continue;
		}
		// "General Dynamics … a GD spokeswoman": a title and one word spelled out by initials
		// name a body, not a person with that title.
		const titled = /^\p{Lu}{2,3}$/u.test(tok.text)
			? [...actors.values()].find(
					(a) =>
						a.kind === 'person' &&
						a.title &&
						!a.name.includes(' ') &&
						initialsOf(`${capitalise(a.title)} ${a.name}`) === tok.text
				)
			: undefined;
		if (titled) {
			titled.name = `${capitalise(titled.title!)} ${titled.name}`;
			titled.kind = 'organisation';
			titled.role = titled.name;
			titled.title = undefined;
			mention(titled, p, tok.start, tok.end, tok.text, 'name');
			continue;
		}
		const key = surnames.get(tok.text) ?? nearSurname(tok.text, surnames);
		const org = [...actors.values()].find(
			(a) =>
				(a.kind === 'organisation' || a.kind === 'party') &&
				a.name.split(' ').includes(tok.text) &&
				a.name !== tok.text
		);
		// "Kenya Airways … Airways said", "Norway Seafood … Seafood": a body named after a country is
		// also named by its own word alone.
		const ofCountry = (a: ActorRecord) =>
			a.kind === 'organisation' &&
			a.name.endsWith(` ${tok.text}`) &&
			Boolean(countryOf(a.name.slice(0, -tok.text.length - 1)));
		// "Tarnline" again, once the article has shown it is a body.
		const shownBody = [...actors.values()].find(
			(a) => a.review === BODY_CUE_REVIEW && a.name === tok.text
		);
		if (key) mention(actors.get(byKey.get(key)!)!, p, tok.start, tok.end, tok.text, 'surname');
		else if (shownBody) mention(shownBody, p, tok.start, tok.end, tok.text, 'name');
		else if (org && (ORG_HEADS.has(tok.text.toLowerCase()) || ofCountry(org)))
			mention(org, p, tok.start, tok.end, tok.text, 'surname');
		else {
			const text = paragraphs[p - 1]!.text;
			// "Brandt, 54, said": an age between a name and its verb.
			const next = text
				.slice(tok.end)
				.replace(/^['’]s?/, '')
				.replace(AGE_IN_COMMAS, '');
			// "a lecturer in Leeds told …": a single word after "in" or "at" is a place.
			if (LOCATIVE.test(text.slice(Math.max(0, tok.start - 30), tok.start))) continue;
			// "“Nothing has been done,” he said": a word opening a quotation is capitalised for that.
			if (/(?:^|[\s(])["“‘]$/.test(text.slice(Math.max(0, tok.start - 2), tok.start))) continue;
			// "Officials said", "Critics say": a group noun opening a sentence, not a person.
			if (GROUP_NOUN_SET.has(tok.text.toLowerCase())) continue;
			// "The North has …": a point of the compass stands for the country named with it
			// ("North Korea"), else for a part of one: never a person.
			if (COMPASS_POINTS.includes(tok.text)) {
				const named = [...actors.values()].find(
					(a) => a.kind === 'government' && a.name.startsWith(`${tok.text} `)
				);
				if (named) mention(named, p, tok.start, tok.end, tok.text, 'surname');
				continue;
			}
			// "a spokesperson for Tarnline", "the ferry operator Tarnline", "Tarnline, the ferry
			// operator,": one name the words around it show to be a body.
			if (
				BODY_CUE_BEFORE.test(text.slice(Math.max(0, tok.start - 40), tok.start)) ||
				BODY_APPOSITION.test(next)
			) {
				mention(
					body(tok.text, { review: BODY_CUE_REVIEW }),
					p,
					tok.start,
					tok.end,
					tok.text,
					'name'
				);
				continue;
			}
			// "the RMT union said", "the BFU board has": initials then what kind of body they name.
			const kind = initials ? next.match(BODY_AFTER) : null;
			if (kind && REPORTING_NEXT.test(next.slice(kind[0].length))) {
				const rec = body(tok.text, {
					role: `${tok.text}${kind[0]}`,
					review: 'named only by initials; check what body it is'
				});
				const end = tok.end + (text.length - tok.end - next.length) + kind[0].length;
				mention(rec, p, tok.start, end, text.slice(tok.start, end), 'name');
				continue;
			}
			if (
				/^\s+(?:(?:has|had|have|was|is|also|then|later|said|says|told|added|accused|wrote|posted)\b|and\s+\p{Lu})/u.test(
					next
				) ||
				/['’]s\b/.test(text.slice(tok.end, tok.end + 2)) ||
				relativeAfter(next) === 'which' ||
				// "the NFL suspended …", "the UNC welcomed …": initials before any reporting verb.
				(initials && !TITLES.includes(tok.text.toLowerCase()) && REPORTING_NEXT.test(next))
			) {
				// Initials ("the BFU said", "KPX has") or "Granmore, which …": a body, never a person.
				// "The Gulls said": one name after "the" is a team or a body, not a person.
				const afterThe = /\bthe\s+$/i.test(text.slice(Math.max(0, tok.start - 4), tok.start));
				if (initials || afterThe || relativeAfter(next) === 'which') {
					const rec = actor(tok.text, () => ({
						name: tok.text,
						kind: 'organisation',
						country: null,
						role: tok.text,
						confidence: 0.5,
						review: initials
							? 'named only by initials; check what body it is'
							: afterThe
								? 'one name after "the", read as a body; check what it is'
								: WHICH_REVIEW
					}));
					mention(rec, p, tok.start, tok.end, tok.text, 'name');
					continue;
				}
				const rec = person(tok.text);
				rec.confidence = 0.5;
				rec.review ??= 'only a single name in the article; check it is a person';
				mention(rec, p, tok.start, tok.end, tok.text, 'name');
			} else unread.push({ p, tok });
		}
	}
	// "Mbeki, head of the agency, told …" before "Mbeki said" further on: a single word read
	// before its person was known is that person once the article shows it is one.
	for (const { p, tok } of unread) {
		const text = paragraphs[p - 1]!.text;
		// "a Sussex spokesperson": a word after an article names a thing, not the person.
		if (/\b(?:a|an|the)\s+$/i.test(text.slice(0, tok.start))) continue;
		const key = surnames.get(tok.text);
		const rec = key ? actors.get(byKey.get(key)!) : undefined;
		if (rec?.kind === 'person') mention(rec, p, tok.start, tok.end, tok.text, 'surname');
	}

	// "the government", "the authorities": the government of the country the article names most.
	const govs = [...actors.values()]
		.filter((a) => a.kind === 'government')
		.sort((a, b) => b.count - a.count);
	if (govs[0])
		for (const para of paragraphs)
			for (const m of para.text.matchAll(
				/\b[Tt]he (?:government|authorities)\b(?!\s+of\s+\p{Lu})/gu
			))
				mention(govs[0], para.n, m.index, m.index + m[0].length, m[0], 'role');

	resolveRoles(
		roleMentions,
		[...actors.values()],
		mentions,
		(rec, r) => mention(rec, r.paragraph, r.start, r.end, r.text, 'role'),
		(r) => {
			const words = r.text.replace(/^(?:the|his|her|their|its)\s+/i, '');
			const name = words.charAt(0).toUpperCase() + words.slice(1);
			return actor(
				`office ${r.country} ${r.title}`,
				() => ({
					name,
					kind: 'person',
					country: r.country!,
					title: r.title,
					role: words,
					confidence: 0.6,
					review: 'an office named without its holder; check who held it'
				}),
				name
			);
		}
	);

	resolveDescriptors(
		paragraphs,
		new Set([...actors.values()].filter((a) => a.kind === 'person').map((a) => a.id)),
		[...mentions],
		(id, p, start, end, text) => mention(actors.get(id)!, p, start, end, text, 'role')
	);

	// "Tarnby, which had been told to …": a name taking "which" (and never "who") is a body.
	for (const rec of actors.values()) {
		if (rec.kind !== 'person' || rec.title) continue;
		const follow = mentions
			.filter((m) => m.actor === rec.id)
			.map((m) => relativeAfter(paragraphs[m.paragraph - 1]!.text.slice(m.end, m.end + 8)));
		if (follow.includes('which') && !follow.includes('who')) {
			rec.kind = 'organisation';
			rec.review ??= WHICH_REVIEW;
		}
	}

	for (const rec of actors.values())
		if (rec.country === null && !rec.region) {
			rec.region = 'Unknown';
			rec.review ??= 'country not stated in the article';
			rec.confidence = Math.min(rec.confidence, 0.6);
		}
	mentions.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
	return { actors: [...actors.values()], mentions };
}
