import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Story } from '../../src/lib/story/schema.ts';
import {
	brokenCopy,
	linesOf,
	removeTempData,
	runValidate,
	tempData,
	writeFolder,
	type Run
} from '../fixtures/stories.ts';

/** One fixture per rule: a seed copy with one fault, and the exact line it must produce. */
const RULES: [name: string, mutate: (s: Story) => void, expected: string][] = [
	[
		'missing-field',
		(s) => delete (s.events[2] as Partial<Story['events'][number]>).label,
		'events[2].label: is required'
	],
	[
		'wrong-type',
		(s) => ((s.reactions[0]!.sources[0] as { paragraph: unknown }).paragraph = '14'),
		'reactions[0].sources[0].paragraph: expected number, got "14"'
	],
	[
		'bad-enum',
		(s) => ((s.reactions[1] as { stance: string }).stance = 'angry'),
		'reactions[1].stance: expected one of "supportive" | "critical" | "neutral" | "mixed", got "angry"'
	],
	[
		'bad-kind',
		(s) => ((s.actors[3] as { kind: string }).kind = 'person ' as string),
		'actors[3].kind: expected one of "person" | "government" | "party" | "organisation" | "group", got "person "'
	],
	[
		'duplicate-id',
		(s) => (s.reactions[2]!.id = s.events[4]!.id),
		'reactions[2].id: duplicate id "trump-blames-zelensky" (first used at events[4].id)'
	],
	[
		'unknown-event-actor',
		(s) => s.events[0]!.actors.push('nato'),
		'events[0].actors[2]: unknown actor "nato"'
	],
	[
		'unknown-reaction-actor',
		(s) => (s.reactions[0]!.actor = 'melania'),
		'reactions[0].actor: unknown actor "melania"'
	],
	[
		'unknown-toward',
		(s) => (s.reactions[0]!.toward = 'kremlin'),
		'reactions[0].toward: "kremlin" is neither an actor nor an event'
	],
	[
		'paragraph-out-of-range',
		(s) => (s.events[1]!.sources[0]!.paragraph = 22),
		'events[1].sources[0].paragraph: paragraph 22 does not exist (the article has 21)'
	],
	[
		'paragraph-zero',
		(s) => (s.events[1]!.sources[0]!.paragraph = 0),
		'events[1].sources[0].paragraph: must be at least 1, got 0'
	],
	[
		'no-sources',
		(s) => (s.reactions[2]!.sources = []),
		'reactions[2].sources: every item needs at least one source'
	],
	[
		'quote-not-verbatim',
		(s) =>
			(s.reactions[0]!.sources[1]!.quote =
				'"Zelensky disrespected the US in its cherished Oval office"'),
		'reactions[0].sources[1].quote: not found in paragraph 14'
	],
	[
		'non-calendar-date',
		(s) => (s.events[8]!.when.start = '2025-02-30'),
		'events[8].when.start: "2025-02-30" is not a calendar date'
	],
	[
		'bad-published',
		(s) => (s.published = '2025-13-01'),
		'published: "2025-13-01" is not a calendar date'
	],
	[
		'end-before-start',
		(s) => (s.events[2]!.when.end = '2021-12'),
		'events[2].when.end: "2021-12" is before start "2022-02"'
	],
	[
		'precision-mismatch',
		(s) => (s.events[0]!.when.precision = 'month'),
		'events[0].when.start: "2019" does not match precision "month"'
	],
	[
		'end-precision-mismatch',
		(s) => (s.events[0]!.when.end = '2020-06'),
		'events[0].when.end: "2020-06" does not match precision "year"'
	],
	[
		'week-not-monday',
		(s) => (s.events[6]!.when.start = '2025-02-26'),
		'events[6].when.start: a week is given by its Monday; "2025-02-26" is not a Monday'
	],
	[
		'slug-not-folder',
		(s) => (s.slug = 'oval-office-clash'),
		'slug: "oval-office-clash" does not match the folder name "slug-not-folder"'
	],
	[
		'missing-region',
		(s) => delete s.actors[8]!.region,
		'actors[8].region: an actor without a country needs a region'
	],
	[
		'unplaceable-region',
		(s) => (s.actors[8]!.region = 'Atlantis'),
		'actors[8].region: actor "european-allies" has region "Atlantis", which the map cannot place; use one of: World, North Atlantic, West, Europe, European Union, Africa, Asia, Middle East, North America, South America, Latin America, Oceania, Central Asia, East Asia, Southeast Asia, South Asia, Caribbean, Nordics, Scandinavia, Balkans, Baltic States, Arctic, Unknown'
	]
];

