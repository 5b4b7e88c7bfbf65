/**
 * Role mentions: an office named without a name ("the vice-president",
 * "Ukraine's president", "his Ukrainian counterpart", "the US president").
 */
import type { ActorRecord, Mention } from './actors.ts';
import { countryByDemonym, countryByName, PARTIES } from './gazetteer.ts';
import { DESCRIPTOR_NOUNS, HEAD_TITLES, TITLES } from './lexicon.ts';

/** An office mentioned without a name, to be resolved to a person. */
export interface RoleMention {
	paragraph: number;
	start: number;
	end: number;
	text: string;
	/** The office, lower-case. */
	title: string;
	/** The country the role belongs to, if the words say. */
	country?: string;
	/** Where the sentence holding the mention starts. */
	sentenceStart: number;
	/** The actor it was resolved to. */
	resolved?: string;
}

const ROLE_TITLES = TITLES.filter(
	(t) => !/^(?:mr|mrs|ms|dr|general|judge|rep\.|sen\.|gov\.)$/.test(t)
);
const ROLE = new RegExp(
	`\\b(?:(the|his|her|their|its)\\s+|([A-Z][\\p{L}.]+)['’]s\\s+)(?:(?:new|former|then|own|current|outgoing|incoming|embattled)\\s+)?(?:([A-Z][\\p{L}.]+(?:\\s+[A-Z][\\p{L}.]+){0,2})\\s+)?(${ROLE_TITLES.map(
		(t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')
	).join('|')})\\b(?!-)`,
	'giu'
);

