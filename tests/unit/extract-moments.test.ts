/**
 * Extraction rules found on real reporting, each with sentences written for
 * it: reactions kept apart by their day, names and bodies (titles, initials,
 * "the airline said", "No 10", clubs), stance verbs, nouns and negations,
 * naming verbs, polls, statements from a body, speakers of quotes, and event
 * labels that read on their own.
 */
import { describe, expect, it } from 'vitest';
import { draftOf } from './draftOf.ts';
import { findDates } from '../../src/lib/extract/dates.ts';
import { clauseOpening, labelOf } from '../../src/lib/extract/events.ts';

/** Drafts a short article: actors as "name: kind", reactions as "actor p<paragraph>: stance". */
function draft(...paragraphs: string[]) {
	const r = draftOf(...paragraphs);
	const names = new Map(r.story.actors.map((a) => [a.id, a.name]));
	const paraOf = (quote: string) => paragraphs.findIndex((p) => p.includes(quote)) + 1;
	return {
		actors: r.story.actors.map((a) => `${a.name}: ${a.kind}`),
		reactions: r.story.reactions.map(
			(x) =>
				`${names.get(x.actor)} p${x.sources.map((s) => paraOf(s.quote)).join(',')}: ${x.stance}`
		)
	};
}

describe('one actor speaking on two days', () => {
	it('is two reactions when the later statement names another day', () => {
		const d = draft(
			'Harbour pilots walked out at the port of Vellen on Tuesday.',
			'Ottila Brann, who chairs the pilots’ association, told a local radio station the strike would go on.',
			'Dockworkers joined the pilots at midday.',
			'The walkout had been planned for weeks, Brann said on Friday.'
		);
		expect(d.reactions.filter((r) => r.startsWith('Ottila Brann'))).toEqual([
			'Ottila Brann p2: neutral',
			'Ottila Brann p4: neutral'
		]);
	});

	it('stays one reaction when the later statement gives no other day', () => {
		const d = draft(
			'Harbour pilots walked out at the port of Vellen on Tuesday.',
			'Ottila Brann, who chairs the pilots’ association, told a local radio station the strike would go on.',
			'Dockworkers joined the pilots at midday.',
			'The walkout had been planned for weeks, Brann said.'
		);
		expect(d.reactions.filter((r) => r.startsWith('Ottila Brann'))).toEqual([
			'Ottila Brann p2,4: neutral'
		]);
	});
});

describe('a single name met before its person is known', () => {
	it('is that person once a later sentence shows it is one', () => {
		const d = draft(
			'Floodwater closed the ring road around Tessby on Monday.',
			'Amadou, head of the regional rescue service, told reporters that three bridges were shut.',
			'More rain is expected this week, Amadou said.'
		);
		expect(d.reactions[0]).toBe('Amadou p2,3: neutral');
	});

	it('is not the person when an article comes before it ("a Harlan spokesperson")', () => {
		const d = draft(
			'Talks on the harbour lease resumed in Orsa on Monday.',
			'A Harlan spokesperson said the talks went well.',
			'Harlan said the deal was close.'
		);
		expect(d.reactions).toContain('Harlan spokesperson p2: neutral');
		expect(d.reactions).toContain('Harlan p3: neutral');
	});
});

describe('bodies named by their words', () => {
	it('reads a title and one word spelled out by initials as a body', () => {
		const d = draft(
			'The engines were built by General Dynamics, the ministry said on Monday.',
			'The turbines passed every test, a GD spokeswoman said.'
		);
		expect(d.actors).toContain('General Dynamics: organisation');
		expect(d.reactions.some((r) => /^General Dynamics p[\d,]*2: neutral$/.test(r))).toBe(true);
	});

	it('reads the word after a country in a body’s name as that body', () => {
		const d = draft(
			'Flights of Norway Seaways were grounded on Monday after a fault.',
			'Seaways said the fault had been found in one engine.'
		);
		expect(d.reactions).toContain('Norway Seaways p2: neutral');
	});

	it('reads "the airline said" as the body the article is about, not a group named lately', () => {
		const d = draft(
			'A jet of Kestrel Airways skidded off the runway at Pellham on Monday.',
			'Kestrel Airways said all passengers had left the jet safely.',
			'Heavy rain had fallen on Pellham all morning.',
			'Safety inspectors were on their way to Pellham.',
			'Fire crews stayed at the runway until dusk.',
			'Aviation experts said the runway had been wet.',
			'The crew had trained on the route for years, the airline said.'
		);
		expect(d.actors).toContain('Kestrel Airways: organisation');
		expect(d.reactions).toContain('Kestrel Airways p2,7: neutral');
		expect(d.reactions).toContain('Aviation experts p6: neutral');
	});
});

describe('a stance noun and whom it comes from', () => {
	it('reads "criticism from X" as X critical of the sentence’s subject', () => {
		const d = draft(
			'The mayor of Dunmore, Alma Reyes, closed the town library on Monday.',
			'Alma Reyes faced criticism from the Greens over the closure.'
		);
		expect(d.reactions).toContain('Greens p2: critical');
	});

	it('reads "calls from X" as critical, and as neutral when all they ask for is calm', () => {
		const d = draft(
			'Fighting broke out between two clans near Aldo on Monday.',
			'The truce followed calls from the Aldo Bar Association for the clan elders to resign.'
		);
		expect(d.reactions).toContain('Aldo Bar Association p2: critical');
		const calm = draft(
			'Fighting broke out between two clans near Aldo on Monday.',
			'The truce followed calls from the Aldo Bar Association for calm on all sides.'
		);
		expect(calm.reactions).toContain('Aldo Bar Association p2: neutral');
	});
});

