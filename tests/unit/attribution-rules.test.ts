/**
 * Each attribution rule of statements.ts, and the according-to and
 * direct-quote readers, on sentences written for it: who speaks, with which
 * verb, and where the words said are; and a sentence it must not read.
 */
import { describe, expect, it } from 'vitest';
import { findActors } from '../../src/lib/extract/actors.ts';
import { draftStory } from '../../src/lib/extract/draft.ts';
import { MentionIndex } from '../../src/lib/extract/mentions.ts';
import { findQuoteAttributions } from '../../src/lib/extract/quotes.ts';
import { resolveCoreference } from '../../src/lib/extract/resolve.ts';
import { ATTRIBUTION_RULES, findStatements } from '../../src/lib/extract/statements.ts';
import { stanceOfStatement } from '../../src/lib/extract/stance.ts';

interface Read {
	rule: string;
	speaker: string;
	verb: string;
	said: string;
}

/** The statements found in a short article (paragraphs split by blank lines). */
function read(article: string): Read[] {
	const paragraphs = article.split('\n\n').map((text, i) => ({ n: i + 1, text, line: i + 1 }));
	const table = resolveCoreference(findActors(paragraphs), paragraphs);
	const index = new MentionIndex(table, paragraphs);
	const quotes = findQuoteAttributions(paragraphs, index);
	return findStatements(paragraphs, index, quotes).map((s) => ({
		rule: s.rule,
		speaker: index.actor(s.actor)?.name ?? s.actor,
		verb: s.verb,
		said: paragraphs[s.paragraph - 1]!.text.slice(s.said[0], s.said[1]).trim()
	}));
}

/** The statement a rule found, or undefined. */
const by = (article: string, rule: string) => read(article).find((s) => s.rule === rule);
const rules = (article: string) => read(article).map((s) => s.rule);

