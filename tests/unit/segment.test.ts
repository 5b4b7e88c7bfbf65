import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../src/lib/article/segment.ts';

describe('segmentArticle on the seed article', () => {
	const raw = readFileSync('data/stories/oval-office-clash/article.txt', 'utf8');
	const seg = segmentArticle(raw);

	it('keeps the 21 body paragraphs, numbered 1..21', () => {
		expect(seg.paragraphs).toHaveLength(21);
		expect(seg.paragraphs.map((p) => p.n)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
		expect(seg.paragraphs[0]!.text).toMatch(/^Donald Trump has clashed/);
		expect(seg.paragraphs[20]!.text).toMatch(/after the confrontation\.$/);
	});

	it('reports the clutter it left out, with reasons', () => {
		expect(seg.removed.map((r) => [r.line, r.reason])).toEqual([
			[1, 'consent-banner'],
			[2, 'image'],
			[3, 'image'],
			[4, 'masthead']
		]);
	});
});
