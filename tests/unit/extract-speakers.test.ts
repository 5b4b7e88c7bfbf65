import { describe, expect, it } from 'vitest';
import { draftOf } from './draftOf.ts';
import { stanceOfStatement, stanceOfWords } from '../../src/lib/extract/stance.ts';
import { findDates } from '../../src/lib/extract/dates.ts';
import { splitSentences } from '../../src/lib/extract/text.ts';

/** Drafts a short article and lists each direct quote as "first words → speaker name". */
function speakersOf(...paragraphs: string[]): string[] {
	const r = draftOf(...paragraphs);
	const names = new Map(r.story.actors.map((a) => [a.id, a.name]));
	return r.quotes.map(
		(q) =>
			`${q.text.split(/\s+/).slice(0, 3).join(' ')} → ${q.speaker ? (names.get(q.speaker) ?? q.speaker) : 'nobody'}`
	);
}

describe('sentences', () => {
	it('does not end a sentence at an initial inside a name', () => {
		expect(
			splitSentences('Harbour official T.R. Ambler said the quay would reopen. He was firm.').map(
				(s) => s.text
			)
		).toEqual(['Harbour official T.R. Ambler said the quay would reopen.', 'He was firm.']);
		expect(splitSentences('Ruth K. Olsen spoke first.').length).toBe(1);
	});

	it('does not end a sentence at an abbreviated title, of any rank the lexicon lists', () => {
		for (const title of ['Sgt', 'Cmdr', 'Insp', 'Rev', 'Capt'])
			expect(
				splitSentences(`${title}. Ines Varga led the search party. It found the boat.`).length,
				title
			).toBe(2);
	});

	it('still ends a sentence at a capital letter before a sentence opener', () => {
		expect(splitSentences('The council chose option B. The vote was close.').length).toBe(2);
	});
});

/** Drafts a short article and lists its actors as "name: kind". */
function actorsOf(...paragraphs: string[]): string[] {
	const r = draftOf(...paragraphs);
	return r.story.actors.map((a) => `${a.name}: ${a.kind}`);
}