describe('attribution rules', () => {
	it('are the rules this file tests, in this order', () => {
		expect(ATTRIBUTION_RULES.map((r) => r.name)).toEqual([
			'subject-verb',
			'relative',
			'verb-subject',
			'apposition',
			'pronoun',
			'body',
			'group',
			'unnamed',
			'coordinated',
			'participle'
		]);
	});

	describe('subject-verb', () => {
		it('reads a named actor right before the verb', () => {
			expect(by('Maria Lopez warned that the bridge was unsafe.', 'subject-verb')).toEqual({
				rule: 'subject-verb',
				speaker: 'Maria Lopez',
				verb: 'warn',
				said: 'that the bridge was unsafe.'
			});
		});
		it('reads the subject after an opening phrase that ends in a name and a comma', () => {
			expect(
				by(
					'In her speech to the Harbour Authority, Maria Lopez praised the new quay.',
					'subject-verb'
				)
			).toMatchObject({ speaker: 'Maria Lopez', verb: 'praise' });
		});
		it('reads the first of two speakers joined by "and"', () => {
			const s = by('Maria Lopez and Tom Baker warned that the bridge was unsafe.', 'subject-verb');
			expect(s?.speaker).toBe('Maria Lopez');
			expect(s?.verb).toBe('warn');
		});
		it('reads every speaker joined by "and", each once', () => {
			expect(
				read('Maria Lopez and Tom Baker warned that the bridge was unsafe.').map(
					(s) => `${s.speaker} ${s.verb}`
				)
			).toEqual(['Maria Lopez warn', 'Tom Baker warn']);
			expect(
				read('Norway and the United States objected to the sale.').map((s) => s.speaker)
			).toEqual(['Norway', 'United States']);
		});
		it('does not join names before an opening comma to the subject', () => {
			expect(
				read('In her speech to the Harbour Authority, Maria Lopez praised the new quay.').map(
					(s) => s.speaker
				)
			).toEqual(['Maria Lopez']);
		});
		it('never reads the name before "…, adding" as the participle\'s subject', () => {
			expect(
				read(
					'Maria Lopez said the ferry would serve Norway, adding that the fares would fall.'
				).map((s) => s.speaker)
			).toEqual(['Maria Lopez']);
		});
		it('reads "continued" as speech only with nothing of its own after it', () => {
			expect(read('Maria Lopez continued to run the ferry after the storm.')).toEqual([]);
			expect(
				read('"The quay is safe," Maria Lopez continued.').map((s) => `${s.speaker} ${s.rule}`)
			).toContain('Maria Lopez subject-verb');
		});
		it("reads no statement in a condition or in a noun's infinitive", () => {
			expect(read('The fees stay until Norway thanks the fishermen.')).toEqual([]);
			expect(read('The grant gives Norway’s navy the means to defend the coast.')).toEqual([]);
			expect(
				read('Maria Lopez praised its plan to support the ferry.').map((s) => s.speaker)
			).toEqual(['Maria Lopez']);
		});
		it('reads no statement in an exchange among the subjects ("asked each other")', () => {
			expect(
				read('In the debate, Maria Lopez and Tom Baker asked each other about the ferry fees.')
			).toEqual([]);
		});
		it('reads an adverb in -ly between the name and the verb', () => {
			expect(
				by('Tom Baker sharply criticised the council on Monday.', 'subject-verb')
			).toMatchObject({ speaker: 'Tom Baker', verb: 'criticise' });
		});
		it('never reads a word of a name as the verb', () => {
			// "States" in "the United States" is not the verb "state".
			expect(read('The United States had no comment on the sale.')).toEqual([]);
		});
		it('reads a short apposition and an adverb between the name and the verb', () => {
			const s = by(
				'Maria Lopez, the city engineer, said on Monday that the cracks were new.',
				'subject-verb'
			);
			expect(s).toMatchObject({ speaker: 'Maria Lopez', verb: 'say' });
			expect(s?.said).toBe('on Monday that the cracks were new.');
		});
		it('reads a stance verb as a reporting verb', () => {
			expect(by('Tom Baker praised the council on Monday.', 'subject-verb')).toMatchObject({
				speaker: 'Tom Baker',
				verb: 'praise',
				said: 'the council on Monday.'
			});
		});
		it('does not read a participle after a noun as a report', () => {
			expect(read('The deal announced by Tom Baker last week was final.')).toEqual([]);
		});
		it('does not give the verb to a name the sentence addresses', () => {
			expect(read('The cracks were shown to Maria Lopez, who said nothing.')).toEqual([]);
		});
	});

	describe('relative', () => {
		it('reads the name before ", which" as the subject of a stance verb', () => {
			expect(
				by('Ferris is fighting extradition to Norway, which accuses him of fraud.', 'relative')
			).toMatchObject({ speaker: 'Norway', verb: 'accuse', said: 'him of fraud.' });
			expect(
				by('The plan was drawn up by Tom Baker, who has criticised the council.', 'relative')
			).toMatchObject({ speaker: 'Tom Baker', verb: 'criticise' });
		});
		it('does not read a relative clause set off as an aside, nor a plain reporting verb', () => {
			expect(
				rules('The ministry, which has criticised the plan, met the unions on Monday.')
			).toEqual([]);
			expect(rules('The cracks were shown to Maria Lopez, who said nothing.')).toEqual([]);
		});
	});

	describe('verb-subject', () => {
		it('reads the speaker after the verb, and the words before it', () => {
			expect(
				by(
					'The bridge will close for a month, said Maria Lopez, the city engineer.',
					'verb-subject'
				)
			).toEqual({
				rule: 'verb-subject',
				speaker: 'Maria Lopez',
				verb: 'say',
				said: 'The bridge will close for a month,'
			});
		});
		it('does not read a name after a verb that does not close the words said', () => {
			expect(rules('Residents said Maria Lopez had closed the bridge.')).not.toContain(
				'verb-subject'
			);
		});
		it('never reads the object of a stance verb as the speaker', () => {
			expect(
				read('Tom Baker, Anna Berg’s head of press, urged the Norwegian government to act.').map(
					(x) => x.speaker
				)
			).not.toContain('Norway');
		});
		it('never reads the one told as the speaker', () => {
			expect(
				read('The quarry firm, in turn, told the Harbour Post that it owed nothing.').map(
					(s) => s.speaker
				)
			).not.toContain('Harbour Post');
		});
	});

	describe('apposition', () => {
		const article =
			'Acme Freight, which has worked for the Ministry of Transport since the Port Authority of Vellen was founded in 1990 as a public body, said repairs were overdue.';
		it('reads the subject before a long apposition that names another actor', () => {
			expect(by(article, 'apposition')).toEqual({
				rule: 'apposition',
				speaker: 'Acme Freight',
				verb: 'say',
				said: 'repairs were overdue.'
			});
		});
		it('does not read a name that is not the subject of the sentence', () => {
			expect(
				rules(
					'After a visit to Tom Baker, an engineer who worked at the Ministry of Transport for ten years, said repairs were overdue.'
				)
			).not.toContain('apposition');
		});
	});

	describe('pronoun', () => {
		it('reads "she" as the last person named', () => {
			expect(
				by('Maria Lopez visited the bridge on Monday. She said the cracks were new.', 'pronoun')
			).toEqual({
				rule: 'pronoun',
				speaker: 'Maria Lopez',
				verb: 'say',
				said: 'the cracks were new.'
			});
		});
		it('reads "her spokesman said" as the one "her" stands for, speaking through him', () => {
			expect(
				by(
					'Mayor Ada Varga visited the site on Monday. Her spokesman said she was “deeply alarmed”.',
					'pronoun'
				)
			).toMatchObject({ speaker: 'Ada Varga', verb: 'say' });
		});
		it('does not take the owner in an apposition for "he"', () => {
			expect(
				by(
					'Tom Baker, Anna Berg’s head of press, criticised the council. He said the fees were unfair.',
					'pronoun'
				)
			).toMatchObject({ speaker: 'Tom Baker' });
		});
		it('reads "it" as the last body named', () => {
			expect(
				by('The Riverside Council met on Monday. It said the budget was final.', 'pronoun')
			).toMatchObject({ speaker: 'Riverside Council', said: 'the budget was final.' });
		});
		it('reads "it" as the body named last, a government as much as an organisation', () => {
			expect(
				by(
					'The Riverside Council met on Monday.\n\nThe ferry deal gave Norway a say, and it agreed to pay the fees.',
					'pronoun'
				)
			).toMatchObject({ speaker: 'Norway', verb: 'agree' });
		});
		it('does not guess who "they" are', () => {
			expect(
				read('Maria Lopez and the Riverside Council met on Monday. They said the budget was final.')
			).toEqual([]);
		});
		it('does not read a pronoun with no one named before it', () => {
			expect(read('She said she was tired.')).toEqual([]);
		});
	});

	describe('body', () => {
		it('reads "the council" as the last council named', () => {
			expect(
				by('The Riverside Council met on Monday. The council said the budget was final.', 'body')
			).toEqual({
				rule: 'body',
				speaker: 'Riverside Council',
				verb: 'say',
				said: 'the budget was final.'
			});
		});
		it('reads "the ministry" as the last government body named', () => {
			expect(
				by(
					'The Ministry of Transport ordered checks on Tuesday. The ministry said the checks would take a week.',
					'body'
				)
			).toMatchObject({ speaker: 'Ministry of Transport', verb: 'say' });
		});
		it('does not give the words to a person when no body was named', () => {
			expect(
				read('Maria Lopez met Tom Baker on Monday. The council said the budget was final.')
			).toEqual([]);
		});
		it('reads a body described but never named as that body ("the players’ union said")', () => {
			expect(
				by(
					'The league banned Tom Baker on Monday. The players’ union said it would appeal.',
					'body'
				)
			).toMatchObject({ speaker: 'Players’ union', verb: 'say', said: 'it would appeal.' });
		});
	});

	describe('group', () => {
		it('reads a group the article does not name', () => {
			expect(
				by('On the platform, residents said the detours added an hour to their trips.', 'group')
			).toEqual({
				rule: 'group',
				speaker: 'Residents',
				verb: 'say',
				said: 'the detours added an hour to their trips.'
			});
		});
		it('keeps the words that describe the group', () => {
			expect(
				by('Angry local farmers have warned that the dam will flood their fields.', 'group')
			).toMatchObject({ speaker: 'Angry local farmers', verb: 'warn' });
		});
		it('reads a group placed by a short phrase between its noun and the verb', () => {
			expect(
				by('Friends close to the singer said she had planned the move for years.', 'group')
			).toMatchObject({ speaker: 'Friends', verb: 'say' });
			expect(
				by('Residents of Holm Bay say the ferry has not run since March.', 'group')
			).toMatchObject({ speaker: 'Residents', verb: 'say' });
			expect(
				by('Most teachers there said the new timetable was too tight.', 'group')
			).toMatchObject({ speaker: 'Teachers', verb: 'say' });
		});
		it('does not read a group noun that is not the subject of a reporting verb', () => {
			expect(read('The residents of the old town were moved on Monday.')).toEqual([]);
		});
	});

	describe('coordinated', () => {
		it('reads the sentence\'s subject for a second verb after "but" or "and"', () => {
			expect(
				by(
					'The Harbour Party backed the new quay but opposed the fees for small boats.',
					'coordinated'
				)
			).toEqual({
				rule: 'coordinated',
				speaker: 'Harbour Party',
				verb: 'oppose',
				said: 'the fees for small boats.'
			});
		});
		it('does not read a second verb whose subject is someone else', () => {
			expect(
				rules('The Harbour Party backed the quay, and Maria Lopez opposed the fees.')
			).not.toContain('coordinated');
		});
	});

	describe('participle', () => {
		it('reads ", saying …" after what the sentence’s subject did', () => {
			expect(
				by('Maria Lopez spoke on Tuesday, saying the bridge was unsafe.', 'participle')
			).toEqual({
				rule: 'participle',
				speaker: 'Maria Lopez',
				verb: 'say',
				said: 'the bridge was unsafe.'
			});
		});
		it('does not read a participle after a verb that already reports, nor after an opening phrase', () => {
			expect(rules('Maria Lopez criticised the plan, saying it was unsafe.')).not.toContain(
				'participle'
			);
			expect(rules('After meeting Maria Lopez, the mayor left, saying nothing.')).toEqual([]);
		});
	});

	describe('unnamed', () => {
		it('reads a spokesman for a body as the body speaking', () => {
			expect(
				by(
					'A spokesman for the Ministry of Transport said the checks would take a week.',
					'unnamed'
				)
			).toEqual({
				rule: 'unnamed',
				speaker: 'Ministry of Transport',
				verb: 'say',
				said: 'the checks would take a week.'
			});
		});
		it('reads an unnamed source', () => {
			expect(by('A source close to the talks said a deal was near.', 'unnamed')).toMatchObject({
				speaker: 'Source close to the talks',
				said: 'a deal was near.'
			});
		});
		it('does not read a thing that "says" something', () => {
			expect(read("The spokesman's phone was off, which said a lot.")).toEqual([]);
		});
		it('reads a lawyer for someone, and "asked for" as a demand', () => {
			expect(
				by('A lawyer for the family asked for the inquest to be reopened.', 'unnamed')
			).toMatchObject({ speaker: 'Lawyer for the family', verb: 'ask for' });
			expect(stanceOfStatement('ask for', 'A lawyer ', ' the inquest to be reopened.').stance).toBe(
				'critical'
			);
			expect(stanceOfStatement('ask for', 'A lawyer ', ' calm at the hearing.').stance).toBe(
				'neutral'
			);
		});
		it('does not read a noun in apposition to a name as an unnamed speaker', () => {
			expect(
				read('Tom Baker, the lawyer who questioned the harbour master, left early.').filter(
					(s) => s.rule === 'unnamed'
				)
			).toEqual([]);
		});
	});
});

