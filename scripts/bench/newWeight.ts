/**
 * Weight of /new: the gzipped scripts the page loads up front, and those it
 * loads on the first draft (the extraction module, the map's layout code and
 * the world atlas), which no story page loads.
 */
import { readFileSync } from 'node:fs';
import { gzippedBytes, withScriptLog } from './pageWeight.ts';
import type { BenchRow, BenchSection } from './types.ts';

const ARTICLE = 'data/stories/oval-office-clash/article.txt';

/** What a script loaded on drafting holds, told by the type names in its code. */
function role(urlPath: string): string {
	const code = readFileSync(`build${urlPath}`, 'utf8');
	if (/GeometryCollection/.test(code) && !/FeatureCollection/.test(code)) return 'world atlas';
	if (/FeatureCollection|MultiLineString/.test(code)) return 'map layout';
	return 'extraction';
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
		return [
			{ name: '/new HTML', value: gzippedBytes('/new'), unit: 'B gz' },
			{ name: `/new JS up front (${initial.length} files)`, value: sum(initial), unit: 'B gz' },
			...draft.map((p, i) => ({
				name: `on first draft: ${role(p)} (${i + 1})`,
				value: gzippedBytes(p),
				unit: 'B gz'
			})),
			{ name: `on first draft, total (${draft.length} files)`, value: sum(draft), unit: 'B gz' }
		];
	}
};