describe('kinds of actor', () => {
	it('reads a two-word name after "the" as a body, not a person', () => {
		expect(
			actorsOf(
				'"The harbour fees are a scandal," the Morning Lantern said in an editorial on Monday.',
				'Mayor Ilse Brandt said the fees would stay.'
			)
		).toContain('Morning Lantern: organisation');
	});

	it('reads initials used as a subject as a body, not a person', () => {
		const actors = actorsOf(
			'Mayor Ilse Brandt closed the quay on Monday.',
			'The HFU said the closure "ruins every fisherman in town," and KPX has vowed to sue.'
		);
		expect(actors).toContain('KPX: organisation');
	});

	it('reads initials then the kind of body they name ("the DTU union said") as that body speaking', () => {
		const r = draftOf(
			'Dock workers in Holm will walk out for two days next week over pay.',
			'The strike will go ahead, the DTU union announced on Thursday.',
			'The HPA board said the strike was “reckless”.'
		);
		const names = new Map(r.story.actors.map((a) => [a.id, a.name]));
		expect(
			r.story.reactions.map((x) => `${names.get(x.actor)} p${x.sources[0]!.paragraph}: ${x.stance}`)
		).toEqual(['DTU p2: neutral', 'HPA p3: critical']);
	});

	it('reads "King’s College Holm" and "St Olaf’s Hospital" as bodies, with no title or person in them', () => {
		const actors = actorsOf(
			'Tom Hale, a surgeon at King’s College Holm, called the study “weak”.',
			'St Olaf’s Hospital said the study was “sound”. Queen’s University Tarn said it was “flawed”.'
		);
		expect(actors).toEqual([
			'Tom Hale: person',
			'St Olaf’s Hospital: organisation',
			'Queen’s University Tarn: organisation'
		]);
	});

	it('gives the words to the speaker, not to the station or paper named in an aside ("X, speaking on Y, said")', () => {
		const r = draftOf(
			'Mayor Ilse Brandt said on Monday that the Holm ferry would close in May.',
			'“It is a betrayal,” Otto Lind, speaking on Holm Radio, said.',
			'Ada Varga, writing in the Holm Gazette, said the mayor had “failed” islanders.'
		);
		const names = new Map(r.story.actors.map((a) => [a.id, a.name]));
		expect(r.quotes.map((q) => names.get(q.speaker!))).toEqual(['Otto Lind', 'Ada Varga']);
		expect(
			r.story.reactions.map((x) => names.get(x.actor)).filter((n) => n !== 'Ilse Brandt')
		).toEqual(['Otto Lind', 'Ada Varga']);
	});

	it('reads one name as a body from the words around it: "a spokesperson for Tarnline", "the ferry operator, Tarnline,"', () => {
		const L = 'Mayor Ilse Brandt said on Monday that the Holm ferry would close in May.';
		for (const said of [
			'A spokesperson for Tarnline said the firm was disappointed.',
			'The ferry operator, Tarnline, said it was disappointed.',
			'Tarnline, the ferry operator, said it was disappointed.',
			'A spokeswoman for the operator Tarnline said it was disappointed.'
		]) {
			const r = draftOf(L, said, 'Tarnline has run the ferry since 1990.');
			expect(r.story.actors.map((a) => `${a.name}: ${a.kind}`)).toContain('Tarnline: organisation');
			expect(r.story.reactions.map((x) => `${x.actor} ${x.stance}`)).toContain('tarnline critical');
		}
	});

	it('reads a company by the word its name ends in ("Tarn Foods", "Holm Mining") and keeps a title word in a company name ("General Motors")', () => {
		const actors = actorsOf(
			'Shares in Tarn Foods fell on Monday. Holm Mining said it was “disappointed”.',
			'General Motors said the deal was “unfair”. Tarn Foods said it would cut 300 jobs.'
		);
		expect(actors.sort()).toEqual([
			'General Motors: organisation',
			'Holm Mining: organisation',
			'Tarn Foods: organisation'
		]);
	});

	it('resolves "he" past a body named by initials to the last person', () => {
		expect(
			speakersOf(
				'Union leader Tomas Berg spoke after the vote on Monday.',
				'Berg said the HFU had lost. "We cannot win this with the HFU running ahead," he said.'
			)
		).toEqual(['We cannot win → Tomas Berg']);
	});
});

describe('kinds of actor, from the words around them', () => {
	it('reads a name the article calls "which" as a body', () => {
		expect(
			actorsOf(
				'The council sold the quarry to Granmore, which promised to pave the roads.',
				'Granmore has not paved a single road, villagers said on Monday.'
			)
		).toContain('Granmore: organisation');
	});

	it('keeps a name the article also calls "who" a person', () => {
		const actors = actorsOf(
			'The council sold the quarry to Granmore, which promised to pave the roads.',
			'Villagers met Granmore, who said on Monday the roads would be paved.'
		);
		expect(actors).not.toContain('Granmore: organisation');
	});
});

describe('a group named after its country (NAME_GROUP_NOUNS)', () => {
	it('reads officials of a country as its government', () => {
		expect(actorsOf('Norwegian officials said on Monday the bridge would reopen.')).toEqual([
			'Norway: government'
		]);
	});

	it('reads troops of a country as a group of that name', () => {
		expect(actorsOf('Danish troops left the base on Monday.')).toContain('Danish troops: group');
	});
});

describe('a body named after a country', () => {
	it("reads a country's name and one more word as a body", () => {
		expect(
			actorsOf('Norway Freight, in turn, told the Harbour Post it owed the town nothing.')
		).toContain('Norway Freight: organisation');
	});
	it("keeps a person whose given name is a country's name", () => {
		const actors = actorsOf('Jordan Pike said on Monday the ferry would sail.');
		expect(actors.filter((a) => a.endsWith(': person'))).toHaveLength(1);
		expect(actors.filter((a) => a.endsWith(': organisation'))).toEqual([]);
	});
});

