import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../src/lib/article/segment.ts';
import { findActors } from '../../src/lib/extract/actors.ts';
import { draftStory } from '../../src/lib/extract/draft.ts';
import { validateStory } from '../../src/lib/story/validate.ts';

const seed = readFileSync('data/stories/oval-office-clash/article.txt', 'utf8');
const para = (...texts: string[]) => texts.map((text, i) => ({ n: i + 1, text, line: i + 1 }));

describe('findActors', () => {
	it('merges full names, surnames and roles learned from the article', () => {
		const t = findActors(
			para(
				'US Vice-President JD Vance met Donald Tusk, Poland’s president, in Warsaw.',
				'The vice-president then left. Vance said little, and Tusk thanked him.'
			)
		);
		const vance = t.actors.find((a) => a.name === 'JD Vance');
		expect(vance).toMatchObject({ kind: 'person', country: 'US', title: 'vice-president' });
		expect(t.actors.find((a) => a.name === 'Donald Tusk')).toMatchObject({ country: 'PL' });
		const vanceMentions = t.mentions.filter((m) => m.actor === vance?.id).map((m) => m.text);
		expect(vanceMentions).toEqual(['JD Vance', 'The vice-president', 'Vance']);
	});

	it('reads countries, capitals and parties as governments and parties', () => {
		const t = findActors(para('Moscow said Kyiv had lied. Democrats in Congress accused Russia.'));
		expect(t.actors.map((a) => [a.name, a.kind, a.country])).toEqual([
			['Russia', 'government', 'RU'],
			['Ukraine', 'government', 'UA'],
			['Democrats in Congress', 'party', 'US']
		]);
	});

	it('does not take places after "in" or platforms for actors', () => {
		const t = findActors(para('In the US, Trump posted on Truth Social from the Black Sea coast.'));
		expect(t.actors.map((a) => a.name)).toEqual(['Trump']);
	});

	it('reads a word in capitals as emphasis unless it is a known institution', () => {
		const t = findActors(
			para('"We want CALM and RESTRAINT," the minister said.', 'NATO condemned the strike.')
		);
		const names = t.actors.map((a) => a.name);
		expect(names).toContain('NATO');
		expect(names).not.toContain('CALM');
		expect(names).not.toContain('RESTRAINT');
	});

	it('maps a one-letter misspelling of a known surname to its person', () => {
		const t = findActors(para('Volodymyr Zelensky spoke. Allies backed Zelenksy.'));
		expect(t.mentions.map((m) => m.actor)).toEqual(['zelensky', 'zelensky']);
	});
});

describe('draftStory', () => {
	it('drafts the seed article into a story that passes the validator', () => {
		const r = draftStory(seed, { published: '2025-02-28', slug: 'oval-office-clash' });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.story.draft).toBe(true);
		const check = validateStory(r.story, segmentArticle(seed).paragraphs, {
			file: 'x',
			slug: 'oval-office-clash'
		});
		expect(check.ok ? [] : check.problems).toEqual([]);
		for (const item of [...r.story.events, ...r.story.reactions]) {
			expect(item.confidence).toBeGreaterThanOrEqual(0);
			expect(item.confidence).toBeLessThanOrEqual(1);
		}
		expect(r.report.paragraphs).toBe(21);
		expect(r.report.needsReview).toBeGreaterThan(0);
	});

	it('attributes quotes in the common wire forms', () => {
		const text = [
			'title: T',
			'published: 2024-05-02',
			'---',
			'Senator Jane Ortiz criticised the plan on Tuesday.',
			'"This will not pass," she said. "Not this year."',
			'"We are ready," said Prime Minister Aiko Mori.',
			'Mori told reporters: "The talks went well."',
			'Prices will rise, according to Ortiz.'
		].join('\n');
		const r = draftStory(text);
		if (!r.ok) throw new Error(r.error);
		expect(r.quotes.map((q) => [q.text, q.speaker])).toEqual([
			['This will not pass,', 'ortiz'],
			['Not this year.', 'ortiz'],
			['We are ready,', 'mori'],
			['The talks went well.', 'mori']
		]);
	});

	it('reads stance from the reporting verb toward its object, not from sentiment', () => {
		const text =
			'published: 2024-05-02\n---\nGreens accused Mayor Ola Brandt of lying. Some Labour councillors backed Brandt. Astrid Lunde said Norway was to blame.';
		const r = draftStory(text);
		if (!r.ok) throw new Error(r.error);
		const triples = r.story.reactions.map((x) => `${x.actor} ${x.stance} ${x.toward}`);
		expect(triples.sort()).toEqual([
			'greens critical brandt',
			'labour-councillors supportive brandt',
			'lunde critical norway'
		]);
	});

	it.each([
		['empty text', '', /empty/],
		['only a header', 'title: x\npublished: 2024-01-01\n---\n', /no body paragraphs/],
		[
			'no publication date',
			'A paragraph of news about the talks that were held today.',
			/no publication date/
		],
		['a bad date', 'published: 2024-02-31\n---\nThe talks were held on Monday.', /not a date/],
		[
			'another language',
			'published: 2024-01-01\n---\nLe gouvernement a annoncé mardi une réforme des retraites contestée par les syndicats.',
			/does not look like English/
		]
	])('refuses %s with a clear message', (_, raw, message) => {
		const r = draftStory(raw);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error).toMatch(message);
	});
});

describe('draftStory on text run together', () => {
	it('notes an overlong paragraph instead of reading it, and stays fast', () => {
		const raw = `published: 2025-02-28\n---\nThe council met on Monday.\n${'the talks said Trump and '.repeat(2000)}\n`;
		const t = performance.now();
		const r = draftStory(raw);
		expect(performance.now() - t).toBeLessThan(2000);
		if (!r.ok) throw new Error(r.error);
		expect(r.report.notes.some((n) => /paragraph 2 is \d+ characters long/.test(n))).toBe(true);
		expect(r.paragraphs).toHaveLength(2);
	});
});
