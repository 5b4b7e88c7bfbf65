import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const STORY = '/stories/oval-office-clash';

test('home page lists the seed story with its counts', async ({ page }) => {
	await page.goto('/');
	const link = page.getByRole('link', { name: /Oval Office/ });
	await expect(link).toHaveAttribute('href', STORY);
	const row = page.locator('ol.stories > li[data-slug="oval-office-clash"]');
	await expect(row).toContainText('BBC News');
	await expect(row.locator('time')).toHaveText('28 Feb 2025');
});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('the story page shows all 21 paragraphs with anchors', async ({ page }) => {
		await page.goto(STORY);
		await expect(page.locator('[id^="p"].para')).toHaveCount(21);
		for (let n = 1; n <= 21; n++) await expect(page.locator(`#p${n}`)).toBeAttached();
		await expect(page.locator('#p1')).toContainText('Donald Trump has clashed');
		await expect(page.locator('#p21')).toContainText('after the confrontation.');
	});

	test('an item link leads to its paragraph and highlights it', async ({ page }) => {
		await page.goto(STORY);
		const link = page.locator('.items a[data-item-id]').nth(4);
		const href = (await link.getAttribute('href'))!;
		const n = href.match(/#p(\d+)$/)![1];
		await link.click();
		await expect(page).toHaveURL(new RegExp(`\\?item=[a-z0-9-]+#p${n}$`));
		await expect(page.locator(`#p${n}`)).toBeInViewport();
		const bg = (sel: string) =>
			page.locator(sel).evaluate((el) => getComputedStyle(el).backgroundColor);
		expect(await bg(`#p${n}`)).not.toBe(await bg(`#p${n === '1' ? 2 : 1}`));
	});

	test('#p7 highlights paragraph 7 and no other', async ({ page }) => {
		await page.goto(`${STORY}#p7`);
		const bg = (n: number) =>
			page.locator(`#p${n}`).evaluate((el) => getComputedStyle(el).backgroundColor);
		expect(await bg(7)).not.toBe(await bg(6));
		expect(await bg(6)).toBe(await bg(8));
	});
});

test('every item links to a paragraph that exists', async ({ page }) => {
	await page.goto(STORY);
	const hrefs = await page
		.locator('[data-item-id]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
	expect(hrefs.length).toBeGreaterThan(20);
	for (const href of hrefs) {
		const m = href.match(/#p(\d+)$/);
		expect(m, href).not.toBeNull();
		await expect(page.locator(`#p${m![1]}`)).toBeAttached();
	}
});

test('the story page at #p7 scrolls paragraph 7 into view and highlights only it', async ({
	page
}) => {
	await page.goto(`${STORY}#p7`);
	await expect(page.locator('.story[data-hydrated]')).toBeAttached();
	await expect(page.locator('#p7')).toHaveClass(/\blit\b/);
	await expect(page.locator('.para.lit')).toHaveCount(1);
	await expect(page.locator('#p7')).toBeInViewport();
});

test('the published site has no benchmark page', async ({ page }) => {
	expect((await page.request.get('/bench/timeline')).status()).toBe(404);
	expect(existsSync('build/bench')).toBe(false);
	expect(existsSync('build/bench/timeline.html')).toBe(false);
});