describe('not names', () => {
	it('never reads an adverb opening a sentence as a name, even before a title', () => {
		const actors = actorsOf(
			'Eventually, the judge stopped the hearing. Separately, the mayor criticised Tom Baker on Monday.'
		);
		expect(actors.filter((a) => /Eventually|Separately/.test(a))).toEqual([]);
		expect(actors).toContain('Tom Baker: person');
	});

	it('never reads a building named after a person as an actor (PLACE_HEADS)', () => {
		const actors = actorsOf(
			'Lena Holm bought a flat in Holm Tower in 2019 and sold the Grand Marlow Hotel. "It paid," she said.'
		);
		expect(actors.filter((a) => /Tower|Hotel/.test(a))).toEqual([]);
		expect(actors).toContain('Lena Holm: person');
	});

	it('never reads a word opening a quotation as a name ("“Nothing has been done,” he said")', () => {
		const actors = actorsOf(
			'Tom Lind said the quarry had cracked every house in Holm.',
			'“Nothing has been done since,” he said. "Everything was promised," TNO said.'
		);
		expect(actors.filter((a) => /Nothing|Everything/.test(a))).toEqual([]);
		expect(actors).toContain('TNO: organisation');
	});

	it('never reads a participle opening a sentence before a comma ("Reacting, the minister …") as a name', () => {
		const actors = actorsOf(
			'The union called a strike on Monday.',
			'Reacting, the Minister of Labour, Ada Varga, urged the union to “exercise restraint”.'
		);
		expect(actors.filter((a) => /Reacting/.test(a))).toEqual([]);
		expect(actors).toContain('Ada Varga: person');
	});

	it('never reads a capitalised adjective opening a sentence as a name because the word after it starts like a verb', () => {
		const actors = actorsOf(
			'Small island states said the deal was “too weak”. Rich donors hastened to reply: “It is fair.”'
		);
		expect(actors.filter((a) => /^(?:Small|Rich)\b/.test(a))).toEqual([]);
	});
});

describe('names', () => {
	it('leaves out a trade that opens a sentence before a name, and keeps it for "the singer"', () => {
		const actors = actorsOf(
			'Carmaker Tarnwell is recalling 9,000 vans. Resident Olga Brandt said the vans were dangerous.',
			'Singer Mira Lund called the recall “overdue”. The singer said she had sold her van.'
		);
		expect(actors).toEqual(['Tarnwell: organisation', 'Olga Brandt: person', 'Mira Lund: person']);
		expect(
			speakersOf(
				'Singer Mira Lund and Rob Dale met in Holm on Monday. Dale left early.',
				'“It was a good day,” the singer said.'
			)
		).toEqual(['It was a → Mira Lund']);
	});

	it('leaves out a form of address after a title ("Independent Senator Dr Paul Richards")', () => {
		expect(
			actorsOf(
				'The Senate debated the harbour levy on Tuesday.',
				'Independent Senator Dr Paul Richards said both sides needed to “stop the politics”.'
			)
		).toContain('Paul Richards: person');
	});

	it('reads "Administrator" and "Director" before a name as titles, not names', () => {
		expect(
			actorsOf(
				'The agency delayed the launch on Tuesday.',
				'Agency Administrator Bill Nelson said safety was “our top priority”.',
				'Global News Director Phil Chetwyn called it “a disgrace”.'
			).sort()
		).toEqual(['Bill Nelson: person', 'Phil Chetwyn: person']);
	});

	it('keeps a lower-case particle inside a personal name', () => {
		expect(
			actorsOf('"The quay is unsafe," Marit van Doorn, a harbour engineer, said on Monday.')
		).toContain('Marit van Doorn: person');
	});

	it("never takes a minister's portfolio for part of a name", () => {
		const actors = actorsOf(
			'Secretary of State Ada Kolstad said on Monday the fees were "unacceptable".'
		);
		expect(actors).toContain('Ada Kolstad: person');
		expect(
			speakersOf(
				'Minister of Natural Resources, Tomas Berg, declined to comment and just said: "Ask them to write to the ministry."'
			)
		).toEqual(['Ask them to → Tomas Berg']);
	});

	it('reads a club named "… United" as a body', () => {
		expect(
			actorsOf('Coach Ada Kolstad was sacked by Riverside United on Monday, the club said.')
		).toContain('Riverside United: organisation');
	});

	it('never takes a single place name after "in" for a speaker', () => {
		const actors = actorsOf(
			'Ada Kolstad, a lecturer at the Harbour Institute in Bergen told reporters the quay was unsafe on Monday.'
		);
		expect(actors.some((a) => a.startsWith('Bergen'))).toBe(false);
	});
});

