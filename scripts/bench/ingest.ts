/**
 * Ingest speed: drafting a story from a 1,000-word article (the seed
 * article followed by evaluation articles' bodies), first call and warm
 * median; the median per article of the evaluation set; and, after a
 * build, the gzipped scripts the /new page loads beyond a story page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { draftStory } from '../../src/lib/extract/draft.ts';
import { segmentArticle } from '../../src/lib/article/segment.ts';
import { evalFolders } from '../lib/evalSet.ts';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath, isolateChromiumHome } from '../chromium.ts';
import { gzippedBytes, loadedScripts } from './pageWeight.ts';
import { serveBuild } from './serveBuild.ts';
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

/** Scripts the /new page fetches when asked to draft: the extraction module's chunks. */
async function draftScripts(article: string): Promise<string[]> {
	isolateChromiumHome();
	const server = await serveBuild();
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
	try {
		const page = await browser.newPage();
		await page.goto(server.url + '/new', { waitUntil: 'networkidle' });
		await page.locator('main[data-hydrated]').waitFor();
		await page.getByLabel('Article text').fill(article);
		await page.getByLabel('Published', { exact: true }).fill('2025-02-28');
		const scripts: string[] = [];
		page.on('request', (req) => {
			if (req.resourceType() === 'script') scripts.push(new URL(req.url()).pathname);
		});
		await page.getByRole('button', { name: 'Draft story' }).click();
		await page.getByTestId('draft-summary').waitFor();
		return scripts;
	} finally {
		await browser.close();
		await server.close();
	}
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
		const rows: BenchRow[] = [
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
		if (existsSync('build/new.html')) {
			const story = new Set(await loadedScripts('/stories/oval-office-clash'));
			const extra = (await loadedScripts('/new')).filter((s) => !story.has(s));
			rows.push({
				name: `/new scripts beyond a story page (${extra.length} files)`,
				value: extra.reduce((sum, s) => sum + gzippedBytes(s), 0),
				unit: 'B gz'
			});
			const onDraft = await draftScripts(article);
			rows.push({
				name: `/new extraction code, loaded on first draft (${onDraft.length} files)`,
				value: onDraft.reduce((sum, s) => sum + gzippedBytes(s), 0),
				unit: 'B gz'
			});
		}
		return rows;
	}
};
