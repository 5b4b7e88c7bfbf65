import { describe, expect, it } from 'vitest';
import { draftOf } from './draftOf.ts';
import { stanceOfWords } from '../../src/lib/extract/stance.ts';

/** Drafts a short article and lists its reactions as "actor name: stance". */
function reactionsOf(...paragraphs: string[]): string[] {
	const r = draftOf(...paragraphs);
	const names = new Map(r.story.actors.map((a) => [a.id, a.name]));
	return r.story.reactions.map((x) => `${names.get(x.actor)}: ${x.stance}`);
}

/** The reactions of an article that opens with `lead`, but the opening actor's own. */
function reactionsAfter(lead: string, opener: string, ...paragraphs: string[]): string[] {
	return reactionsOf(lead, ...paragraphs).filter((r) => !r.startsWith(opener));
}

/** The harbour story most of these sentences react to, opened by the Harbour Authority. */
const HARBOUR = 'The Harbour Authority doubled the berth fees on Monday.';

describe('attribution', () => {
	it('does not read the subject of a passive as the speaker', () => {
		expect(
			reactionsOf(
				'The Harbour Authority was criticised by fishermen for closing the quay on Monday.',
				'Mayor Ilse Brandt is said to be furious about the closure.'
			)
		).toEqual(['Fishermen: critical']);
		expect(
			reactionsOf('Mayor Ilse Brandt was saying the Harbour Authority had been wrong.')
		).toEqual(['Ilse Brandt: critical']);
	});

	it.each([
		['But residents say the Harbour Authority has ruined them.', 'Residents'],
		[
			'It was a day on which angry residents said the Harbour Authority had failed.',
			'Angry residents'
		],
		['A number of local residents said the Harbour Authority had failed.', 'Local residents']
	])('names an unnamed group by its own words: %s', (sentence, name) => {
		expect(reactionsOf('The Harbour Authority closed the quay on Monday.', sentence)).toEqual([
			`${name}: critical`
		]);
	});

	it('never takes a law for an actor', () => {
		expect(
			reactionsOf(
				'The Harbour Authority closed the quay on Monday.',
				'After breaches of the Coastal Safety Act, the authority has vowed to “end the fees”.'
			)
		).toEqual(['Harbour Authority: supportive']);
	});

	it('reads an appeal as pressure on whoever is urged, unless it asks only for calm', () => {
		const closed = 'The Harbour Authority closed the quay on Monday.';
		expect(
			reactionsOf(closed, 'Mayor Ilse Brandt urged the Harbour Authority to reopen it.')
		).toEqual(['Ilse Brandt: critical']);
		expect(
			reactionsOf(
				closed,
				'Mayor Ilse Brandt urged the Harbour Authority and fishermen to show restraint.'
			)
		).toEqual(['Ilse Brandt: neutral']);
	});

	it('attributes an embedded post to the author on its signature line', () => {
		const r = draftOf(
			'The Harbour Authority closed the quay on Monday.',
			'Thank you to every fisherman who kept this quay alive. We will be back. pic.twitter.com/AbC123',
			'— Marta (@marta_nets) March 4, 2024'
		);
		const reaction = r.story.reactions[0];
		expect(r.story.reactions).toHaveLength(1);
		expect(r.story.actors.find((a) => a.id === reaction?.actor)?.name).toBe('Marta');
		expect(reaction?.stance).toBe('supportive');
		expect(reaction?.sources[0]?.quote).toBe(
			'Thank you to every fisherman who kept this quay alive. We will be back.'
		);
	});

	it('reads no post from a caption of a word or two above a signature line', () => {
		expect(
			reactionsOf(
				'The Harbour Authority closed the quay on Monday.',
				'Harbour notice',
				'— Marta (@marta_nets) March 4, 2024'
			)
		).toEqual([]);
	});

	it('reads no post without a signature line', () => {
		expect(
			reactionsOf(
				'The Harbour Authority closed the quay on Monday.',
				'Thank you to every fisherman who kept this quay alive. We will be back.',
				'Marta (@marta_nets) is a local fisher.'
			)
		).toEqual([]);
	});

	it('reads "pressed X to …" as critical of X, and "the press", "hard pressed", "pressed ahead", "pressed for" as nothing', () => {
		expect(
			reactionsOf(
				'The Harbour Authority closed the quay on Monday.',
				'Councillor Ines Marlow pressed Harbour Master Otto Brenn to reopen the north slipway.'
			)
		).toEqual(['Ines Marlow: critical']);
		expect(
			reactionsOf(
				'The Harbour Authority closed the quay on Monday.',
				'Councillor Ines Marlow pressed ahead with her survey of the slipway.',
				'Two ferry unions have pressed for a new timetable for months.',
				'Councillor Ines Marlow’s press office sent photos of the slipway.',
				'Fishing crews are hard pressed for berths this winter.'
			)
		).toEqual([]);
	});

	it('gives the words of "a spokesperson for" a named body to the body, once', () => {
		expect(
			reactionsOf(
				'The ferry service to Vellmar Island stopped on Monday.',
				'A spokesperson for the Harbour Authority said: “The slipway will reopen when the engineers have finished their survey.”'
			)
		).toEqual(['Harbour Authority: neutral']);
	});

	it('gives a quote of "a Labour source" to the source, not to the party its words name', () => {
		expect(
			reactionsOf(
				'The ferry service to Vellmar Island stopped on Monday.',
				'A Labour source said: “It is shameful that the mayor kept the slipway shut all winter.”'
			)
		).toEqual(['Labour source: critical']);
	});

	it('reads "cried foul" as a critical complaint', () => {
		expect(
			reactionsOf(
				'The Harbour Authority doubled the berth fees on Monday.',
				'Island families cried foul over the new berth fees.'
			)
		).toEqual(['Island families: critical']);
	});

	it('reads a stance word after a determiner or an owner as a noun, not an act', () => {
		expect(
			reactionsOf(
				'The Harbour Authority doubled the berth fees on Monday.',
				'Mayor Petra Lund toured the quay and then wrote another attack on the Harbour Authority for her blog.'
			)
		).toEqual([]);
		expect(
			reactionsOf(
				'The Harbour Authority doubled the berth fees on Monday.',
				'Mayor Petra Lund attacked the Harbour Authority over the fees.'
			)
		).toEqual(['Petra Lund: critical']);
	});

	it('reads a concession without words that take a side as mixed, a new reaction after criticism', () => {
		expect(
			reactionsOf(
				'The Harbour Authority doubled the berth fees on Monday.',
				'Hanne Voss, a ferry skipper, condemned the Harbour Authority for the fees.',
				'Later in the week Voss acknowledged that the old crane needed replacing.'
			)
		).toEqual(['Hanne Voss: critical', 'Hanne Voss: mixed']);
		expect(
			reactionsOf(
				'The Harbour Authority doubled the berth fees on Monday.',
				'Hanne Voss, a ferry skipper, condemned the Harbour Authority for the fees.',
				'Later in the week Voss never acknowledged that the old crane needed replacing.'
			)
		).toEqual(['Hanne Voss: critical']);
	});

	it('reads a stance noun its owner holds: "his complaints about X", "the Dock Union’s support for X"', () => {
		expect(
			reactionsOf(
				'Judge Ada Whitlow fined the ferry firm on Monday.',
				'Ferry owner Lars Eklund met reporters at the quay.',
				'One of his main complaints about Whitlow is the size of the fine.'
			)
		).toEqual(['Lars Eklund: critical']);
		expect(
			reactionsOf(
				'Judge Ada Whitlow fined the ferry firm on Monday.',
				'The Dock Union’s support for Whitlow surprised the ferry firm.'
			)
		).toEqual(['Dock Union: supportive']);
		expect(
			reactionsOf(
				'Judge Ada Whitlow fined the ferry firm on Monday.',
				'Whitlow read out the complaints about the ferry firm.'
			)
		).toEqual([]);
	});

	it('reads "admitted" as the verb "admit" (its consonant doubled)', () => {
		expect(
			reactionsOf(
				'The Harbour Authority doubled the berth fees on Monday.',
				'Harbour clerk Otto Brenn admitted that the crane had been bought last year.'
			)
		).toEqual(['Otto Brenn: mixed']);
	});

	it('reads "back down", "backed off" as a retreat, not support', () => {
		expect(
			reactionsOf(
				'The Harbour Authority doubled the berth fees on Monday.',
				'The Dock Union backed down after a week of talks.'
			)
		).toEqual([]);
		expect(
			reactionsOf(
				'The Harbour Authority doubled the berth fees on Monday.',
				'The Dock Union backed the Harbour Authority after a week of talks.'
			)
		).toEqual(['Dock Union: supportive']);
		expect(
			stanceOfWords('the two councils should back down from the row over the quay').stance
		).toBe('neutral');
	});

	it('reads a pledge to fight, block or sue as critical, and one to fight for something as not', () => {
		expect(reactionsOf(HARBOUR, 'The Dock Union vowed to fight the new fees.')).toEqual([
			'Dock Union: critical'
		]);
		expect(reactionsOf(HARBOUR, 'The Dock Union pledged in a letter to block the fees.')).toEqual([
			'Dock Union: critical'
		]);
		expect(reactionsOf(HARBOUR, 'The Dock Union vowed to fight for its members.')).toEqual([
			'Dock Union: supportive'
		]);
	});

	it('reads a verdict of disaster, fiasco or madness, and disappointment, as critical', () => {
		for (const words of [
			'the new fees are a disaster for the port',
			'the whole thing has been a fiasco',
			'it is madness to raise fees now',
			'the harbour board is living in denial',
			'the union said it would appeal',
			'the whole row is pathetic',
			'the union expressed disappointment at the fees'
		])
			expect(stanceOfWords(words).stance).toBe('critical');
	});

	it('reads reactions told as a feeling and who has it: "reacted with fury", "drew criticism from", "anger among"', () => {
		const others = (p: string) => reactionsAfter(HARBOUR, 'Harbour Authority', p);
		expect(others('Residents reacted with fury.')).toEqual(['Residents: critical']);
		expect(others('The Dock Union responded with dismay to the fees.')).toEqual([
			'Dock Union: critical'
		]);
		expect(others('The fees drew criticism from opposition councillors.')).toEqual([
			'Opposition councillors: critical'
		]);
		expect(others('The fees were met with anger by local traders.')).toEqual([
			'Local traders: critical'
		]);
		expect(others('The fees sparked delight among the Holm Rowing Club.')).toEqual([
			'Holm Rowing Club: supportive'
		]);
	});

	it('reads a passive’s agent named after the office she holds ("by the local MP, Jane Moss")', () => {
		expect(
			reactionsAfter(
				HARBOUR,
				'Harbour Authority',
				'The fees have been criticised by the local MP, Jane Moss.'
			)
		).toEqual(['Jane Moss: critical']);
	});

	it('reads "raised concerns about" and "voiced fears over" as critical', () => {
		expect(reactionsOf(HARBOUR, 'The Dock Union raised concerns about the fees.')).toEqual([
			'Dock Union: critical'
		]);
		expect(reactionsOf(HARBOUR, 'The Dock Union voiced fears over the fees.')).toEqual([
			'Dock Union: critical'
		]);
	});

	it('reads ", saying …" after what the sentence’s subject did as the subject’s words, never the words’ subject’s', () => {
		const others = (p: string) => reactionsAfter(HARBOUR, 'Harbour Authority', p);
		expect(others('Otto Lind weighed in on Tuesday, saying the fees were a disgrace.')).toEqual([
			'Otto Lind: critical'
		]);
		expect(
			others('Opposition leader Otto Lind went further, saying the Harbour Authority had lied.')
		).toEqual(['Otto Lind: critical']);
		expect(others('After meeting Otto Lind, the mayor left, saying nothing.')).toEqual([]);
	});

	it('reads an appeal for calm in quotation marks as taking no side ("urged the union to “exercise restraint”")', () => {
		expect(
			reactionsOf(
				'The Dock Union called a strike on Monday.',
				'Labour minister Ada Varga urged the union to “exercise restraint”.'
			).filter((r) => r.startsWith('Ada'))
		).toEqual(['Ada Varga: neutral']);
	});

	it('reads no stance in an appeal that only may be made ("an appeal against it could be made")', () => {
		expect(stanceOfWords('an appeal against the fees could be made to the minister').stance).toBe(
			'neutral'
		);
	});

	it('reads a diplomatic measure as a critical reaction: sanctions imposed, an ambassador summoned or recalled', () => {
		const L = 'Russian troops crossed into Georgia on Monday, seizing two border towns.';
		const others = (p: string) => reactionsAfter(L, 'Russia', p);
		expect(others('The European Union imposed sanctions on Russia on Wednesday.')).toEqual([
			'European Union: critical'
		]);
		expect(others('Norway recalled its ambassador from Moscow.')).toEqual(['Norway: critical']);
		expect(others('Germany summoned the Russian ambassador.')).toEqual(['Germany: critical']);
	});

	it('reads "badly needed" as how much, and "handled it badly" as a judgement', () => {
		expect(stanceOfWords('the new homes were badly needed in the town').stance).toBe('neutral');
		expect(stanceOfWords('the town badly needs a new bridge').stance).toBe('neutral');
		expect(stanceOfWords('the council handled the flood badly').stance).toBe('critical');
	});

	it('does not give a quote to the sentence’s first name when its verb has an unnamed subject of its own', () => {
		const r = draftOf(
			'Critic Vera Holm recalled the night when a studio executive claimed the film was "a waste of good money".'
		);
		expect(r.quotes.map((q) => q.speaker)).toEqual([null]);
	});

	it('reads a group placed by "there" as the subject: "most farmers there oppose …"', () => {
		expect(
			reactionsOf(
				'The Valley Council raised the water charges on Monday.',
				'A survey suggests that most farmers there oppose the new water charges.'
			)
		).toEqual(['Farmers: critical']);
	});
});

describe('a body named by its kind', () => {
	it.each(['league', 'club', 'union', 'charity'])(
		'gives a quote followed by "the %s said" to the body named before',
		(kind) => {
			const name = `Northvale Rowing ${kind[0]!.toUpperCase()}${kind.slice(1)}`;
			expect(
				reactionsOf(
					`The ${name} fined two coaches on Friday.`,
					`“We condemn what happened and apologise to the crews,” the ${kind} said.`
				)
			).toEqual([`${name}: critical`]);
		}
	);
});