describe('according-to reader', () => {
	it('reads "according to X" at the start of a sentence, the whole sentence said', () => {
		expect(by('According to Maria Lopez, the cracks are new.', 'according-to')).toEqual({
			rule: 'according-to',
			speaker: 'Maria Lopez',
			verb: 'say',
			said: 'According to Maria Lopez, the cracks are new.'
		});
	});
	it('reads "according to X" at the end of a sentence', () => {
		expect(
			by(
				'The bridge carried 40,000 cars a day, according to the Ministry of Transport.',
				'according-to'
			)
		).toMatchObject({ speaker: 'Ministry of Transport', verb: 'say' });
	});
	it('reads "according to" a group the article does not name', () => {
		expect(
			by('The toll was a "tax on commuters" according to local critics.', 'according-to')
		).toMatchObject({ speaker: 'Local critics', verb: 'say' });
	});
	it('does not read "according to" a thing no actor stands for', () => {
		expect(read('Traffic fell by half according to a report.')).toEqual([]);
		expect(read('Traffic fell by half according to figures of the council.')).toEqual([]);
	});
});

describe('finding-by reader', () => {
	it('reads the author of a report, study or inquiry that found something', () => {
		expect(
			by(
				'The report by the Harbour Safety Board found that the crane had not been inspected.',
				'finding-by'
			)
		).toEqual({
			rule: 'finding-by',
			speaker: 'Harbour Safety Board',
			verb: 'find',
			said: 'that the crane had not been inspected.'
		});
		expect(
			by(
				'A study by Northgate University - which was paid for by the port - concluded the quay was safe.',
				'finding-by'
			)
		).toMatchObject({ speaker: 'Northgate University', said: 'the quay was safe.' });
	});
	it('does not read a report whose author is not followed by its finding', () => {
		expect(rules('The report by the Harbour Safety Board was published on Monday.')).not.toContain(
			'finding-by'
		);
	});
	it('takes no side: a finding is neutral', () => {
		const r = draftStory(
			'published: 2024-03-05\n---\nThe crane collapsed on Monday.\nThe report by the Harbour Safety Board found that the crane had failed.'
		);
		if (!r.ok) throw new Error(r.error);
		expect(r.story.reactions.map((x) => `${x.actor} ${x.stance}`)).toEqual([
			'harbour-safety-board neutral'
		]);
	});
});

