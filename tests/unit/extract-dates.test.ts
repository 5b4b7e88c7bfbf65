import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/lib/extract/dates.ts';

// Published on a Friday.
const PUB = '2025-02-28';
const first = (s: string) => findDates(s, PUB)[0];

describe('findDates', () => {
	it.each([
		['Friday', 'Friday’s talks went badly.', '2025-02-28', 'day'],
		['a weekday earlier in the week', 'They met on Tuesday.', '2025-02-25', 'day'],
		['last Friday on a Friday', 'They met last Friday.', '2025-02-21', 'day'],
		['yesterday', 'The vote was held yesterday.', '2025-02-27', 'day'],
		['this week', 'He had his own meeting this week.', '2025-02-24', 'week'],
		['last month', 'Prices rose last month.', '2025-01', 'month'],
		['a bare year', 'a previous ceasefire deal in 2019', '2019', 'year'],
		[
			'a year before a noun it dates',
			'It never shipped the boats under a 2016 contract.',
			'2016',
			'year'
		],
		['a year before a season', 'They were relegated after the 2021 season.', '2021', 'year'],
		['a month with a year', 'talks collapsed in July 2023, when', '2023-07', 'month'],
		['a month without a year, before publication', 'since March the price has', '2024-03', 'month'],
		['a full calendar date', 'The deal was signed on March 3, 2024.', '2024-03-03', 'day'],
		['ago', 'Two days ago, the minister resigned.', '2025-02-26', 'day'],
		['in recent days', 'The river had risen in recent days.', '2025-02-24', 'week'],
		['a month after "mid-"', 'The ferry was last serviced in mid-January.', '2025-01', 'month'],
		['a year after "mid-"', 'The bridge has been shut since mid-2021.', '2021', 'year'],
		['a year after "back to"', 'The feud dates back to 2011, when it began.', '2011', 'year'],
		['a year after "as early as"', 'Staff were warned as early as 2016.', '2016', 'year'],
		['the weekend just gone', 'The roof gave way over the weekend.', '2025-02-17', 'week'],
		['last weekend', 'Two lanes were closed last weekend.', '2025-02-17', 'week'],
		['next weekend', 'The fair opens next weekend.', '2025-02-24', 'week'],
		['a weekend looked ahead to', 'The choir will sing this weekend.', '2025-02-24', 'week'],
		[
			'in recent weeks, from about three weeks back',
			'Queues grew in recent weeks.',
			'2025-02',
			'month'
		]
	])('%s', (_, sentence, start, precision) => {
		const d = first(sentence);
		expect(d?.value?.start).toBe(start);
		expect(d?.value?.precision).toBe(precision);
	});

	it('reads a duration as a range ending at publication, never a future date', () => {
		const d = first('They were ungrateful for three years’ of US support.');
		expect(d?.kind).toBe('range');
		expect(d?.value).toMatchObject({
			start: '2022-02',
			end: '2025-02',
			precision: 'month',
			approximate: true
		});
		const f = first('He has served for three years.');
		expect(f?.value?.end).toBe('2025-02');
		expect((f?.value?.start ?? '9999') < PUB).toBe(true);
	});

	it('reads no span in a limit: "within 28 days of", "up to three years"', () => {
		expect(findDates('Gifts must be declared within 28 days of receiving them.', PUB)).toEqual([]);
		expect(findDates('Fees are waived for up to three years, the board said.', PUB)).toEqual([]);
		expect(first('The quay was shut for three years.')?.kind).toBe('range');
	});

	it('does not read lower-case "sat" as Saturday, nor "one" as a time', () => {
		expect(findDates('who was sat alongside other politicians', PUB)).toEqual([]);
		expect(findDates('At one point, he left.', PUB)).toEqual([]);
	});

	it('keeps expressions anchored to another event unresolved, with the anchor', () => {
		const d = first('Not long after the meeting, he left the building.');
		expect(d?.kind).toBe('anchored');
		expect(d?.anchor?.noun).toBe('the meeting');
		expect(d?.value).toBeUndefined();
		const o = findDates('a treaty in 2016, signed three years before the border war', PUB);
		expect(o.map((x) => x.kind)).toEqual(['point', 'offset']);
		expect(o[1]?.anchor).toMatchObject({ direction: 'before', offset: { n: 3, unit: 'year' } });
	});

	it('reads "the day after the …" as anchored one day on', () => {
		const d = first('The day after the blast, the mill reopened.');
		expect(d?.kind).toBe('anchored');
		expect(d?.anchor).toMatchObject({
			noun: 'the blast',
			direction: 'after',
			offset: { n: 1, unit: 'day' }
		});
	});

	it('reads "in six months" after "will" as a time ahead, not a span behind', () => {
		expect(first('The board will look at the fares again in six months.')?.value).toMatchObject({
			start: '2025-08',
			precision: 'month'
		});
		expect(first('The fares have risen twice in six months.')?.kind).toBe('range');
	});

	it('starts "in recent weeks" in the month three weeks before publication', () => {
		expect(findDates('Sales have slowed in recent weeks.', '2024-08-12')[0]?.value).toMatchObject({
			start: '2024-07',
			end: '2024-08',
			precision: 'month'
		});
	});

	it('reads "this season" as about the three months before publication, or after with "will"', () => {
		// Published on 28 February 2025.
		expect(first('The Rovers have lost six away games so far this season.')?.value).toEqual({
			start: '2024-11',
			end: '2025-02',
			precision: 'month',
			approximate: true
		});
		expect(first('The Rovers will field three new wingers this season.')?.value).toMatchObject({
			start: '2025-02',
			end: '2025-05'
		});
	});

	it('reads "N years after" a pronoun and its verb as an offset from that clause', () => {
		expect(
			first(
				'The mill shut nine years after they bought the land by the river from a family of farmers who had kept it for generations.'
			)
		).toMatchObject({
			kind: 'offset',
			anchor: {
				noun: 'they bought the land',
				direction: 'after',
				offset: { n: 9, unit: 'year' }
			}
		});
	});

	it('counts a half in a duration: "two-and-a-half years" is thirty months back', () => {
		// Published on 28 February 2025.
		expect(
			first('The lighthouse stood dark for two-and-a-half years, the trust said.')?.value
		).toEqual({ start: '2022-08', end: '2025-02', precision: 'month', approximate: true });
		expect(first('The ferry ran for six and a half months, its owners said.')?.value?.start).toBe(
			'2024-08'
		);
	});

	it('marks vague past words as vague', () => {
		expect(first('Ms Kolstad had earlier said there would be none.')?.kind).toBe('vague');
	});

	it('reads a month opening a sentence ("In January,", "Last June,", "Mid-March") and "the end of June"', () => {
		// Published on Friday 28 February 2025.
		expect(first('In January, the council voted to close the pier.')?.value?.start).toBe('2025-01');
		expect(first('Last June, the pier closed.')?.value?.start).toBe('2024-06');
		expect(first('Last February, the pier closed.')?.value?.start).toBe('2024-02');
		expect(first('Mid-January brought the first storm.')?.value).toMatchObject({
			start: '2025-01',
			approximate: true
		});
		expect(first('The lease ran out at the end of January.')?.value).toMatchObject({
			start: '2025-01',
			precision: 'month',
			approximate: true
		});
		expect(first('You may see the pier in use again.')).toBeUndefined();
	});

	it('reads "Last Friday," and "Next Monday," opening a sentence as the words say', () => {
		// Published on Friday 28 February 2025.
		expect(first('Last Friday, the pier closed.')?.value?.start).toBe('2025-02-21');
		expect(first('Next Monday, the pier reopens.')?.value?.start).toBe('2025-03-03');
	});

	it('reads "June last year" and "January next year" as that month of that year', () => {
		expect(first('At the end of June last year, the pier closed.')?.value?.start).toBe('2024-06');
		expect(first('The pier reopens in January next year.')?.value?.start).toBe('2026-01');
	});

	it('dates a weekday written with its calendar date by the date ("Monday, Feb. 17")', () => {
		expect(first('The deal was signed Monday, Feb. 17.')?.value?.start).toBe('2025-02-17');
		expect(first('The inquest opened on Thursday 13 February.')?.value?.start).toBe('2025-02-13');
	});

	it('reads "two days later", "the next day" and "hours later" as counted on from the item before', () => {
		expect(first('Two days later, divers found the wreck.')).toMatchObject({
			kind: 'sequel',
			after: { n: 2, unit: 'day' }
		});
		expect(first('The following morning, police made two arrests.')).toMatchObject({
			kind: 'sequel',
			after: { n: 1, unit: 'day' }
		});
		expect(first('A week later, the ferry was sold.')?.after).toEqual({ n: 1, unit: 'week' });
		expect(first('Hours later, the captain resigned.')?.after).toEqual({ n: 0, unit: 'day' });
		// Not a comparison, nor "later this week".
		expect(first('The ferry arrived two days later than planned.')?.kind).not.toBe('sequel');
		expect(first('They will meet later this week.')?.kind).not.toBe('sequel');
	});
});

