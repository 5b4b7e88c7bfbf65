import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { segmentArticle } from '../../src/lib/article/segment.ts';
import { validateStory } from '../../src/lib/story/validate.ts';
import { DRAFT_ONLY, partsIn } from '../../scripts/bench/chunkContents.ts';
import { axeViolations } from './axeHelpers.ts';

const SEED = readFileSync('data/stories/oval-office-clash/article.txt', 'utf8');

/** The draft-time parts (extraction, chrono-node, atlas, map layout) found in `scripts`, by content. */
async function draftCode(request: APIRequestContext, scripts: string[]): Promise<string[]> {
	const found: string[] = [];
	for (const s of scripts)
		for (const part of partsIn(await (await request.get(s)).text()))
			if (DRAFT_ONLY.includes(part)) found.push(part);
	return [...new Set(found)].sort();
}

/** Marks of the extraction and editor code in a built script: their own messages. */
const DRAFT_CODE = /does not look like English|added by hand/;

const MARKS = 'figure.timeline [data-item-id]';
const MARKERS = 'section[aria-labelledby="reactions-h"] a.marker[data-item-id]';

/** Opens /new, drafts the seed article and waits for the map; returns the scripts loaded by then and on drafting. */
async function draftSeed(
	page: Page
): Promise<{ scripts: string[]; upFront: string[]; onDraft: string[] }> {
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
	await expect(page.locator(MARKERS).first()).toBeVisible();
	await page.waitForLoadState('networkidle');
	return { scripts, upFront: scripts.slice(0, before), onDraft: scripts.slice(before) };
}

test('/new drafts the seed article into the timeline and map; story pages load none of its code', async ({
	page
}) => {
	const { scripts, upFront, onDraft } = await draftSeed(page);
	// The extraction code (with chrono-node), the map's layout and the atlas arrived only when asked for.
	expect(await draftCode(page.request, upFront)).toEqual([]);
	expect(await draftCode(page.request, onDraft)).toEqual([...DRAFT_ONLY].sort());
	// The timeline and the map, drawn by the story page's views.
	const marks = page.locator(MARKS);
	await expect(marks.first()).toBeVisible();
	expect(await marks.count()).toBeGreaterThan(10);
	expect(await page.locator(MARKERS).count()).toBeGreaterThan(5);
	await expect(page.getByRole('heading', { name: /Needs review \(\d+\)/ })).toBeVisible();
	// Items needing review say so, with the reason, in the list of items itself.
	const flagged = page.locator('ol.items li', { hasText: 'Needs review:' });
	expect(await flagged.count()).toBeGreaterThan(0);

	// A story page never loads the extraction code, nor the map's layout code and atlas (it shares the views).
	scripts.length = 0;
	await page.goto('/stories/oval-office-clash');
	await page.waitForLoadState('networkidle');
	expect(scripts.length).toBeGreaterThan(0);
	expect(await draftCode(page.request, scripts)).toEqual([]);
	// The views' code may be shared; the extraction and editor code never is.
	const drafting: string[] = [];
	for (const s of onDraft)
		if (DRAFT_CODE.test(await (await page.request.get(s)).text())) drafting.push(s);
	expect(drafting.length).toBeGreaterThan(0);
	for (const s of drafting) expect(scripts).not.toContain(s);
});

test('/new selects drafted items in place and keeps the draft', async ({ page }) => {
	await draftSeed(page);
	const url = page.url();
	// Clicking a map marker selects it: paragraph in view, quote marked, no navigation.
	const marker = page.locator(MARKERS).first();
	const id = await marker.getAttribute('data-item-id');
	await marker.click();
	await expect(marker).toHaveAttribute('aria-current', 'true');
	await expect(page.locator('.para.lit')).not.toHaveCount(0);
	await expect(page.locator('.para.lit').first()).toBeInViewport();
	await expect(page.locator('.para.lit mark').first()).toBeVisible();
	expect(page.url()).toBe(url);
	// So does a timeline mark; Escape clears.
	const mark = page.locator(MARKS).first();
	await mark.click();
	await expect(mark).toHaveAttribute('aria-current', 'true');
	await expect(page.locator(`[data-item-id="${id}"][aria-current]`)).toHaveCount(0);
	await page.keyboard.press('Escape');
	await expect(page.locator('[aria-current="true"][data-item-id]')).toHaveCount(0);
	await expect(page.locator('.para.lit')).toHaveCount(0);
	// A list entry too, and the draft is still there.
	await page.locator('ol.items a[data-select]').nth(2).click();
	await expect(page.locator('.para.lit')).not.toHaveCount(0);
	expect(page.url()).toBe(url);
	await expect(page.getByTestId('draft-summary')).toBeVisible();
	await expect(page.locator(MARKERS).first()).toBeVisible();
});

test('/new downloads a story.json that validates against its article.txt; axe clean', async ({
	page
}) => {
	await draftSeed(page);
	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Download story.json' }).click();
	const story = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
	expect(story.draft).toBe(true);
	expect(story.published).toBe('2025-02-28');
	const articleDownload = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Download article.txt' }).click();
	const article = readFileSync(await (await articleDownload).path(), 'utf8');
	const checked = validateStory(story, segmentArticle(article).paragraphs, { file: 'story.json' });
	expect(checked.ok ? [] : checked.problems).toEqual([]);

	expect(await axeViolations(page)).toEqual([]);
});

test('/new says clearly what it cannot draft', async ({ page }) => {
	await page.goto('/new');
	await page.locator('main[data-hydrated]').waitFor();
	await page.getByLabel('Article text').fill('The council met on Monday and agreed the budget.');
	await page.getByRole('button', { name: 'Draft story' }).click();
	await expect(page.getByRole('alert')).toContainText('no publication date');
});
