import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const SEED = readFileSync('data/stories/oval-office-clash/article.txt', 'utf8');

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
	await expect(page.locator('[data-item-id]').first()).toBeVisible();
	expect(await page.locator('[data-item-id]').count()).toBeGreaterThan(10);
	await expect(page.getByRole('heading', { name: /Needs review \(\d+\)/ })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Download story.json' })).toHaveAttribute(
		'download',
		'story.json'
	);

	// Selecting an item highlights its paragraph.
	const first = page.locator('[data-item-id]').first();
	await first.click();
	await expect(first).toHaveAttribute('aria-current', 'true');

	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Download story.json' }).click();
	const file = await (await download).path();
	const story = JSON.parse(readFileSync(file, 'utf8'));
	expect(story.draft).toBe(true);
	expect(story.published).toBe('2025-02-28');

	const a11y = await new AxeBuilder({ page }).analyze();
	expect(a11y.violations.map((v) => v.id)).toEqual([]);

	// A story page never loads the extraction code.
	scripts.length = 0;
	await page.goto('/stories/oval-office-clash');
	await page.waitForLoadState('networkidle');
	for (const s of extraction) expect(scripts).not.toContain(s);
});

test('/new says clearly what it cannot draft', async ({ page }) => {
	await page.goto('/new');
	await page.locator('main[data-hydrated]').waitFor();
	await page.getByLabel('Article text').fill('The council met on Monday and agreed the budget.');
	await page.getByRole('button', { name: 'Draft story' }).click();
	await expect(page.getByRole('alert')).toContainText('no publication date');
});