/** Finds role mentions in a paragraph. */
export function readRoles(text: string, paragraph: number): RoleMention[] {
	const out: RoleMention[] = [];
	for (const m of text.matchAll(ROLE)) {
		const end = m.index + m[0].length;
		if (/^\s+\p{Lu}/u.test(text.slice(end)) && !/^\s+(?:and|But|The)\b/.test(text.slice(end)))
			continue;
		if (/^,\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(text.slice(end))) continue;
		const owner = m[2];
		let title = m[4]!.toLowerCase().replace(/\s+/g, ' ');
		// The pattern ignores case, so "Swedish foreign" may come as the place: a lower-case word
		// belongs to the office ("foreign minister").
		const words = m[3]?.split(/\s+/) ?? [];
		const lower = words.findIndex((w) => !/^\p{Lu}/u.test(w));
		if (lower >= 0) {
			title = `${words.slice(lower).join(' ').toLowerCase()} ${title}`;
			if (!ROLE_TITLES.includes(title)) continue;
		}
		const adj = lower >= 0 ? words.slice(0, lower).join(' ') : m[3];
		let country: string | undefined;
		if (owner) {
			const c = countryByName(owner);
			if (!c) continue;
			country = c.code;
		}
		if (adj) {
			const c = countryByName(adj) ?? countryByDemonym(adj);
			// "the prime minister": the word before the office is part of a longer office.
			const longer = `${adj.toLowerCase()} ${title}`;
			if (c) country = c.code;
			else if (ROLE_TITLES.includes(longer)) title = longer;
			// "the former South Carolina governor": a place within a country; the office is read alone.
			else if (!/\s/.test(adj) || PARTIES[adj.toLowerCase()] !== undefined) continue;
		}
		out.push({
			paragraph,
			start: m.index,
			end,
			text: m[0],
			title,
			country,
			sentenceStart: Math.max(
				0,
				...[...text.slice(0, m.index).matchAll(/[.!?]["”]?\s+/g)].map((x) => x.index + x[0].length)
			)
		});
	}
	return out;
}

/** A known surname one transposition or one letter away (a misspelling), for names of 5+ letters. */
export function nearSurname(word: string, surnames: Map<string, string>): string | undefined {
	if (word.length < 5) return undefined;
	for (const [name, key] of surnames) {
		if (name.length !== word.length || name[0] !== word[0]) continue;
		const diff = [...name].flatMap((ch, i) => (ch === word[i] ? [] : [i]));
		if (diff.length === 1) return key;
		if (
			diff.length === 2 &&
			diff[1] === diff[0]! + 1 &&
			name[diff[0]!] === word[diff[1]!] &&
			name[diff[1]!] === word[diff[0]!]
		)
			return key;
	}
	return undefined;
}

/**
 * Resolves role mentions ("the vice-president", "Ukraine's president") to
 * people with that office and country. Where none is known, role mentions
 * of a paragraph go to the people of unknown country named earlier in the
 * same paragraph, in order ("A clashed with B, the US president telling
 * his Ukrainian counterpart…"); failing those, an office with a country is an
 * actor of its own, made by `office`.
 */
export function resolveRoles(
	roles: RoleMention[],
	actors: ActorRecord[],
	mentions: Mention[],
	add: (rec: ActorRecord, r: RoleMention) => void,
	office?: (r: RoleMention) => ActorRecord
) {
	const persons = actors.filter((a) => a.kind === 'person');
	const matches = (a: ActorRecord, r: RoleMention) =>
		a.title !== undefined &&
		(a.title === r.title ||
			(HEAD_TITLES.has(r.title) && HEAD_TITLES.has(a.title)) ||
			// "the minister" for "Finance Minister Colm Rennick".
			(!r.title.includes(' ') && a.title.endsWith(` ${r.title}`))) &&
		(r.country === undefined || a.country === r.country);
	const lastSeen = (id: string, r: RoleMention) =>
		mentions.filter(
			(m) =>
				m.actor === id &&
				(m.paragraph < r.paragraph || (m.paragraph === r.paragraph && m.start < r.start))
		).length;
	for (const r of roles) {
		let found = persons.filter((a) => matches(a, r));
		// The same office named ("the prime minister") beats an equivalent one ("party leader").
		const exact = found.filter((a) => a.title === r.title);
		if (exact.length) found = exact;
		if (!found.length && r.country)
			found = persons.filter(
				(a) =>
					a.country === r.country &&
					(a.title === undefined || HEAD_TITLES.has(a.title)) &&
					HEAD_TITLES.has(r.title)
			);
		if (!found.length && r.country) {
			const used = new Set(
				roles
					.filter((o) => o.paragraph === r.paragraph && o.start < r.start && o.resolved)
					.map((o) => o.resolved)
			);
			const candidates = mentions
				.filter((m) => m.paragraph === r.paragraph && m.start < r.start)
				.map((m) => persons.find((a) => a.id === m.actor))
				.filter((a): a is ActorRecord => !!a && a.country === null && !used.has(a.id));
			const pick = candidates[0];
			if (pick) {
				pick.country = r.country;
				pick.title ??= r.title;
				pick.role ||= r.text.replace(/^(?:the|his|her|their|its)\s+/i, '');
				pick.review ??= `country taken from "${r.text}" in paragraph ${r.paragraph}`;
				found = [pick];
			}
		}
		if (found.length > 1) {
			const sentenceStart = r.sentenceStart;
			const inSentence = new Set(
				mentions
					.filter(
						(m) => m.paragraph === r.paragraph && m.start >= sentenceStart && m.start < r.start
					)
					.map((m) => m.actor)
			);
			const others = found.filter((a) => !inSentence.has(a.id));
			if (others.length) found = others;
		}
		// "Tarnland's prime minister urged calm", its holder never named: the office speaks.
		if (!found.length && r.country && office) {
			const rec = office(r);
			if (!persons.includes(rec)) persons.push(rec);
			found = [rec];
		}
		if (found.length) {
			found.sort((a, b) => lastSeen(b.id, r) - lastSeen(a.id, r));
			r.resolved = found[0]!.id;
			add(found[0]!, r);
		}
	}
}

const DESCRIPTOR = DESCRIPTOR_NOUNS.join('|');
/** A descriptor right before a name: "biotech entrepreneur ", "Pittsburgh quarterback ", "Singer ". */
const DESCRIPTOR_BEFORE = new RegExp(`\\b(${DESCRIPTOR})\\s+$`, 'i');
/** A descriptor in apposition after a name: ", a biotech entrepreneur", ", the Steelers quarterback". */
const DESCRIPTOR_AFTER = new RegExp(
	`^,\\s+(?:a|an|the)\\s+(?:[\\p{L}\\d-]+\\s+){0,2}?(${DESCRIPTOR})\\b`,
	'u'
);
/** Words that make a descriptor part of an office: "attorney general". */
const OFFICE_AFTER = TITLES.filter((t) => DESCRIPTOR_NOUNS.includes(t.split(' ')[0]!))
	.map((t) => t.split(' ').slice(1).join('\\s+'))
	.filter(Boolean);
/** A descriptor alone for a person: "the entrepreneur", "the 38-year-old quarterback". */
const DESCRIPTOR_ALONE = new RegExp(
	`\\b[Tt]he\\s+(?:[\\p{L}\\d-]+\\s+){0,2}?(${DESCRIPTOR})\\b(?!\\s+\\p{Lu}|\\s+(?:${OFFICE_AFTER.join('|') || '(?!)'})\\b)`,
	'gu'
);

/**
 * People described by what they do ("entrepreneur Victor Ramos", "Mason Rudd, the
 * quarterback") and named later by that word alone ("the entrepreneur said"): each
 * such mention of a descriptor only one person was given is added for that person.
 */
export function resolveDescriptors(
	paragraphs: readonly { n: number; text: string }[],
	persons: ReadonlySet<string>,
	mentions: readonly Mention[],
	add: (actor: string, paragraph: number, start: number, end: number, text: string) => void
) {
	/** descriptor → person → where that person was first given it (paragraph, offset) */
	const described = new Map<string, Map<string, [number, number]>>();
	for (const m of mentions) {
		if (!persons.has(m.actor) || m.via === 'role') continue;
		const text = paragraphs[m.paragraph - 1]!.text;
		let word =
			text.slice(Math.max(0, m.start - 30), m.start).match(DESCRIPTOR_BEFORE)?.[1] ??
			text.slice(m.end, m.end + 80).match(DESCRIPTOR_AFTER)?.[1];
		if (!word) continue;
		word = word.toLowerCase();
		const given = described.get(word) ?? new Map<string, [number, number]>();
		described.set(word, given);
		const at = given.get(m.actor);
		if (!at || m.paragraph < at[0] || (m.paragraph === at[0] && m.start < at[1]))
			given.set(m.actor, [m.paragraph, m.start]);
	}
	if (!described.size) return;
	for (const para of paragraphs)
		for (const d of para.text.matchAll(DESCRIPTOR_ALONE)) {
			// "the singer" points back: only a person given the word before it can be meant.
			const who = [...(described.get(d[1]!) ?? [])].filter(
				([, [n, start]]) => n < para.n || (n === para.n && start < d.index)
			);
			if (who.length !== 1) continue;
			const end = d.index + d[0].length;
			const taken = mentions.some(
				(m) => m.paragraph === para.n && m.start < end && m.end > d.index
			);
			if (!taken) add(who[0]![0], para.n, d.index, end, d[0]);
		}
}
