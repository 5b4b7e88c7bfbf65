/** Countries, bodies named after them, initials and things with numbers, as extraction reads them. */
import { describe, expect, it } from 'vitest';
import { initialsOf } from '../../src/lib/extract/actors.ts';
import { draftOf } from './draftOf.ts';
import { COUNTRIES, countryByDemonym, countryByName } from '../../src/lib/extract/gazetteer.ts';
import { placeableCountries } from '../../src/lib/layout/geoCountries.ts';
import { GIVEN_NAMES } from '../../src/lib/extract/lexicon.ts';

/** Drafts a short article: its actors as "name: kind country" and its reactions as "actor: stance". */
function draft(...paragraphs: string[]): { actors: string[]; reactions: string[] } {
	const r = draftOf(...paragraphs);
	const names = new Map(r.story.actors.map((a) => [a.id, a.name]));
	return {
		actors: r.story.actors.map((a) => `${a.name}: ${a.kind} ${a.country ?? '-'}`),
		reactions: r.story.reactions.map((x) => `${names.get(x.actor)}: ${x.stance}`)
	};
}

describe('the countries extraction knows', () => {
	it('are every country the map can place, each by its English name, bar given names', () => {
		const codes = new Set(COUNTRIES.map((c) => c.code));
		const missing = placeableCountries().filter((code) => !codes.has(code));
		// Only a country whose every name is also a given name may be left out.
		expect(missing).toEqual(['TD']);
		expect(GIVEN_NAMES.has('Chad')).toBe(true);
		expect(countryByName('Chad')).toBeUndefined();
		for (const [name, code] of [
			['Malawi', 'MW'],
			['Trinidad and Tobago', 'TT'],
			['Ivory Coast', 'CI'],
			['Myanmar', 'MM'],
			['Burma', 'MM'],
			['Saint Lucia', 'LC'],
			['Singapore', 'SG']
		] as const)
			expect(countryByName(name)?.code, name).toBe(code);
		expect(countryByDemonym('Zambians')?.code).toBe('ZM');
		expect(countryByDemonym('Basotho')?.code).toBe('LS');
	});

	it('reads a country outside the first table as a government that reacts', () => {
		const d = draft('Malawi condemned the border closure on Monday.');
		expect(d.actors).toContain('Malawi: government MW');
		expect(d.reactions).toEqual(['Malawi: critical']);
	});
});

describe('names of bodies', () => {
	it('keeps the country a bare head is named by ("the Kenyan Embassy")', () => {
		const d = draft(
			'The Kenyan Embassy said the visa rules were unfair to students.',
			'Qatar Airways said it would add flights.'
		);
		expect(d.actors).toContain('Kenyan Embassy: organisation KE');
		expect(d.actors.some((a) => a.startsWith('Embassy:'))).toBe(false);
	});

	it('reads initials as the body named in full before them', () => {
		expect(initialsOf('Northern Growers Union')).toBe('NGU');
		expect(initialsOf('Democratic Republic of the Congo')).toBe('DRC');
		expect(initialsOf('Oxfam')).toBe('');
		const d = draft(
			'The Northern Growers Union called a strike over grain prices on Monday.',
			'An NGU spokesman said the prices were unfair and a betrayal of farmers.'
		);
		expect(d.actors.filter((a) => a.startsWith('NGU'))).toEqual([]);
		expect(d.reactions).toContain('Northern Growers Union: critical');
	});

	it('never takes a word with digits for a person', () => {
		const d = draft(
			'Flight KT404 vanished over the sea on Sunday, and the Boeing 737-800 has not been found.',
			'Flight KT404 had left late, officials said.'
		);
		expect(d.actors.filter((a) => /\d/.test(a))).toEqual([]);
	});
});

describe('names that are not people', () => {
	it('reads "the South" as the country named with it, never as a person', () => {
		const d = draft(
			'South Sudan closed its border crossings on Monday.',
			'The South has also condemned the raids, officials said.'
		);
		expect(d.actors.filter((a) => a.startsWith('South:'))).toEqual([]);
		expect(d.reactions).toEqual(['South Sudan: critical']);
	});

	it('takes no name from words run together, but keeps one brand written so', () => {
		const d = draft(
			'The Harbour Board approved the sale of the docks on Monday.',
			'Ida MorrowHarbour BoardOwen Pike said the sale was wrong.',
			'BlackRock said the sale was a disgrace.'
		);
		expect(d.actors.filter((a) => /MorrowHarbour|BoardOwen/.test(a))).toEqual([]);
		expect(d.reactions).toEqual(['BlackRock: critical']);
	});

	it('reads an unnamed office as a body, an unnamed spokeswoman as a person', () => {
		const d = draft(
			'The port authority fined the ferry firm on Friday.',
			'A source in the regulator’s office said the fine was unfair.',
			'A ferry firm spokeswoman said the fine was unjust.'
		);
		expect(d.actors).toContain('Source in the regulator’s office: organisation -');
		expect(d.actors).toContain('Ferry firm spokeswoman: person -');
	});
});

describe('pledges', () => {
	it('take the stance of the act pledged, also after a phrase before "to"', () => {
		expect(
			draft(
				'The city council raised the road tolls on Monday.',
				'The Green Alliance vowed in its election manifesto to scrap the road tolls.'
			).reactions
		).toEqual(['Green Alliance: critical']);
	});
});