describe('a party by its nickname', () => {
	it('is one party under its one name', () => {
		const d = draft(
			'The chancellor cut the fuel duty on Monday.',
			'The Tories condemned the cut as reckless.',
			'The Conservatives later voted against the budget.'
		);
		expect(d.actors.filter((a) => a.endsWith('party'))).toEqual(['Conservatives: party']);
	});
});

describe('stance verbs of acts', () => {
	it.each([
		['The Dockers Union sued Mayor Ilse Varga over the closures.', 'critical'],
		['Minister Paul Ekdahl snubbed the envoy Lena Morrow at the summit.', 'critical'],
		['The Vellen Football League censured Harbour City FC for the chants.', 'critical'],
		['Senator Rosa Lind voted against the harbour bill.', 'critical'],
		['Mayor Ilse Varga lauded the Vellen Fire Brigade for its courage.', 'supportive'],
		// A measure taken in response is a reaction.
		['The Vellen Football League fined Harbour City FC for the chants.', 'critical'],
		[
			'The Vellen Football League suspended Harbour City FC coach Ivo Marsh for six games.',
			'critical'
		],
		// A view, reported with "as" after its object.
		['The Dockers Union sees the closures as a betrayal of the port.', 'critical']
	])('"%s" is %s', (sentence, stance) => {
		const d = draft('A dispute over the harbour closures went on in Vellen on Monday.', sentence);
		expect(d.reactions.some((r) => r.includes('p2') && r.endsWith(`: ${stance}`))).toBe(true);
	});
});

describe('verbs of a view', () => {
	it('report nothing without "as" after their object', () => {
		const d = draft(
			'A dispute over the harbour closures went on in Vellen on Monday.',
			'The Dockers Union saw a rise in members this year.'
		);
		expect(d.reactions).toEqual([]);
	});
});

describe('a measure opening the article', () => {
	it('is the story’s event, not a reaction; the same measure later is one', () => {
		const lede = draft(
			'The Vellen Football League fined Harbour City FC on Monday for the chants.',
			'The club’s fans gathered outside the stadium.'
		);
		expect(lede.reactions).toEqual([]);
		const later = draft(
			'Chants rang out at the Harbour City FC stadium on Saturday.',
			'The Vellen Football League fined Harbour City FC on Monday for the chants.'
		);
		expect(later.reactions).toContain('Vellen Football League p2: critical');
	});
});

describe('quote forms', () => {
	const lede = 'Mayor Ilse Varga closed the harbour on Monday.';
	it('reads an age in commas between a name and its verb ("Brandt, 54, said")', () => {
		const d = draft(lede, 'Brandt, 54, said the closure was a disgrace.');
		expect(d.reactions).toContain('Brandt p2: critical');
	});

	it('reads a name and a colon before a quote as its speaker', () => {
		const d = draft(lede, 'Opposition leader Tom Brandt: “It is a disgrace.”');
		expect(d.reactions).toContain('Tom Brandt p2: critical');
	});

	it('reads no speaker from a passive ("is said to …")', () => {
		const d = draft(
			lede,
			'Ada Lind, 67, is said to favour a “more careful and traditional” approach to the harbour.'
		);
		expect(d.reactions).toEqual([]);
	});
});

describe('more ways of reporting a stance', () => {
	const lede = 'Mayor Ilse Varga closed the harbour of Vellen on Monday.';
	it.each([
		['Councillor Tom Brandt hit back at Varga, saying the closure would cost jobs.', 'critical'],
		['Councillor Tom Brandt also took aim at Varga over the closure.', 'critical'],
		['Councillor Tom Brandt branded the closure a scandal.', 'critical'],
		['The Vellen Harbour Board said it regretted the closure.', 'critical'],
		['Councillor Tom Brandt said he would resist the closure in every way.', 'critical'],
		['Councillor Tom Brandt said the court should overturn the closure.', 'critical']
	])('"%s" is %s', (sentence, stance) => {
		const d = draft(lede, sentence);
		expect(d.reactions.some((r) => r.includes('p2') && r.endsWith(`: ${stance}`))).toBe(true);
	});

	it('reads "both" or "all" between the subjects and their verb', () => {
		const d = draft(lede, 'Tom Brandt and the Dockers Union both condemned the closure.');
		expect(d.reactions).toEqual(['Tom Brandt p2: critical', 'Dockers Union p2: critical']);
	});

	it('reads "was quoted as saying" as the subject speaking', () => {
		const d = draft(lede, 'Councillor Tom Brandt was quoted as saying the closure was unlawful.');
		expect(d.reactions).toEqual(['Tom Brandt p2: critical']);
	});
});