describe('findDates in the future tense', () => {
	it('reads a date after "is scheduled for" forward from publication', () => {
		expect(first('The vote is scheduled for March 12.')?.value?.start).toBe('2025-03-12');
	});

	it('reads a weekday after "will" or "would" forward from publication', () => {
		expect(findDates('Organisers said they would return on Thursday.', PUB)[0]?.value?.start).toBe(
			'2025-03-06'
		);
		expect(findDates('Organisers returned on Thursday.', PUB)[0]?.value?.start).toBe('2025-02-27');
	});
	it('reads a weekday after "reports of …" as past even after "would"', () => {
		// Published on Friday 28 February 2025.
		expect(
			findDates('Rangers would check reports by hikers of a rockfall on Tuesday night.', PUB)[0]
				?.value?.start
		).toBe('2025-02-25');
		expect(
			findDates('The board will weigh claims of a leak at the depot on Monday.', PUB)[0]?.value
				?.start
		).toBe('2025-02-24');
		// Evidence is shown on the day named; without word of a past happening the weekday is ahead.
		expect(
			findDates('The auditors will present evidence of the fraud on Monday.', PUB)[0]?.value?.start
		).toBe('2025-03-03');
		expect(
			findDates('Rangers would check the rockfall site on Tuesday.', PUB)[0]?.value?.start
		).toBe('2025-03-04');
	});
	it('keeps a later day or month in the year of publication when the sentence looks ahead', () => {
		// Published on 28 February 2025.
		expect(
			findDates('Once the line opens on April 9, the council will cut fares.', PUB)[0]?.value?.start
		).toBe('2025-04-09');
		expect(
			findDates('The vote in June is expected to split the party.', PUB)[0]?.value?.start
		).toBe('2025-06');
		expect(findDates('The parties met ahead of the April 9 election.', PUB)[0]?.value?.start).toBe(
			'2025-04-09'
		);
		// Without a future verb, a later month is last year's.
		expect(
			findDates('The line opened on April 9 after years of delay.', PUB)[0]?.value?.start
		).toBe('2024-04-09');
		expect(findDates('The vote in June split the party.', PUB)[0]?.value?.start).toBe('2024-06');
	});
});
