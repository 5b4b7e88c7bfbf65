import { describe, expect, it } from 'vitest';
import { highlightRuns } from '../../src/lib/article/highlight.ts';
import { readArticleBytes } from '../../src/lib/article/input.ts';
import { readSelection, writeSelection } from '../../src/lib/state/url.ts';
import { extent, formatWhen, parseCalendar } from '../../src/lib/story/when.ts';

describe('highlightRuns', () => {
	const text = 'Trump said Kyiv must make concessions, and Kyiv refused.';
	const join = (quotes: string[]) =>
		highlightRuns(text, quotes)
			.map((r) => (r.mark ? `[${r.text}]` : r.text))
			.join('');

	it.each([
		[[], text],
		[['Kyiv must'], 'Trump said [Kyiv must] make concessions, and Kyiv refused.'],
		[['Trump said', 'refused.'], '[Trump said] Kyiv must make concessions, and Kyiv [refused.]'],
		[['said Kyiv must', 'must make'], 'Trump [said Kyiv must make] concessions, and Kyiv refused.'],
		[
			['Kyiv must', 'Kyiv must make concessions'],
			'Trump said [Kyiv must make concessions], and Kyiv refused.'
		],
		[['not in the text', ''], text]
	])('marks %j', (quotes, expected) => {
		expect(join(quotes)).toBe(expected);
	});

	it('never loses or reorders text', () => {
		for (const q of [['a'], ['Kyiv', 'Kyiv refused'], [text]])
			expect(
				highlightRuns(text, q)
					.map((r) => r.text)
					.join('')
			).toBe(text);
	});
});

describe('readArticleBytes', () => {
	const enc = (s: string) => new TextEncoder().encode(s);
	it('accepts UTF-8 text with CRLF, and drops a BOM', () => {
		expect(readArticleBytes(enc('\uFEFFOne.\r\nTwo — “quoted”.\r\n'))).toEqual({
			ok: true,
			text: 'One.\r\nTwo — “quoted”.\r\n'
		});
	});
	it.each([
		[enc(''), 'article is empty'],
		[enc(' \n\t\n'), 'article is empty'],
		[
			new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0, 1]),
			'article is binary, not text (it contains NUL bytes)'
		],
		[new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]), 'article is not valid UTF-8 text'],
		[
			enc(`${'x'.repeat(60)}\u0001`.repeat(10)),
			'article looks binary, not text (many control characters)'
		]
	])('rejects bad bytes with a clear reason (%#)', (bytes, reason) => {
		expect(readArticleBytes(bytes)).toEqual({ ok: false, reason });
	});
});

describe('URL selection', () => {
	const at = (s: string) => new URL(s, 'http://x.test/stories/a');
	it.each([
		['?item=trump-post#p14', { item: 'trump-post', paragraph: 14 }],
		['#p7', { item: null, paragraph: 7 }],
		['?item=Bad%20Id#p0', { item: null, paragraph: null }],
		['?item=<script>#p7x', { item: null, paragraph: null }],
		['', { item: null, paragraph: null }]
	])('reads %j', (url, expected) => {
		expect(readSelection(at(url))).toEqual(expected);
	});

	it('writes the selection and keeps other parameters', () => {
		const url = writeSelection(at('?embed=1#p3'), { item: 'x-y', paragraph: 9 });
		expect(url.search).toBe('?embed=1&item=x-y');
		expect(url.hash).toBe('#p9');
		const cleared = writeSelection(url, { item: null, paragraph: null });
		expect(cleared.search).toBe('?embed=1');
		expect(cleared.hash).toBe('');
	});
});

describe('calendar values', () => {
	it.each(['2025-02-30', '2025-13', '2023-02-29', '1999-00', '25-01-01', '2025-1-1'])(
		'rejects %j',
		(v) => expect(parseCalendar(v)).toBeNull()
	);
	it.each([
		['2024-02-29', 3],
		['2025-02', 2],
		['2019', 1]
	])('accepts %j with %i parts', (v, parts) => expect(parseCalendar(v)?.parts).toBe(parts));

	it('gives each precision its extent, end exclusive, in UTC', () => {
		const day = (s: string) => Date.parse(`${s}T00:00:00Z`);
		const w = { approximate: false, phrase: 'x' };
		expect(extent({ ...w, start: '2025-02-28', precision: 'day' })).toEqual([
			day('2025-02-28'),
			day('2025-03-01')
		]);
		expect(extent({ ...w, start: '2025-02-24', precision: 'week' })).toEqual([
			day('2025-02-24'),
			day('2025-03-03')
		]);
		expect(extent({ ...w, start: '2024-02', precision: 'month' })).toEqual([
			day('2024-02-01'),
			day('2024-03-01')
		]);
		expect(extent({ ...w, start: '2022-02', end: '2025-02', precision: 'month' })).toEqual([
			day('2022-02-01'),
			day('2025-03-01')
		]);
		expect(extent({ ...w, start: '2019', precision: 'year' })).toEqual([
			day('2019-01-01'),
			day('2020-01-01')
		]);
	});

	it('says dates as a reader would', () => {
		expect(
			formatWhen({ start: '2025-02-28', precision: 'day', approximate: false, phrase: 'Friday' })
		).toBe('28 Feb 2025');
		expect(
			formatWhen({
				start: '2022-02',
				end: '2025-02',
				precision: 'month',
				approximate: true,
				phrase: 'three years'
			})
		).toBe('c. Feb 2022–Feb 2025');
		expect(
			formatWhen({
				start: '2025-02-24',
				precision: 'week',
				approximate: false,
				phrase: 'this week'
			})
		).toBe('week of 24 Feb 2025');
	});
});