describe('names with their offices', () => {
	const lede = 'The harbour of Vellen was closed on Monday.';
	/** The speaker of "<subject> said the closure was unacceptable.", as "name|role". */
	const speaker = (subject: string) => {
		const r = draftOf(lede, `${subject} said the closure was unacceptable.`);
		const a = r.story.actors.find((x) => x.id === r.story.reactions[0]?.actor);
		return a ? `${a.name}|${a.role ?? ''}` : null;
	};
	it.each([
		['Opposition Senator Wade Marsh', 'Wade Marsh|Opposition Senator'],
		['Former Vice President Mike Pents', 'Mike Pents|Former Vice President'],
		['Vellen Mayor Ilse Varga', 'Ilse Varga|Vellen Mayor'],
		['Labour MP Wade Marsh', 'Wade Marsh|Labour MP'],
		['Lawmaker Wade Marsh', 'Wade Marsh|Lawmaker'],
		['Rep. Jim Jordy (R-Ohio)', 'Jim Jordy|Rep.'],
		['Egyptian President Abdel Fattah el-Sisso', 'Abdel Fattah el-Sisso|Egyptian President'],
		['Coach Dana Fields', 'Dana Fields|Coach'],
		['Judge Ellen Park', 'Ellen Park|Judge'],
		['Former South Carolina Governor Nadia Holt', 'Nadia Holt|Former South Carolina Governor'],
		['Former South Carolina Gov. Nadia Holt', 'Nadia Holt|South Carolina Gov.'],
		['Vellen United manager Erik ten Hoog', 'Erik ten Hoog|Vellen United manager'],
		// An office whose holder the article never names speaks as the office.
		['Norway’s prime minister', 'Norway’s prime minister|Norway’s prime minister'],
		['The Swedish foreign minister', 'Swedish foreign minister|Swedish foreign minister']
	])('"%s" is %s', (subject, expected) => {
		expect(speaker(subject)).toBe(expected);
	});
});

describe('a place or an unnamed speaker met again', () => {
	it('reads a person of two names ending like a place when a reporting verb follows, not a park', () => {
		const d = draft(
			'A court in Vellen ruled on Monday that the port must reopen.',
			'Ellen Park condemned the ruling.',
			'Crowds in Central Park said nothing.'
		);
		expect(d.actors).toEqual(['Ellen Park: person']);
		expect(d.reactions).toEqual(['Ellen Park p2: critical']);
	});

	it('reads no place, and no name in a listing aside, as the subject of a verb', () => {
		const d = draft(
			'Vellen closed its border with Tarnland on Monday.',
			'Officials in Oslo condemned the closure.',
			'Several countries, including Norway and Sweden, condemned the closure.'
		);
		expect(d.reactions.filter((r) => /Oslo|Norway|Sweden/.test(r))).toEqual([]);
	});

	it('reads "analysts at Brook Capital" as the firm, and a source quoted and reported as one actor', () => {
		const r = draftOf(
			'Shares in Tarn Motors fell on Thursday after the carmaker cut its forecast.',
			'Analysts at Brook Capital said the warning was “worse than feared”.',
			'A source close to the company told the Vellen Post: “The board is furious.”'
		);
		const names = new Map(r.story.actors.map((a) => [a.id, a.name]));
		expect(r.quotes.map((q) => names.get(q.speaker ?? ''))).toEqual([
			'Brook Capital',
			'Source close to the company'
		]);
		expect(
			r.story.actors.map((a) => a.name).filter((n) => /source|analyst|capital/i.test(n))
		).toEqual(['Brook Capital', 'Source close to the company']);
	});

	it('gives a quote inside the words a group is reported to have said to the group', () => {
		const r = draftOf(
			'Ada Lind won the Vellen presidential election on Sunday.',
			'Observers said the vote was “competitive but marred by misuse of state resources”.'
		);
		const names = new Map(r.story.actors.map((a) => [a.id, a.name]));
		expect(r.quotes.map((q) => names.get(q.speaker ?? ''))).toEqual(['Observers']);
	});

	it('reads "the spokesman" as the "department spokesman" met before, and no article as a word of it', () => {
		const d = draft(
			'The Vellen energy agency told staff on Monday to stop using the phrase “net zero”.',
			'A department spokesman denied that the order came from the minister.',
			'“No words have been banned,” the spokesman said.',
			'In a statement the spokeswoman for the port said it was “a grave mistake”.'
		);
		expect(d.actors.filter((a) => /spokes/i.test(a))).toEqual([
			'Department spokesman: person',
			'Spokeswoman: person'
		]);
	});
});

describe('offices with places, people by what they do, and money', () => {
	it('reads "the former South Carolina governor" as the governor named before', () => {
		const d = draft(
			'Former South Carolina Governor Nadia Holt and Victor Ramos clashed in a debate on Wednesday.',
			'The former South Carolina governor later said Ramos was “a disgrace”.'
		);
		expect(d.reactions).toEqual(['Nadia Holt p2: critical']);
	});

	it('reads "the entrepreneur" and "the 25-year-old quarterback" as the one person so described', () => {
		const d = draft(
			'Nadia Holt and biotech entrepreneur Victor Ramos clashed in a debate on Wednesday.',
			'The entrepreneur later accused Holt of lying.',
			'Mason Rudd, the Vellen quarterback, watched from the stands.',
			'The 25-year-old quarterback called the debate “a disgrace”.',
			'The attorney general declined to comment.'
		);
		expect(d.reactions.filter((r) => /Ramos|Rudd/.test(r))).toEqual([
			'Victor Ramos p2: critical',
			'Mason Rudd p4: critical'
		]);
	});

	it('reads "the economist" as the one so described before it, not one described later', () => {
		const d = draft(
			'Ana Ruiz, an economist at Tarn Bank, published a report on Monday warning of a recession.',
			'The economist said interest rates had been kept too high for too long.',
			'Fellow economist Tom Weller called the report “alarmist and wrong”.'
		);
		expect(d.reactions.filter((r) => /Ruiz|Weller/.test(r))).toEqual([
			'Ana Ruiz p2: neutral',
			'Tom Weller p3: critical'
		]);
	});

	it('reads no country in a currency ("US$6 billion")', () => {
		const d = draft(
			'The central bank said on Monday that reserves remained above US$6 billion.',
			'Wade Marsh criticised the bank.'
		);
		expect(d.actors.filter((a) => /United States/.test(a))).toEqual([]);
	});
});

