/**
 * Weight of /new: the gzipped scripts the page loads up front, and those it
 * loads on the first draft. Each script is named by what its content holds
 * (extraction, chrono-node, the world atlas, the map's layout code), not by
 * when it loaded; the section fails when an up-front script holds any of them.
 */
import { readFileSync } from 'node:fs';
import { DRAFT_ONLY, partsIn } from './chunkContents.ts';
import { gzippedBytes, withScriptLog } from './pageWeight.ts';
import { budgetRow, type BenchRow, type BenchSection } from './types.ts';

const ARTICLE = 'data/stories/oval-office-clash/article.txt';

/** Budget of the scripts /new loads before the first draft, in gzipped bytes. */
export const NEW_UP_FRONT_MAX = 60 * 1024;

/** What a built script holds, by its content; "other" when none of the marked parts. */
function contents(urlPath: string): string {
	const parts = partsIn(readFileSync(`build${urlPath}`, 'utf8'));
	return parts.length ? parts.join(' + ') : 'views and runtime';
}

/** Scripts /new loads before and on drafting the seed article, as URL paths. */
async function newPageScripts(): Promise<{ initial: string[]; draft: string[] }> {
	return withScriptLog(async (page, base, scripts) => {
		await page.goto(base + '/new', { waitUntil: 'networkidle' });
		await page.locator('main[data-hydrated]').waitFor();
		const initial = [...scripts];
		await page.getByLabel('Article text').fill(readFileSync(ARTICLE, 'utf8'));
		await page.getByLabel('Published', { exact: true }).fill('2025-02-28');
		await page.getByRole('button', { name: 'Draft story' }).click();
		await page.locator('section[aria-labelledby="reactions-h"] a.marker').first().waitFor();
		await page.waitForLoadState('networkidle');
		return { initial, draft: scripts.slice(initial.length) };
	});
}

export const newWeight: BenchSection = {
	name: 'new',
	title: '/new page weight (gzipped)',
	async run(): Promise<BenchRow[]> {
		const { initial, draft } = await newPageScripts();
		const sum = (list: string[]) => list.reduce((s, p) => s + gzippedBytes(p), 0);
		const early = initial.flatMap((p) =>
			partsIn(readFileSync(`build${p}`, 'utf8'))
				.filter((part) => DRAFT_ONLY.includes(part))
				.map((part) => `${part} in ${p}`)
		);
		return [
			{ name: '/new HTML', value: gzippedBytes('/new'), unit: 'B gz' },
			budgetRow(`/new JS up front (${initial.length} files)`, sum(initial), NEW_UP_FRONT_MAX),
			{
				name: `/new up-front scripts holding draft-time code${early.length ? ': ' + early.join(', ') : ''}`,
				value: early.length,
				unit: 'files',
				target: '0',
				ok: early.length === 0
			},
			...draft.map((p) => ({
				name: `on first draft: ${contents(p)} (${p.replace(/^.*\//, '')})`,
				value: gzippedBytes(p),
				unit: 'B gz'
			})),
			{ name: `on first draft, total (${draft.length} files)`, value: sum(draft), unit: 'B gz' }
		];
	}
};
