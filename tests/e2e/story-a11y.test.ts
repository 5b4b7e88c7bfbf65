/** The home and story pages fit a phone's width (axe checks are in axe.test.ts). */
import { expect, test } from '@playwright/test';

const STORY = '/stories/oval-office-clash';

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