describe('a country for people of no stated country, parties and events', () => {
	const actorsOf = (...paragraphs: string[]) =>
		draftOf(...paragraphs).story.actors.map((a) => `${a.name}: ${a.country ?? a.region}`);

	it('places a minister or a legislator where most of the article’s actors are', () => {
		expect(
			actorsOf(
				'Norway tightened its fishing rules on Monday.',
				'Norwegian Prime Minister Jonas Gahr Stoer defended the rules.',
				'Fisheries Minister Ada Lind condemned the rules.',
				'King Olaf praised the rules.'
			)
		).toEqual(['Norway: NO', 'Jonas Gahr Stoer: NO', 'Ada Lind: NO', 'Olaf: Unknown']);
	});

	it('places no one where the placed actors are split between countries', () => {
		expect(
			actorsOf(
				'Norway and Sweden clashed over fishing rules on Monday.',
				'Fisheries Minister Ada Lind condemned the rules.'
			)
		).toContain('Ada Lind: Unknown');
	});

	it('places an unnamed speaker by the party word in their name ("a Tory source")', () => {
		expect(
			actorsOf(
				'The minister resigned on Monday.',
				'A Tory source said the resignation was overdue.'
			)
		).toContain('Tory source: GB');
	});

	it('reads "the Labour Party" as Labour, and "London Fashion Week" as no one', () => {
		expect(
			actorsOf(
				'Labour defended the gifts on Monday.',
				'The Labour Party said Ada Lind wore a dress at London Fashion Week.',
				'London Fashion Week praised the dress.'
			)
		).toEqual(['Labour: GB']);
	});
});

describe('a body named by its kind or by one word', () => {
	it('does not read "the league" as the board named last', () => {
		const d = draft(
			'The Vellen Harbour Board banned the ferry on Monday.',
			'The league said it would review the ban.'
		);
		expect(d.reactions.some((r) => r.startsWith('Vellen Harbour Board p2'))).toBe(false);
	});

	it('reads "the league" as a league named before it', () => {
		const d = draft(
			'The Vellen Football League fined Harbour City FC on Monday for the chants.',
			'The Vellen Harbour Board banned the ferry on Tuesday.',
			'The league said it would not review the fine.'
		);
		expect(d.reactions).toContain('Vellen Football League p3: neutral');
	});

	it('reads one name after "the" as a body, not a person', () => {
		const d = draft(
			'The Vellen Harbour Board banned the ferry on Monday.',
			'The Gulls said in a statement that they were disappointed.'
		);
		expect(d.actors).toContain('Gulls: organisation');
	});
});

describe('reactions of groups the article does not name', () => {
	const lede = 'The Vellen Harbour Board banned the ferry on Monday.';
	it('reads the agent of a passive ("was welcomed by environmental groups")', () => {
		const d = draft(lede, 'The ban was welcomed by environmental groups.');
		expect(d.reactions).toEqual(['Environmental groups p2: supportive']);
	});

	it.each([
		['Passengers were angry about the ban.', 'Passengers p2: critical'],
		['Local residents were furious about the ban.', 'Local residents p2: critical'],
		['Lars Eklund was delighted with the ruling.', 'Lars Eklund p2: supportive']
	])('reads how an actor feels: "%s"', (sentence, expected) => {
		expect(draft(lede, sentence).reactions).toContain(expected);
	});

	it('reads no feeling without "about", "with", "at", "over" or "by" after it', () => {
		expect(draft(lede, 'Passengers were angry.').reactions).toEqual([]);
	});
});

describe('"this past weekend"', () => {
	it('is the weekend just gone, dated by its week', () => {
		// 5 March 2024 is a Tuesday: the weekend just gone is 2–3 March, in the week of 26 February.
		const found = findDates('The pilots struck this past weekend.', '2024-03-05');
		expect(found.map((d) => [d.text, d.value?.start, d.value?.precision])).toEqual([
			['this past weekend', '2024-02-26', 'week']
		]);
	});
});

