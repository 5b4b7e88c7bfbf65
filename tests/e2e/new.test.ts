import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { segmentArticle } from '../../src/lib/article/segment.ts';
import { validateStory } from '../../src/lib/story/validate.ts';

const SEED = readFileSync('data/stories/oval-office-clash/article.txt', 'utf8');

/**
 * Marks of the map's layout code (d3-geo, topojson-client) and of the world
 * atlas in a built script: GeoJSON and TopoJSON type names, which no view
 * needs because they draw precomputed paths. Only /new may load such code.
 */
const MAP_CODE = /FeatureCollection|MultiLineString|Topology/;

/** The paths among `scripts` whose code carries the map's layout or atlas. */
async function mapCode(request: APIRequestContext, scripts: string[]): Promise<string[]> {
	const found: string[] = [];
	for (const s of scripts) if (MAP_CODE.test(await (await request.get(s)).text())) found.push(s);
	return found;
}

test('/new drafts the seed article in the browser and offers the files', async ({ page }) => {
	const scripts: string[] = [];
	page.on('request', (r) => {
		if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
	});
	await page.goto('/new');
	await page.locator('main[data-hydrated]').waitFor();
	await page.getByLabel('Article text').fill(SEED);
	await page.getByLabel('Published', { exact: true }).fill('2025-02-28');
	const before = scripts.length;
	await page.getByRole('button', { name: 'Draft story' }).click();
	await expect(page.getByTestId('draft-summary')).toContainText(
		'21 paragraphs kept, 4 lines removed'
	);
	// The extraction code arrived only when asked for.
	const extraction = scripts.slice(before);
	expect(extraction.length).toBeGreaterThan(0);
	// The timeline and the map, drawn by the story page's views.
	const marks = page.locator('figure.timeline [data-item-id]');
	await expect(marks.first()).toBeVisible();
	expect(await marks.count()).toBeGreaterThan(10);
	const markers = page.locator('section[aria-labelledby="reactions-h"] a.marker[data-item-id]');
	await expect(markers.first()).toBeVisible();
	expect(await markers.count()).toBeGreaterThan(5);
	await expect(page.getByRole('heading', { name: /Needs review \(\d+\)/ })).toBeVisible();
	// Items needing review say so, with the reason, in the list of items itself.
	const flagged = page.locator('ol.items li', { hasText: 'Needs review:' });
	expect(await flagged.count()).toBeGreaterThan(0);
	await expect(page.getByRole('link', { name: 'Download story.json' })).toHaveAttribute(
		'download',
		'story.json'
	);

	// Clicking a map marker selects it in place: paragraph and quote lit, no navigation.
	const url = page.url();
	const marker = markers.first();
	const id = await marker.getAttribute('data-item-id');
	await marker.click();
	await expect(marker).toHaveAttribute('aria-current', 'true');
	await expect(page.locator('.para.lit').first()).toBeInViewport();
	await expect(page.locator('.para.lit mark').first()).toBeVisible();
	expect(page.url()).toBe(url);
	await expect(page.getByTestId('draft-summary')).toBeVisible();
	// So does a timeline mark; Escape clears.
	const mark = marks.first();
	await mark.click();
	await expect(mark).toHaveAttribute('aria-current', 'true');
	await expect(page.locator(`[data-item-id="${id}"][aria-current]`)).toHaveCount(0);
	await page.keyboard.press('Escape');
	await expect(page.locator('[aria-current="true"][data-item-id]')).toHaveCount(0);
	await expect(page.locator('.para.lit')).toHaveCount(0);
	// A list entry too, and the draft is still there.
	await page.locator('ol.items a[data-select]').nth(2).click();
	await expect(page.locator('.para.lit')).toHaveCount(1);
	expect(page.url()).toBe(url);
	await expect(page.getByTestId('draft-summary')).toBeVisible();

	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Download story.json' }).click();
	const file = await (await download).path();
	const story = JSON.parse(readFileSync(file, 'utf8'));
	expect(story.draft).toBe(true);
	expect(story.published).toBe('2025-02-28');
	const articleDownload = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Download article.txt' }).click();
	const article = readFileSync(await (await articleDownload).path(), 'utf8');
	const checked = validateStory(story, segmentArticle(article).paragraphs, { file: 'story.json' });
	expect(checked.ok ? [] : checked.problems).toEqual([]);

	const a11y = await new AxeBuilder({ page }).analyze();
	expect(a11y.violations.map((v) => v.id)).toEqual([]);

	// A story page never loads the extraction code, nor the map's layout code and atlas.
	expect((await mapCode(page.request, extraction)).length).toBeGreaterThan(0);
	scripts.length = 0;
	await page.goto('/stories/oval-office-clash');
	await page.waitForLoadState('networkidle');
	for (const s of extraction) expect(scripts).not.toContain(s);
	expect(scripts.length).toBeGreaterThan(0);
	expect(await mapCode(page.request, scripts)).toEqual([]);
});

test('/new says clearly what it cannot draft', async ({ page }) => {
	await page.goto('/new');
	await page.locator('main[data-hydrated]').waitFor();
	await page.getByLabel('Article text').fill('The council met on Monday and agreed the budget.');
	await page.getByRole('button', { name: 'Draft story' }).click();
	await expect(page.getByRole('alert')).toContainText('no publication date');
});
