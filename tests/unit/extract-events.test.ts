import { describe, expect, it } from 'vitest';
import { draftOf } from './draftOf.ts';

/** Drafts a short article and lists its events as [label, start, precision]. */
function eventsOf(...paragraphs: string[]) {
	const r = draftOf(...paragraphs);
	return r.story.events.map((e) => [e.label, e.when.start, e.when.precision]);
}

describe('dated sentences', () => {
	it('keeps a sentence with a date of its own as an event even without an event verb', () => {
		expect(
			eventsOf(
				'The Harbour Authority closed the quay on Monday.',
				'The licence of the old pier was void from March 2011, long before the storm.'
			)
		).toEqual([
			['Harbour Authority closed the quay on Monday', '2024-03-04', 'day'],
			[
				'The licence of the old pier was void from March 2011, long before the storm',
				'2011-03',
				'month'
			]
		]);
	});

	it('dates "two days later" and "the next day" on from the event told before, in the order told', () => {
		expect(
			eventsOf(
				'The Holm ferry sank on Friday, March 1, with 40 people on board.',
				'Two days later, divers recovered the wreck.',
				'The next day, police arrested two men.',
				'Hours later, the captain resigned.'
			)
		).toEqual([
			['The Holm ferry sank on Friday, March 1, with 40 people on board', '2024-03-01', 'day'],
			['Two days later, divers recovered the wreck', '2024-03-03', 'day'],
			['Police arrested two men', '2024-03-04', 'day'],
			['The captain resigned', '2024-03-04', 'day']
		]);
	});

	it('counts "the next day" on from a day the article gave, not from one placed by guess', () => {
		expect(
			eventsOf(
				'The Holm ferry sank on Friday, March 1, with 40 people on board.',
				'Two days later, divers recovered the wreck.',
				'Mayor Ada Varga visited the harbour.',
				'The next day, police arrested two men.'
			).map(([label, start]) => `${label}: ${start}`)
		).toEqual([
			'The Holm ferry sank on Friday, March 1, with 40 people on board: 2024-03-01',
			'Two days later, divers recovered the wreck: 2024-03-03',
			'Ada Varga visited the harbour: 2024-03-01',
			'Police arrested two men: 2024-03-04'
		]);
	});

	it("dates a sentence by a span of its own: the span's start, flagged", () => {
		expect(
			eventsOf(
				'The Harbour Authority closed the quay on Monday.',
				'The ferry company has paid the harbour fees for the past 12 years.',
				'Storm damage to the breakwater has grown in recent weeks.'
			)
		).toEqual([
			['Harbour Authority closed the quay on Monday', '2024-03-04', 'day'],
			['The ferry company has paid the harbour fees for the past 12 years', '2012-03', 'month'],
			['Storm damage to the breakwater has grown in recent weeks', '2024-02', 'month']
		]);
	});

	it('dates "the day after the …" from the day that names that event', () => {
		const r = draftOf(
			'A report on the blast was published on Monday.',
			'Engineers studied the Feb. 12 blast at the quarry above the valley.',
			'The day after the blast, the Water Board said the dam had held.'
		);
		const dated = [...r.story.events, ...r.story.reactions].filter((x) =>
			x.sources.some((s) => s.paragraph === 3)
		);
		expect(dated.map((x) => x.when.start)).toContain('2024-02-13');
	});

	it('gives each further date of a sentence an event of its own clause', () => {
		expect(
			eventsOf(
				'The ferry company, which went bankrupt in 2009, was sold to a Dutch group in 2014.',
				'Mills won the regatta with the Kestrel in 2004 and with the Osprey in 2010.'
			)
		).toEqual([
			[
				'The ferry company, which went bankrupt in 2009, was sold to a Dutch group in 2014',
				'2014',
				'year'
			],
			['The ferry company, which went bankrupt in 2009', '2009', 'year'],
			[
				'Mills won the regatta with the Kestrel in 2004 and with the Osprey in 2010',
				'2004',
				'year'
			],
			['With the Osprey in 2010', '2010', 'year']
		]);
	});

	it('reads a duration before "in office" or "in charge" as a tenure from its start ("at the helm" too)', () => {
		expect(
			eventsOf(
				'The harbour master stepped down on Monday after three-and-a-half years at the helm of the docks.'
			)
		).toContainEqual(['Three-and-a-half years at the helm of the docks', '2020-09', 'month']);
		expect(eventsOf('The ferry board chose a new chair after six years in office.')).toContainEqual(
			['Six years in office', '2018-03', 'month']
		);
	});

	it('counts "That came N years after …" from the date of the sentence before', () => {
		expect(
			eventsOf(
				'The guild reopened its workshop in June 2021. That came four years after she sold the looms to a museum in another town.'
			)
		).toContainEqual(['She sold the looms to a museum in another town', '2017', 'year']);
		// Without a pointer back to the sentence before, no date is borrowed.
		expect(
			eventsOf(
				'The guild reopened its workshop in June 2021. Its rent rose four years after she sold the looms to a museum in another town.'
			).map((e) => e[0])
		).not.toContain('She sold the looms to a museum in another town');
	});

	it('dates each item of a record a quote recounts with two or more dates', () => {
		expect(
			eventsOf(
				'The Harbour Authority closed the quay on Monday.',
				'“She crossed the strait in the Heron in 1998, and again in the Gannet in 2003,” her old skipper recalled.'
			)
		).toEqual([
			['Harbour Authority closed the quay on Monday', '2024-03-04', 'day'],
			['She crossed the strait in the Heron in 1998', '1998', 'year'],
			['Again in the Gannet in 2003', '2003', 'year']
		]);
	});

	it('adds no event for a second mention of the sentence’s own date', () => {
		expect(
			eventsOf('The quay closed on Monday, and on Monday the ferries stopped.').map((e) => e[1])
		).toEqual(['2024-03-04']);
	});

	it('adds no event for a sentence without a date, or with a date only inside a quote', () => {
		expect(
			eventsOf(
				'The Harbour Authority closed the quay on Monday.',
				'The licence of the old pier was void, long before the storm.',
				'“The pier was a ruin in 2011,” a fisherman recalled.'
			)
		).toEqual([['Harbour Authority closed the quay on Monday', '2024-03-04', 'day']]);
	});
});

describe('reaction dates', () => {
	it('places a reaction with no date of its own on the publication day, not the main day', () => {
		const r = draftOf(
			'The Harbour Authority closed the quay on Monday.',
			'Mayor Ana Ruiz condemned the Harbour Authority.'
		);
		expect(r.story.reactions.map((x) => [x.actor, x.when.start, x.review])).toEqual([
			['ruiz', '2024-03-05', 'no date in the sentence; placed on the publication day']
		]);
	});
});