describe('event labels and days', () => {
	it('keeps a number with a thousands comma whole in an event’s label', () => {
		const r = draftOf(
			'Boats from Vellen joined the search on Monday.',
			'The crews searched 2,500 square miles on Monday and would search 10,000 more on Wednesday.'
		);
		expect(r.story.events.map((e) => e.label)).toContain('Would search 10,000 more on Wednesday');
	});

	it('keeps the number whole where a long sentence’s label starts at the clause of its date', () => {
		const r = draftOf(
			'Boats from Vellen joined the search on Monday.',
			'Around thirty ships and twenty aircraft from the harbour towns of the northern coast and from the outlying islands would comb as much as 10,000 square miles of open water on Tuesday, officials said.'
		);
		expect(r.story.events.map((e) => e.label.split(' ')[0])).toEqual(['Boats', 'Around']);
	});

	it('reads "will … on Tuesday" in Tuesday’s paper as that day, and "next Tuesday" as a week on', () => {
		// 5 March 2024 is a Tuesday.
		const day = (sentence: string) => findDates(sentence, '2024-03-05')[0]?.value?.start;
		expect(day('The ships will search the sea on Tuesday.')).toBe('2024-03-05');
		expect(day('The ships will search the sea next Tuesday.')).toBe('2024-03-12');
		expect(day('The ships will search the sea on Thursday.')).toBe('2024-03-07');
	});
});

describe('naming verbs', () => {
	it('reads "called X a Y" as a statement of the caller, with the stance of the name', () => {
		const d = draft(
			'The port authority of Vellen closed the north quay on Monday.',
			'Critics called the closure a disgrace.',
			'Councillor Ottila Brann called the harbourmaster’s plan a disgrace during the debate.',
			'The Harbour Pilots Association labelled the decision “reckless”.'
		);
		expect(d.reactions).toEqual(
			expect.arrayContaining([
				'Critics p2: critical',
				'Ottila Brann p3: critical',
				'Harbour Pilots Association p4: critical'
			])
		);
	});

	it('reads no statement where "call" names nothing: a meeting, the police, a call back', () => {
		const d = draft(
			'The port authority of Vellen closed the north quay on Monday.',
			'Ottila Brann called a meeting for Thursday.',
			'Dorin Vass called the police to the quay.',
			'Mara Tell called him back an hour later.'
		);
		expect(d.reactions).toEqual([]);
	});
});

describe('polls', () => {
	it('reads "a poll of N people … found" as the reaction of the people asked', () => {
		const d = draft(
			'The port authority of Vellen closed the north quay on Monday.',
			'A poll of 1,200 Vellen residents carried out by the Tarn Institute found that most wanted the quay reopened.',
			'A new survey of nurses, published on Friday, showed strong support for the pilots.'
		);
		expect(d.reactions).toEqual(['Vellen residents p2: neutral', 'Nurses p3: supportive']);
	});

	it('reads no reaction from a poll that has found nothing yet', () => {
		const d = draft(
			'The port authority of Vellen closed the north quay on Monday.',
			'A poll of residents is due next week.',
			'The survey of harbour workers was cancelled.'
		);
		expect(d.reactions).toEqual([]);
	});
});

describe('measures held back', () => {
	it('reads withholding or holding back money as a measure against its object', () => {
		const d = draft(
			'The port authority of Vellen closed the north quay on Monday.',
			'The Tarn Bank withheld a loan of 4 million euros from the port.',
			'Mayor Dorin Vass held back funds for the quay.'
		);
		expect(d.reactions).toEqual(['Tarn Bank p2: critical', 'Dorin Vass p3: critical']);
	});

	it('reads no measure in tears, comments or names held back', () => {
		const d = draft(
			'The port authority of Vellen closed the north quay on Monday.',
			'Ottila Brann held back tears as she spoke to reporters.',
			'The Tarn Bank withheld comment.',
			'Dorin Vass did not hold back.'
		);
		expect(d.reactions).toEqual([]);
	});
});

describe('bodies named by a number', () => {
	it('reads "No 10" as the British prime minister’s office, not the word "No"', () => {
		const d = draft(
			'The minister Jane Holt resigned on Monday after a row over expenses.',
			'Later No 10 confirmed the prime minister had accepted her resignation.'
		);
		expect(d.actors).toContain('No 10: organisation');
		expect(d.reactions).toEqual(['No 10 p2: neutral']);
	});
});

describe('bodies named by initials', () => {
	it('reads initials before any reporting verb as a body', () => {
		const d = draft(
			'The Vellen council voted on Monday to close the north harbour.',
			'The VDU welcomed the vote.',
			'The NHA suspended two harbour pilots.'
		);
		expect(d.actors).toEqual(expect.arrayContaining(['VDU: organisation', 'NHA: organisation']));
		expect(d.reactions).toEqual(['VDU p2: supportive', 'NHA p3: critical']);
	});

	it('reads no body in a title by its initials, nor a statement in "the … report"', () => {
		const d = draft(
			'The Vellen council voted on Monday to close the north harbour.',
			'The PM welcomed the vote.',
			'Pilots who read the VDU report on the harbour questioned the vote.'
		);
		expect(d.actors.filter((a) => /^(?:PM|VDU):/.test(a))).toEqual([]);
	});
});

describe('more reporting phrases', () => {
	it('reads "took issue with", "voiced concern" and "echoed … saying" as statements', () => {
		const d = draft(
			'The Vellen council voted on Monday to close the north harbour.',
			'Ada Lind, who chairs the pilots’ association, took issue with the vote.',
			'Tom Brandt, a ferry captain, voiced concern about the closure.',
			'Mara Tell, a harbour trader, echoed those concerns, saying the vote was rushed.'
		);
		expect(d.reactions).toEqual([
			'Ada Lind p2: critical',
			'Tom Brandt p3: critical',
			'Mara Tell p4: critical'
		]);
	});
});

