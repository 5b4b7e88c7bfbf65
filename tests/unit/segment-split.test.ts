import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../src/lib/article/segment.ts';

const bodies = (raw: string) => segmentArticle(raw).paragraphs.map((p) => p.text);

const PARA_A =
	'The council voted on Tuesday to close the old harbour bridge to traffic after engineers found corrosion in its supports.';
const PARA_B =
	'Residents said the closure would add half an hour to their daily journeys, and local shops fear losing customers.';
const PARA_C = 'The mayor promised a temporary ferry service within a month.';

describe('paragraph splitting', () => {
	it('splits blank-line separated paragraphs and numbers them from 1', () => {
		const seg = segmentArticle(`${PARA_A}\n\n${PARA_B}\n\n\n${PARA_C}\n`);
		expect(seg.paragraphs.map((p) => p.text)).toEqual([PARA_A, PARA_B, PARA_C]);
		expect(seg.paragraphs.map((p) => p.n)).toEqual([1, 2, 3]);
		expect(seg.paragraphs.map((p) => p.line)).toEqual([1, 3, 6]);
		expect(seg.removed).toEqual([]);
	});

	it('splits one paragraph per line when there are no blank lines', () => {
		expect(bodies(`${PARA_A}\n${PARA_B}\n${PARA_C}`)).toEqual([PARA_A, PARA_B, PARA_C]);
	});

	it('joins hard-wrapped lines into one paragraph', () => {
		const wrapped = [
			'The council voted on Tuesday to close the old harbour',
			'bridge to traffic after engineers found corrosion in its',
			'supports.',
			'',
			'Residents said the closure would add half an hour to',
			'their daily journeys, and local shops fear losing',
			'customers.'
		].join('\n');
		expect(bodies(wrapped)).toEqual([PARA_A, PARA_B]);
	});

	it('joins a wrapped block even where a line ends with a full stop', () => {
		const wrapped = [
			'The council voted on Tuesday to close the old harbour',
			'bridge. Engineers had found corrosion in its supports',
			'during a routine inspection.',
			'',
			'Residents said the closure would add half an hour to',
			'their daily journeys. Local shops fear losing',
			'Saturday customers.'
		].join('\n');
		expect(bodies(wrapped)).toEqual([
			'The council voted on Tuesday to close the old harbour bridge. Engineers had found corrosion in its supports during a routine inspection.',
			'Residents said the closure would add half an hour to their daily journeys. Local shops fear losing Saturday customers.'
		]);
	});

	it('keeps one-line paragraphs apart when blank lines only mark sections', () => {
		const raw = `${PARA_A}\n${PARA_B}\n\n${PARA_C}\n${PARA_A}\n\n${PARA_B}`;
		expect(bodies(raw)).toEqual([PARA_A, PARA_B, PARA_C, PARA_A, PARA_B]);
	});

	it('keeps a short line that wraps on to a lower-case continuation', () => {
		expect(bodies('The minister said that\nthe plan would go ahead.')).toEqual([
			'The minister said that the plan would go ahead.'
		]);
	});

	it('reads CRLF and lone CR line ends like LF', () => {
		expect(bodies(`${PARA_A}\r\n\r\n${PARA_B}\r\n`)).toEqual([PARA_A, PARA_B]);
		expect(bodies(`${PARA_A}\r\r${PARA_B}`)).toEqual([PARA_A, PARA_B]);
	});

	it('drops a byte-order mark without changing the first paragraph', () => {
		const seg = segmentArticle(`\uFEFF${PARA_A}\n\n${PARA_B}`);
		expect(seg.paragraphs[0]!.text).toBe(PARA_A);
		expect(seg.paragraphs[0]!.line).toBe(1);
	});

	it('trims trailing white space and tabs but keeps the words', () => {
		expect(bodies(`${PARA_A}  \t\n\n  ${PARA_B}`)).toEqual([PARA_A, PARA_B]);
	});
});

describe('header block', () => {
	const header = [
		'title: Harbour bridge to close',
		'outlet: The Coast Gazette',
		'source: https://example.org/bridge',
		'published: 2025-03-04',
		'---',
		''
	].join('\n');

	it('reads key: value lines closed by --- as metadata, not body', () => {
		const seg = segmentArticle(`${header}${PARA_A}\n\n${PARA_B}`);
		expect(seg.header).toEqual({
			title: 'Harbour bridge to close',
			outlet: 'The Coast Gazette',
			source: 'https://example.org/bridge',
			published: '2025-03-04'
		});
		expect(seg.paragraphs.map((p) => p.text)).toEqual([PARA_A, PARA_B]);
		expect(seg.paragraphs[0]!.line).toBe(6);
		expect(seg.removed.map((r) => [r.line, r.reason])).toEqual([
			[1, 'header'],
			[2, 'header'],
			[3, 'header'],
			[4, 'header'],
			[5, 'header']
		]);
	});

	it('reads a header under a byte-order mark and CRLF line ends', () => {
		const seg = segmentArticle(`\uFEFF${header.replace(/\n/g, '\r\n')}${PARA_A}`);
		expect(seg.header?.title).toBe('Harbour bridge to close');
		expect(seg.paragraphs.map((p) => p.text)).toEqual([PARA_A]);
	});

	it('treats header-like lines without a closing --- as body', () => {
		const raw = `Update: ${PARA_A}\nWarning: ${PARA_B}`;
		const seg = segmentArticle(raw);
		expect(seg.header).toBeNull();
		expect(seg.paragraphs.map((p) => p.text)).toEqual([`Update: ${PARA_A}`, `Warning: ${PARA_B}`]);
	});

	it('does not read a --- later in the body as a header end', () => {
		const raw = `Note: the figures are provisional.\n${PARA_A}\n---\n${PARA_B}`;
		const seg = segmentArticle(raw);
		expect(seg.header).toBeNull();
		expect(seg.paragraphs[0]!.text).toBe('Note: the figures are provisional.');
		expect(seg.paragraphs.map((p) => p.text)).toContain(PARA_B);
	});
});
