/**
 * Ingest speed: drafting a story from a 1,000-word article (the seed
 * article followed by evaluation articles' bodies), first call and warm
 * median; and the median per article of the evaluation set. The /new
 * page's script weight is the `new` section (newWeight.ts).
 */
import { readFileSync } from 'node:fs';
import { draftStory } from '../../src/lib/extract/draft.ts';
import { segmentArticle } from '../../src/lib/article/segment.ts';
import { evalFolders } from '../lib/evalSet.ts';
import type { BenchRow, BenchSection } from './types.ts';

/** About 1,000 words of news text, with the seed's clutter lines. */
export function thousandWordArticle(): string {
	const parts = [readFileSync('data/stories/oval-office-clash/article.txt', 'utf8')];
	for (const folder of evalFolders()) {
		if (parts.join(' ').split(/\s+/).length >= 1000) break;
		const body = segmentArticle(readFileSync(`${folder}/article.txt`, 'utf8')).paragraphs;
		parts.push(body.map((p) => p.text).join('\n'));
	}
	return parts.join('\n');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function time(raw: string, published: string): number {
	const t = performance.now();
	const r = draftStory(raw, { published });
	const ms = performance.now() - t;
	if (!r.ok) throw new Error(r.error);
	return ms;
}

export const ingestBench: BenchSection = {
	name: 'ingest',
	title: 'Ingest (draftStory)',
	async run(): Promise<BenchRow[]> {
		const article = thousandWordArticle();
		const words = article.split(/\s+/).length;
		const first = time(article, '2025-02-28');
		const warm = median(Array.from({ length: 15 }, () => time(article, '2025-02-28')));
		const perArticle = evalFolders().map((f) => {
			const gold = JSON.parse(readFileSync(`${f}/story.json`, 'utf8')) as { published: string };
			const raw = readFileSync(`${f}/article.txt`, 'utf8');
			return median(Array.from({ length: 5 }, () => time(raw, gold.published)));
		});
		return [
			{ name: `${words}-word article, first call`, value: Math.round(first), unit: 'ms' },
			{
				name: `${words}-word article, warm median`,
				value: Math.round(warm * 10) / 10,
				unit: 'ms',
				target: '< 300 ms'
			},
			{
				name: 'evaluation article, median',
				value: Math.round(median(perArticle) * 10) / 10,
				unit: 'ms'
			}
		];
	}
};
