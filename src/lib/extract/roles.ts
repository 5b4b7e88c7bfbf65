/**
 * Role mentions: an office named without a name ("the vice-president",
 * "Ukraine's president", "his Ukrainian counterpart", "the US president").
 */
import { countryByDemonym, countryByName } from './gazetteer.ts';
import { TITLES } from './lexicon.ts';

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

const ROLE_TITLES = TITLES.filter((t) => !/^(?:mr|mrs|ms|dr|general|judge|rep\.|sen\.)$/.test(t));
const ROLE = new RegExp(
	`\\b(?:(the|his|her|their|its)\\s+|([A-Z][\\p{L}.]+)['’]s\\s+)(?:(?:new|former|then|own|current|outgoing|incoming|embattled)\\s+)?(?:([A-Z][\\p{L}.]+)\\s+)?(${ROLE_TITLES.map(
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
		const adj = m[3];
		let country: string | undefined;
		if (owner) {
			const c = countryByName(owner);
			if (!c) continue;
			country = c.code;
		}
		if (adj) {
			const c = countryByName(adj) ?? countryByDemonym(adj);
			if (!c) continue;
			country = c.code;
		}
		out.push({
			paragraph,
			start: m.index,
			end,
			text: m[0],
			title: m[4]!.toLowerCase().replace(/\s+/g, ' '),
			country,
			sentenceStart: Math.max(
				0,
				...[...text.slice(0, m.index).matchAll(/[.!?]["”]?\s+/g)].map((x) => x.index + x[0].length)
			)
		});
	}
	return out;
}
