/**
 * Coreference across names, in one stage after the actors are found: an
 * acronym given in brackets after a name ("the Coastal Defence Agency (CDA)")
 * is that name, and a title with a first name ("Dame Ruth") is the person
 * named in full with the same title and first name ("Dame Ruth Calder").
 * Merged actors keep every mention, re-pointed to the one that stays.
 */
import type { Paragraph } from '../article/segment.ts';
import type { ActorRecord, ActorTable } from './actors.ts';
import { HOME_OFFICES, HONORIFICS } from './lexicon.ts';

const HONORIFIC = new RegExp(`^(?:${HONORIFICS.join('|')})\\s+\\S+$`);

/** Merges actors that the article shows to be one, in place; returns the table. */
export function resolveCoreference(
	table: ActorTable,
	paragraphs: readonly Paragraph[]
): ActorTable {
	const into = new Map<string, string>();
	const byId = new Map(table.actors.map((a) => [a.id, a]));
	const root = (id: string): string => {
		let r = id;
		while (into.has(r)) r = into.get(r)!;
		return r;
	};
	const merge = (from: ActorRecord, to: ActorRecord) => {
		if (root(from.id) === root(to.id)) return;
		into.set(root(from.id), root(to.id));
	};

	// "Long Name (ACR)": the acronym's actor is the long name's.
	for (const para of paragraphs)
		for (const m of para.text.matchAll(/\s\(([\p{Lu}][\p{Lu}\p{N}&.-]{1,9})\)/gu)) {
			const before = table.mentions.filter(
				(x) => x.paragraph === para.n && x.end <= m.index && x.end >= m.index - 1
			);
			const named = before.at(-1);
			const acronym = table.mentions.find(
				(x) => x.paragraph === para.n && x.start === m.index + 2 && x.text === m[1]
			);
			const ofAcronym =
				acronym ?? table.mentions.find((x) => x.text === m[1] && x.actor !== named?.actor);
			if (named && ofAcronym && named.actor !== ofAcronym.actor) {
				const long = byId.get(named.actor)!;
				const short = byId.get(ofAcronym.actor)!;
				merge(short, long);
				// A long name split at a country ("Israel" + "Defense Forces") takes its full form.
				const lead = para.text.slice(0, named.start).match(/(\p{Lu}[\p{L}-]+)\s+$/u)?.[1];
				if (lead && long.kind !== 'person' && !long.name.startsWith(lead))
					long.name = `${lead} ${long.name}`;
			}
		}

	// "Dame Ruth" is "Dame Ruth Calder".
	const people = table.actors.filter((a) => a.kind === 'person');
	for (const a of people)
		if (HONORIFIC.test(a.name)) {
			const full = people.find((b) => b !== a && b.name.startsWith(`${a.name} `));
			if (full) merge(a, full);
		}

	if (!into.size) return placeAtHome(table);
	for (const m of table.mentions) m.actor = root(m.actor);
	for (const [from] of into) {
		const a = byId.get(from)!;
		const to = byId.get(root(from))!;
		to.count += a.count;
		if (!to.country && a.country) to.country = a.country;
		if (!to.title && a.title) to.title = a.title;
	}
	table.actors = table.actors.filter((a) => !into.has(a.id));
	return placeAtHome(table);
}

/**
 * People of no stated country who hold a domestic office (a minister, a legislator, a
 * mayor: `HOME_OFFICES`), in an article whose placed actors are mostly (two in three, at
 * least two) of one country, are taken to be of that country, flagged for review. Heads of
 * state, diplomats and honorifics say too little of where someone is from.
 */
export function placeAtHome(table: ActorTable): ActorTable {
	const counts = new Map<string, number>();
	for (const a of table.actors)
		if (a.country) counts.set(a.country, (counts.get(a.country) ?? 0) + 1);
	const placed = [...counts.values()].reduce((x, y) => x + y, 0);
	const [home, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
	if (!home || n < 2 || n * 3 < placed * 2) return table;
	for (const a of table.actors)
		if (a.kind === 'person' && !a.country && a.title && HOME_OFFICES.includes(a.title)) {
			a.country = home;
			delete a.region;
			a.review = `country taken from the article's other actors (${home}); check it`;
		}
	return table;
}