describe('quote speakers', () => {
	it('resolves "he" past a person inside another’s reported words ("Lind said the mayor had …")', () => {
		expect(
			speakersOf(
				'Mayor Ilse Brandt closed the Holm ferry on Monday.',
				'Speaking to the Holm Gazette, Otto Lind said the mayor had “betrayed” the island.',
				'“She has never once taken that ferry,” he said.'
			)
		).toEqual(['betrayed → Otto Lind', 'She has never → Otto Lind']);
	});

	it('resolves "he" past a person inside words a pronoun reported ("He said Mr Varga later …")', () => {
		expect(
			speakersOf(
				'Tom Lind, a former councillor, said the quarry had cracked every house in Holm.',
				'He said Mr Varga later sold the quarry to a firm from the capital.',
				'“Nothing has been done since,” he said.'
			)
		).toEqual(['Nothing has been → Tom Lind']);
	});

	it('gives a quote told by "his spokesman" to the one "his" stands for', () => {
		expect(
			speakersOf(
				'Rockets hit the port of Holm on Saturday.',
				'Mayor Tom Varga was “deeply alarmed” by the attack, his spokesman said.'
			)
		).toEqual(['deeply alarmed → Tom Varga']);
	});

	it('reads "the minister" as the one whose office ends in it ("Finance Minister Colm Rennick")', () => {
		expect(
			speakersOf(
				'Senator Maria Delsol and Finance Minister Colm Rennick clashed in the Senate on Tuesday.',
				'“The levy is vital to the budget,” the minister replied.'
			)
		).toEqual(['The levy is → Colm Rennick']);
	});

	it('reads how a quote was spoken after it ("fumed Delsol", "Delsol hit back") as who spoke it', () => {
		const L =
			'Senator Maria Delsol and Colm Rennick clashed in the Senate on Tuesday over the levy.';
		expect(speakersOf(L, '“It is a disgrace to this house,” fumed Delsol.')).toEqual([
			'It is a → Maria Delsol'
		]);
		expect(speakersOf(L, '“It is a disgrace to this house,” Delsol hit back.')).toEqual([
			'It is a → Maria Delsol'
		]);
		expect(speakersOf(L, '“Utter nonsense from start to end,” scoffed Rennick.')).toEqual([
			'Utter nonsense from → Colm Rennick'
		]);
	});

	it('gives a quote after a colon to the one actor the sentence opens with, not to the one a letter is from', () => {
		const L = 'Mayor Ilse Brandt said on Monday that the Holm ferry would close in May.';
		expect(speakersOf(L, 'Otto Lind was scathing: “This is a betrayal of the island.”')).toEqual([
			'This is a → Otto Lind'
		]);
		expect(
			speakersOf(
				L,
				'Opposition leader Otto Lind put it bluntly: “This is a betrayal of the island.”'
			)
		).toEqual(['This is a → Otto Lind']);
		expect(
			speakersOf(
				L,
				'Otto Lind read out a letter from the minister: “This is a betrayal of the island.”'
			)
		).toEqual(['This is a → nobody']);
	});

	it('gives a quote to the name before a long apposition, not to a place inside it', () => {
		expect(
			speakersOf(
				'"The quay is not even deep enough for ferries," Marit van Doorn, a harbour engineer at the Coastal Research Institute in Bergen told reporters on Monday.'
			)
		).toEqual(['The quay is → Marit van Doorn']);
	});

	it('gives a quote to the person before "of", not the body after it', () => {
		expect(
			speakersOf(
				'Ola Nordby of the Coastal Herald wrote: "The ferry was late every day that week."'
			)
		).toEqual(['The ferry was → Ola Nordby']);
	});

	it('gives a quote to the name after an opening phrase that ends in another name', () => {
		expect(
			speakersOf(
				'Asked on Friday about the boat bought from Ola Dahl, Tom Berg said that “every skipper buys boats”.'
			)
		).toEqual(['every skipper buys → Tom Berg']);
	});

	it('resolves a "he" before a quote to the person named before the pronoun', () => {
		expect(
			speakersOf(
				'Tom Berg met the inspectors at dawn, and he would tell Ola Dahl only that every boat must “follow the harbour rules”.'
			)
		).toEqual(['follow the harbour → Tom Berg']);
	});

	it('gives a partial quote to the speaker named after the words it opens', () => {
		expect(
			speakersOf(
				'"Nothing I know of would persuade the fishermen" to accept the fees, Ada Kolstad said on Monday.'
			)
		).toEqual(['Nothing I know → Ada Kolstad']);
	});

	it('follows "he said" back past paragraphs that open with "he" or a quote, and no further', () => {
		const lead = 'Tomas Berg said the quarry was a disgrace on Monday.';
		const more = [
			'He admitted the company had built him an office.',
			'"It was a gift to the village," he added.',
			'He added that the licence had been renewed without a hearing.'
		];
		const last = '"They want a ferry every hour, and that is unreasonable," he said.';
		expect(speakersOf(lead, ...more, last).at(-1)).toBe('They want a → Tomas Berg');
		expect(speakersOf(lead, 'The quarry opened in 2019.', ...more, last).at(-1)).toBe(
			'They want a → nobody'
		);
	});

	it('reads "the prime minister" as the person with that very office', () => {
		expect(
			speakersOf(
				'Prime Minister Ada Kolstad met party leader Tomas Berg on Monday.',
				'When Green Party leader Sven Dahl pressed Kolstad on fees, the prime minister replied only: "The fees stay."'
			)
		).toEqual(['The fees stay. → Ada Kolstad']);
	});

	it('reads "the 56-year-old" as the last person named', () => {
		expect(
			speakersOf(
				'Ada Kolstad has agreed to coach Riverside United, the club said on Monday.',
				'The coach had been idle since Harbour Athletic let her go.',
				'The 61-year-old said on her appointment: "I am proud to lead a side with this history."'
			)
		).toEqual(['I am proud → Ada Kolstad']);
	});

	it('finds the speaker of a quote after "X said <noun>" when the name has initials', () => {
		expect(
			speakersOf(
				'In Oslo, harbour spokesman T.R. Ambler said the quay "is safe for ships. ... It will reopen soon."'
			)
		).toEqual(['is safe for → T.R. Ambler']);
	});
});