describe('speakers of quotes', () => {
	it('reads no verb in a capitalised word of a programme’s name ("State of the Nation")', () => {
		const d = draft(
			'The Vellen council voted on Monday to close the north harbour.',
			'Ada Lind told KTV’s State of the Nation programme: “It is shameful.”'
		);
		expect(d.reactions).toEqual(['Ada Lind p2: critical']);
	});

	it('gives a quote to the name in apposition after "said the … secretary,"', () => {
		const d = draft(
			'The Vellen council voted on Monday to close the north harbour.',
			'“It is a disgrace,” said the union’s general secretary, Ada Lind.'
		);
		expect(d.reactions).toEqual(['Ada Lind p2: critical']);
	});
	it('gives a statement to the person before an office held in apposition ("X, chairman of the Y Committee, said")', () => {
		const d = draft(
			'The Vellen space agency delayed its moon launch on Tuesday.',
			'Frank Lucas, chairman of the Vellen Science Committee, said he was “deeply disappointed”.'
		);
		expect(d.reactions).toEqual(['Frank Lucas p2: critical']);
	});
	it('gives a statement to the person before an apposition naming a party ("X, a Democrat, said")', () => {
		const d = draft(
			'The Vellen energy agency told staff on Monday to stop using the phrase “net zero”.',
			'Senator Rhea Collins, a Democrat, said the order was “absurd and shameful”.',
			'Tom Brandt, a Republican from Ohio, praised the agency.'
		);
		expect(d.reactions).toEqual(['Rhea Collins p2: critical', 'Tom Brandt p3: supportive']);
	});
});

describe('groups and clubs', () => {
	it('reads an unnamed group before a relative clause in commas as the subject', () => {
		const d = draft(
			'A Vellen court on Monday ruled that the harbour authority can be sued over the dock collapse.',
			'The families, who filed the suit in 2021, say the authority ignored warnings.'
		);
		expect(d.reactions).toEqual(['Families p2: critical']);
	});

	it('reads players and employees as a group, and gives no quote to the one they criticised', () => {
		const d = draftOf(
			'The league suspended the Vellen striker Tom Brandt on Friday for kicking a referee.',
			'Former players criticised Brandt on social media, with one calling it “the worst thing I have seen”.',
			'Club employees condemned the kick.'
		);
		const names = new Map(d.story.actors.map((a) => [a.id, a.name]));
		expect(d.story.reactions.map((r) => `${names.get(r.actor)}: ${r.stance}`)).toEqual([
			'Former players: critical',
			'Club employees: critical'
		]);
		expect(d.quotes.filter((q) => q.speaker === 'brandt')).toEqual([]);
		// "…, with one calling it …": one of the former players said it.
		expect(d.quotes.map((q) => names.get(q.speaker ?? ''))).toEqual(['Former players']);
	});

	it('places an unnamed official in the country whose reaction the sentence opens with', () => {
		const d = draftOf(
			'China on Wednesday declined to back Tarnland’s call for talks over the border.',
			'India welcomed Beijing’s position, with an official calling it “balanced and sensible”.'
		);
		const officials = d.story.actors.filter((a) => /official/i.test(a.name));
		expect(officials.map((a) => [a.name, a.country])).toEqual([['Official (IN)', 'IN']]);
	});

	it('names an unnamed group by its own words, not the verb and preposition before them', () => {
		const d = draft(
			'The Vellen Senate on Tuesday debated a motion on the harbour levy.',
			'The motion was defeated after Government senators voted against it.'
		);
		expect(d.reactions).toEqual(['Government senators p2: critical']);
	});

	it('reads "the club" as a club named earlier, and "the league" never as a club', () => {
		const club = draft(
			'Vellen Rovers beat Tarn City 2-1 on Sunday in a match marred by a brawl.',
			'Vellen Rovers fans invaded the pitch.',
			'The club said it would ban the fans.'
		);
		expect(club.reactions).toEqual(['Vellen Rovers p3: critical']);
		const league = draft(
			'Vellen Rovers beat Tarn City 2-1 on Sunday in a match marred by a brawl.',
			'Vellen Rovers fans invaded the pitch.',
			'The league said it would ban the fans.'
		);
		expect(league.reactions).toEqual([]);
		const measure = draft(
			'Vellen Rovers beat Tarn City 2-1 on Sunday in a match marred by a brawl.',
			'Vellen Rovers fans invaded the pitch.',
			'The league suspended Tom Brandt for six matches.'
		);
		expect(measure.reactions).toEqual([]);
	});
});

