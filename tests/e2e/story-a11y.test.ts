import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const STORY = '/stories/oval-office-clash';

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`${colorScheme} scheme`, () => {
		test.use({ colorScheme });

		for (const [name, path] of [
			['home page', '/'],
			['story page', STORY],
			['story page with an item selected', `${STORY}?item=trump-truth-social-post#p14`]
		] as const) {
			test(`${name} has no axe violations`, async ({ page }) => {
				await page.goto(path);
				await expect(page.locator('main, .story').first()).toBeVisible();
				if (path !== '/') await expect(page.locator('.story[data-hydrated]')).toBeAttached();
				// Let the highlight transition settle before colours are measured.
				await page.waitForTimeout(300);
				const { violations } = await new AxeBuilder({ page }).analyze();
				expect(
					violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
				).toEqual([]);
			});
		}
	});
}

for (const path of ['/', STORY, `${STORY}?item=trump-truth-social-post#p14`]) {
	test(`${path} has no horizontal overflow at 375 px`, async ({ page }) => {
		await page.setViewportSize({ width: 375, height: 740 });
		await page.goto(path);
		// Open the list of removed lines too: it shows raw clutter, long data URIs included.
		await page
			.locator('details')
			.evaluateAll((els) => els.forEach((el) => el.setAttribute('open', '')));
		const { scroll, client } = await page.evaluate(() => ({
			scroll: document.documentElement.scrollWidth,
			client: document.documentElement.clientWidth
		}));
		expect(scroll).toBeLessThanOrEqual(client);
		const wide = await page.evaluate(() =>
			[...document.querySelectorAll('body *')]
				.filter(
					(el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5
				)
				// A wide table inside its own horizontal scroller is fine: the page does not scroll.
				.filter((el) => {
					for (let a = el.parentElement; a && a !== document.body; a = a.parentElement)
						if (/auto|scroll|hidden|clip/.test(getComputedStyle(a).overflowX)) return false;
					return true;
				})
				.map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
				.slice(0, 5)
		);
		expect(wide).toEqual([]);
	});
}