describe('stance words', () => {
	it('reads "objected" as critical', () => {
		expect(stanceOfStatement('object', 'The union has strongly ', ' to the fees.').stance).toBe(
			'critical'
		);
	});

	it('reads an inquiry under way as neutral, and one demanded as critical', () => {
		expect(
			stanceOfWords('the police would investigate a fuel spill sighted on Monday').stance
		).toBe('neutral');
		expect(stanceOfWords('the preliminary investigation found little').stance).toBe('neutral');
		expect(stanceOfWords('her call for a transparent investigation into the navy').stance).toBe(
			'critical'
		);
		expect(stanceOfWords('an independent investigation into the crash').stance).toBe('critical');
	});

	it('reads a stance noun heading "the …" as the thing named, an adjective before a noun as a judgement', () => {
		expect(stanceOfWords('the attack on the depot was reported to the police').stance).toBe(
			'neutral'
		);
		expect(stanceOfWords('they had visuals of the attack.').stance).toBe('neutral');
		expect(stanceOfWords('it was the wrong decision for the town').stance).toBe('critical');
		expect(stanceOfWords('it was the right decision for the town').stance).toBe('supportive');
		expect(stanceOfWords('an attack on the free press').stance).toBe('critical');
	});

	it('reads "questioned" as critical: it casts doubt on its object', () => {
		expect(stanceOfStatement('question', 'The auditor ', ' the cost of the bridge.').stance).toBe(
			'critical'
		);
	});

	it("reads a judgement of a decision's wisdom or timing as critical", () => {
		for (const words of [
			'closing the ward now would be premature',
			'the plan to sell the forest is misguided',
			'a short-sighted cut to the bus budget',
			'raising the fares was unwise and counterproductive'
		])
			expect(stanceOfWords(words).stance, words).toBe('critical');
	});

	it('reads a pledge by the act pledged: "vowed to punish" is critical, a bare pledge supportive', () => {
		expect(
			stanceOfStatement('vow', 'The league has ', ' to punish the club for the fixing.').stance
		).toBe('critical');
		expect(
			stanceOfStatement('pledge', 'The mayor ', ' to support the shelter through winter.').stance
		).toBe('supportive');
		expect(stanceOfStatement('promise', 'The minister ', ' to scrap the unfair levy.').stance).toBe(
			'critical'
		);
		expect(stanceOfStatement('pledge', 'The mayor ', ' to visit the shelter.').stance).toBe(
			'supportive'
		);
	});
});