describe('negations and adverbs between a subject and its verb', () => {
	it('turns a stance verb over after a negation, with adverbs and contractions between', () => {
		const d = draft(
			'Vellen closed its border with Tarnland on Monday.',
			'Norway did not condemn the closure.',
			'Finland has not yet welcomed the closure.',
			'Estonia hasn’t criticised the closure.',
			'China has long opposed the closure.'
		);
		expect(d.reactions).toEqual([
			'Norway p2: neutral',
			'Finland p3: critical',
			'Estonia p4: neutral',
			'China p5: critical'
		]);
	});

	it('reads a body that backed one thing and opposed another in one sentence as mixed', () => {
		const d = draft(
			'Vellen presented its spending plan on Wednesday.',
			'The Harbour Party backed the money for hospitals but opposed the cuts to council grants.',
			'The Confederation of Employers welcomed the rail money, but warned that taxes would hit hiring.'
		);
		expect(d.reactions).toEqual([
			'Harbour Party p2: mixed',
			'Confederation of Employers p3: mixed'
		]);
	});

	it('reads "declined to back" and "would not support" as criticism, with the day before the verb', () => {
		const d = draft(
			'Vellen closed its border with Tarnland on Monday.',
			'Norway on Wednesday declined to back the closure.',
			'Finland last week said it would not support the closure.',
			'Estonia, on Thursday, welcomed the closure.'
		);
		expect(d.reactions).toEqual([
			'Norway p2: critical',
			'Finland p3: critical',
			'Estonia p4: supportive'
		]);
	});

	it('reads no negation in "No 10", and none that turns a neutral verb critical', () => {
		const d = draft(
			'The minister Jane Holt resigned on Monday after a row over expenses.',
			'On Monday night No 10 backed the prime minister’s choice of a successor.',
			'The Tarn Bank did not confirm the report.'
		);
		expect(d.reactions).toEqual(['No 10 p2: supportive', 'Tarn Bank p3: neutral']);
	});

	it('reads a stance word after a name’s "’s" as a noun ("Sweden’s call for")', () => {
		const d = draft(
			'Vellen closed its border with Tarnland on Monday.',
			'Denmark rebuffed Sweden’s call for a joint statement.'
		);
		expect(d.reactions).toEqual(['Denmark p2: critical']);
	});
});

describe('statements from a body', () => {
	it('reads "A statement from X condemned …" as X’s, each author of a joint one, past a day or an aside', () => {
		const d = draft(
			'Tarnland launched a missile over the Vellen Strait on Monday.',
			'A statement from the Norwegian foreign ministry condemned the launch.',
			'A joint statement by Sweden and Denmark on Tuesday said the launch was reckless.',
			'The statement from the Finnish government, issued late on Monday, welcomed talks.'
		);
		expect(d.reactions.sort()).toEqual([
			'Denmark p3: critical',
			'Finland p4: supportive',
			'Norway p2: critical',
			'Sweden p3: critical'
		]);
	});

	it('reads a nationality and a government body in lower case as that state', () => {
		const d = draft(
			'Tarnland launched a missile over the Vellen Strait on Monday.',
			'The Norwegian foreign ministry said the launch was reckless.',
			'A letter from the Swedish government condemned the launch.'
		);
		expect(d.actors.sort()).toEqual(['Norway: government', 'Sweden: government']);
		expect(d.reactions.sort()).toEqual(['Norway p2: critical', 'Sweden p3: critical']);
	});

	it('reads "lodged a protest", "filed a complaint" and "raised objections" as criticism', () => {
		const d = draft(
			'Tarnland launched a missile over the Vellen Strait on Monday.',
			'The Japanese government lodged a protest through diplomatic channels.',
			'Norway filed a formal complaint against Tarnland.',
			'Sweden raised objections to the launch.'
		);
		expect(d.reactions).toEqual([
			'Japan p2: critical',
			'Norway p3: critical',
			'Sweden p4: critical'
		]);
	});
});

describe('speech verbs after a quote', () => {
	it('gives a quote to the speaker who retorted, shouted or shot back', () => {
		const d = draft(
			'Ada Lind and Tom Brandt clashed in a televised debate in Vellen on Monday.',
			'“That is simply false,” Lind retorted.',
			'“You are a liar!” Brandt shouted.',
			'Mara Tell, a third candidate, joined in.',
			'“Neither of you has a plan,” Tell shot back.'
		);
		expect(d.reactions.sort()).toEqual([
			'Ada Lind p2: critical',
			'Mara Tell p5: neutral',
			'Tom Brandt p3: neutral'
		]);
	});

	it('reads no support in "hit back" or "fired back", nor in "Honestly," opening a quote', () => {
		const d = draft(
			'Ada Lind and Tom Brandt clashed in a televised debate in Vellen on Monday.',
			'Brandt hit back, accusing Lind of lying about the budget.',
			'“Honestly, every time I hear you, I lose the will to live,” Lind told Brandt.',
			'Lind’s campaign fired back with a list of his missed votes.'
		);
		expect(d.reactions).toEqual(['Tom Brandt p2: critical', 'Ada Lind p3: neutral']);
	});

	it('gives a quote to the verb with a subject, not to a noun like "a conference call"', () => {
		const r = draftOf(
			'Shares in Tarn Motors fell on Thursday after the carmaker cut its forecast.',
			'Chief executive Lena Varga told investors on a conference call that demand had “collapsed”.'
		);
		expect(r.quotes.map((q) => [q.text, q.speaker])).toEqual([['collapsed', 'varga']]);
	});

	it('gives a paragraph-long quote to the speaker who closed the paragraph before with a colon', () => {
		const r = draftOf(
			'Nadia Holt and Victor Ramos clashed at a debate in Vellen on Wednesday night.',
			'Holt said:',
			'“He is not fit to lead. He never was.”'
		);
		expect(r.quotes.map((q) => [q.paragraph, q.speaker])).toEqual([[3, 'holt']]);
	});

	it('reads "she" as no one the article calls "Mr", and "he" as no one it calls "Ms"', () => {
		const r = draftOf(
			'Ms Ada Lind and Mr Tom Brandt met at the quay in Vellen on Monday.',
			'Lind accused Mr Brandt of lying about the lease.',
			'“He is not fit to run the port,” she said.',
			'Brandt rejected the claim. Ms Lind had no proof, he said.'
		);
		expect(r.quotes.map((q) => q.speaker)).toEqual(['lind']);
	});

	it('gives a quote inside "her claims that …" to whose claims they are', () => {
		const r = draftOf(
			'The singer Mia Lund moved to Vellen in 2019.',
			'A critic mocked her claims that she had a “miserable time” in the city.',
			'Tom Brandt’s remarks that the tour was “a shambles” drew anger.'
		);
		expect(r.quotes.map((q) => [q.text, q.speaker])).toEqual([
			['miserable time', 'lund'],
			['a shambles', 'brandt']
		]);
	});

	it('reads "her" before a noun as whose, not as whom: "urged her supporters"', () => {
		const d = draft(
			'Ada Lind lost the Vellen presidential election on Sunday.',
			'Lind congratulated her rival, Tom Brandt, and urged her supporters to accept the result.',
			'Mara Tell criticised her for the defeat.'
		);
		expect(d.reactions.sort()).toEqual(['Ada Lind p2: supportive', 'Mara Tell p3: critical']);
	});

	it('reads no statement in troops that fired or shot back', () => {
		const d = draft(
			'Gunmen attacked a border post in Vellen on Monday.',
			'Sweden shot back at the gunmen.'
		);
		expect(d.reactions).toEqual([]);
	});
});