let run: Run;

afterAll(removeTempData);

beforeAll(() => {
	const { root, stories } = tempData();
	for (const [name, mutate] of RULES)
		writeFolder(stories, name, { story: brokenCopy(name, mutate) });
	writeFolder(stories, 'seed-copy');
	writeFolder(stories, 'many-faults', {
		story: brokenCopy('many-faults', (s) => {
			s.reactions[3]!.actor = 'nobody';
			s.events[5]!.sources[0]!.quote = 'a quote the article never had';
			s.events[9]!.when.start = '2025-02-29';
			s.events[0]!.id = 'full-scale-invasion';
		})
	});
	writeFolder(stories, 'schema-and-provenance', {
		story: brokenCopy('schema-and-provenance', (s) => {
			(s.actors[1] as { kind: string }).kind = 'leader';
			s.events[3]!.when.start = '2025-02-31';
			(s.reactions[4] as { stance: string }).stance = 'furious';
			s.reactions[5]!.sources[0]!.quote = 'never said';
			s.slug = 'elsewhere';
		})
	});
	run = runValidate(root);
});

describe('npm run validate on broken copies of the seed', () => {
	it('exits non-zero and says nothing was published', () => {
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/\n\d+ problems; nothing was published\.\n$/);
	});

	it('prints messages, never a stack trace', () => {
		expect(run.stderr).not.toMatch(/^\s+at /m);
		expect(run.stderr).not.toMatch(/Error:|TypeError|node:internal/);
		for (const line of run.stderr.split('\n').filter(Boolean).slice(0, -1))
			expect(line).toMatch(/^stories\/[a-z-]+\/(story\.json|article\.txt): /);
	});

	it.each(RULES)('reports %s as one exact `file: path: reason` line', (name, _mutate, expected) => {
		expect(linesOf(run, name)).toEqual([`stories/${name}/story.json: ${expected}`]);
	});

	it('accepts the unchanged seed copy', () => {
		expect(linesOf(run, 'seed-copy')).toEqual([]);
	});

	it('reports every problem of one story, in order, not just the first', () => {
		const file = 'stories/many-faults/story.json';
		expect(linesOf(run, 'many-faults')).toEqual([
			`${file}: events[1].id: duplicate id "full-scale-invasion" (first used at events[0].id)`,
			`${file}: events[5].sources[0].quote: not found in paragraph 3`,
			`${file}: events[9].when.start: "2025-02-29" is not a calendar date`,
			`${file}: reactions[3].actor: unknown actor "nobody"`
		]);
	});

	it('checks what passes the schema even where other parts fail it', () => {
		const lines = linesOf(run, 'schema-and-provenance').map((l) =>
			l.split(': ').slice(1).join(': ')
		);
		expect(lines).toEqual([
			expect.stringMatching(/^actors\[1\]\.kind: expected one of "person" \|/),
			expect.stringMatching(/^reactions\[4\]\.stance: expected one of "supportive" \|/),
			'slug: "elsewhere" does not match the folder name "schema-and-provenance"',
			'events[3].when.start: "2025-02-31" is not a calendar date',
			expect.stringMatching(/^reactions\[5\]\.sources\[0\]\.quote: not found in paragraph \d+$/)
		]);
	});

	it('does not report references to an item whose own fields are at fault', () => {
		// actors[1] (zelensky) fails the schema, yet events and reactions naming it resolve.
		expect(linesOf(run, 'schema-and-provenance').join('\n')).not.toContain('unknown actor');
	});

	it('counts every problem of every story', () => {
		const count = Number(run.stderr.match(/(\d+) problems;/)![1]);
		expect(count).toBe(run.problems.length);
		expect(count).toBe(RULES.length + 4 + 5);
	});
});