describe('future dates', () => {
	const on = (sentence: string) => findDates(sentence, '2024-03-05')[0]?.value;
	it('reads a weekday after a past participle as past, even after "would"', () => {
		expect(on('The police would look into a fuel spill sighted on Monday.')).toMatchObject({
			start: '2024-03-04'
		});
	});

	it('still reads "will meet on Monday" and "will be opened on Monday" as next Monday', () => {
		expect(on('The mayor will meet the fishermen on Monday.')).toMatchObject({
			start: '2024-03-11'
		});
		expect(on('The quay will be opened to ferries on Monday.')).toMatchObject({
			start: '2024-03-11'
		});
	});
});

describe('groups the article does not name', () => {
	/** Drafts a short article and lists its reactions as "actor name: stance". */
	function reactionsOf(...paragraphs: string[]): string[] {
		const r = draftOf(...paragraphs);
		const names = new Map(r.story.actors.map((a) => [a.id, a.name]));
		return r.story.reactions.map((x) => `${names.get(x.actor)}: ${x.stance}`);
	}

	it('reads "according to critics" as a statement by the critics, critical by their name', () => {
		expect(
			reactionsOf(
				'Mayor Ilse Brandt closed the quay on Monday.',
				'The closure was a "gift to the ferry firms" according to critics, and the quay stays shut.'
			)
		).toContain('Critics: critical');
	});

	it('reads supporters who say nothing of a stance as supportive', () => {
		expect(
			reactionsOf(
				'Mayor Ilse Brandt closed the quay on Monday.',
				'The quay will reopen in May, according to local supporters.'
			)
		).toContain('Local supporters: supportive');
	});

	it('reads islanders, mourners, refugees and firefighters as groups that speak', () => {
		expect(
			reactionsOf(
				'Mayor Ilse Brandt closed the Holm ferry on Monday.',
				'Islanders reacted with fury.',
				'Local firefighters warned that the closure would cost lives.'
			).filter((r) => !r.startsWith('Ilse'))
		).toEqual(['Islanders: critical', 'Local firefighters: critical']);
	});

	it('reads advocates, owners, executives and officers as groups that speak', () => {
		expect(
			reactionsOf(
				'Tarn Motors recalled 9,000 vans on Friday over a brake fault.',
				'Safety advocates criticised the company for waiting a year.',
				'The firm’s owners said they backed the recall.',
				'Company executives said no crashes had been reported.',
				'Police officers said the vans should not be driven.'
			).filter((r) => !r.startsWith('Tarn'))
		).toEqual([
			'Safety advocates: critical',
			'Firm’s owners: supportive',
			'Company executives: neutral',
			'Police officers: neutral'
		]);
	});
});