describe('event labels that read on their own', () => {
	it('opens with what happened, not with "and", "but" or a dateline', () => {
		expect(labelOf('But the harbour reopened on Friday')).toBe('The harbour reopened on Friday');
		expect(labelOf('And, later, the ferries ran again')).toBe('Later, the ferries ran again');
		expect(labelOf('Andrew Cole resigned')).toBe('Andrew Cole resigned');
		expect(labelOf('VELLEN (Agency) - Crews widened the search')).toBe('Crews widened the search');
		expect(labelOf('VELLEN, March 7 (Agency) - Crews widened the search')).toBe(
			'Crews widened the search'
		);
		expect(labelOf('VELLEN, Aug. 20 (Agency) -- Crews widened the search')).toBe(
			'Crews widened the search'
		);
		expect(labelOf('However, the harbour reopened')).toBe('The harbour reopened');
		expect(labelOf('HOLM, Tarnland (Agency) — Crews widened the search')).toBe(
			'Crews widened the search'
		);
	});

	it('reads no actor in a dateline that names a country ("HOLM, Norway (Agency) —")', () => {
		const r = draftOf(
			'HOLM, Norway (Agency) — Crews widened the search for the missing trawler on Saturday.',
			'The coastguard said the search would go on through the night.'
		);
		expect(r.story.actors.map((a) => a.name)).not.toContain('Norway');
	});

	it('keeps the subject of a dated act told with a speech verb ("the minister declared the gifts")', () => {
		const r = draftOf(
			'Ada Lind defended the gifts on Monday.',
			'However, the minister declared the gifts to the harbour board only last week, a month late.'
		);
		expect(r.story.events.map((e) => e.label)).toContain(
			'The minister declared the gifts to the harbour board only last week, a month late'
		);
	});

	it('labels a dated statement by the words said before "…, X said on Monday"', () => {
		const r = draftOf(
			'A ferry went missing off Vellen on Sunday.',
			'The missing ferry could be at the bottom of the sea, Ada Lind said on Monday.',
			'Speaking to reporters in Holm on Monday, Tom Brandt said the search would go on.'
		);
		const labels = r.story.events.map((e) => e.label);
		expect(labels).toContain('The missing ferry could be at the bottom of the sea');
		expect(labels).not.toContain('Speaking to reporters in Holm on Monday');
	});

	it('keeps a subject set off from its verb by an aside ("The group, including …, had not")', () => {
		const r = draftOf(
			'A ferry ran aground off Vellen on Monday.',
			'The Tarn Line, including its partners in Thailand, the Philippines and India, had not lost a ship since it began sailing in 2002.'
		);
		expect(r.story.events.map((e) => e.label)).toContain(
			'The Tarn Line, including its partners in Thailand, the Philippines and India, had not…'
		);
	});

	it('starts past a reporting verb and an inverted speaker, or back at the name a "which" clause is about', () => {
		const at = (text: string, from: string, limit: string) =>
			text.slice(clauseOpening(text, text.indexOf(from), text.indexOf(limit)));
		const a = 'Brandt said the lease was renewed in 2014.';
		expect(at(a, 'said', '2014')).toBe('the lease was renewed in 2014.');
		const b = '“It was quick,” said Ada Lind, a harbour pilot, referring to the storm of May 3.';
		expect(at(b, 'said', 'May 3')).toBe('referring to the storm of May 3.');
		const c = 'The crews handed the work to Tarn Dredging, which left in 2019.';
		expect(at(c, 'which', '2019')).toBe('Tarn Dredging, which left in 2019.');
		const d = 'The quay was closed in 2017 – which came after a storm in 2016.';
		expect(at(d, 'which', '2016')).toBe('which came after a storm in 2016.');
	});
});