describe('direct-quote reader', () => {
	it('reads a quote with the speaker after it', () => {
		expect(by('"The cracks are new," said Maria Lopez.', 'direct-quote')).toEqual({
			rule: 'direct-quote',
			speaker: 'Maria Lopez',
			verb: 'quote',
			said: '"The cracks are new,"'
		});
	});
	it('reads a quote after a colon', () => {
		expect(by('Maria Lopez said: "The cracks are new."', 'direct-quote')).toMatchObject({
			speaker: 'Maria Lopez',
			said: '"The cracks are new."'
		});
	});
	it('reads a quote whose speaker is a pronoun for the person just named', () => {
		expect(
			by('Maria Lopez arrived. "The cracks are new," she said.', 'direct-quote')
		).toMatchObject({ speaker: 'Maria Lopez', said: '"The cracks are new,"' });
	});
	it('reads a speaker whose title is abbreviated with a full stop', () => {
		expect(
			by('"The cracks are new," said Sen. Maria Lopez, a Democrat.', 'direct-quote')
		).toMatchObject({ speaker: 'Maria Lopez' });
		expect(
			by('"The cracks are new," Gov. Maria Lopez said on Monday.', 'direct-quote')
		).toMatchObject({ speaker: 'Maria Lopez' });
	});
	it('does not read a quote no one is said to have spoken', () => {
		expect(read('"The cracks are new."')).toEqual([]);
	});
});
