/**
 * What a reader does, checked on every story the site under test was built
 * from (`NEWSLINE_STORIES`: the published stories and, for `npm test`, the
 * fixture stories): no overlapping marks or labels in the timeline and the
 * map at phone to wide widths, with JavaScript on and off; a click selects
 * and shows the paragraph and survives a reload; the keyboard path; plain
 * links without JavaScript. A story is tested by being added to its folder.
 */
import { expect, test, type Page } from '@playwright/test';
import { storyItems } from '../../src/lib/story/items.ts';
import { builtStories } from '../fixtures/storyFolders.ts';
import { boxes, expectNoOverlaps } from './storyHelpers.ts';

const WIDTHS = [320, 375, 768, 1280, 1600];
const MARKS = '.timeline svg[data-layout] a[data-item-id]';
const PANEL = 'section[aria-labelledby="reactions-h"]';

async function open(page: Page, path: string) {
	await page.goto(path);
	await expect(page.locator('.story[data-hydrated]')).toBeAttached();
}

/** Rectangles of the map's visible markers and names, and its frame. */
async function mapBoxes(page: Page) {
	return page.locator(PANEL).evaluate((panel) => {
		const frame = panel.querySelector('.frame')?.getBoundingClientRect();
		const rects = [...panel.querySelectorAll('a.marker rect.hit, text.label, text.num')]
			.map((e) => e.getBoundingClientRect())
			.filter((r) => r.width > 0)
			.map((r) => [r.left, r.top, r.right, r.bottom] as const);
		return { frame: frame ? [frame.left, frame.top, frame.right, frame.bottom] : null, rects };
	});
}

for (const { story, paragraphs } of builtStories()) {
	const path = `/stories/${story.slug}`;
	const items = storyItems(story);

	test.describe(story.slug, () => {
		for (const js of [true, false])
			for (const width of WIDTHS)
				test(`nothing overlaps or goes missing at ${width} px (JavaScript ${js ? 'on' : 'off'})`, async ({
					browser
				}) => {
					const page = await browser.newPage({
						viewport: { width, height: 900 },
						javaScriptEnabled: js
					});
					await page.goto(path);
					if (js) await expect(page.locator('.story[data-hydrated]')).toBeAttached();
					const list = await boxes(page);
					expectNoOverlaps(list);
					// Every item is a mark or is counted in a dense stretch.
					const counted = await page
						.locator('.timeline svg .run[data-count]')
						.evaluateAll((runs) =>
							runs
								.filter((r) => (r as SVGGElement).getBoundingClientRect().width > 0)
								.reduce((n, r) => n + Number(r.getAttribute('data-count')), 0)
						);
					expect(new Set(list.map((b) => b.id)).size + counted).toBe(items.length);
					if (story.reactions.length) {
						const { frame, rects } = await mapBoxes(page);
						expect(rects.length).toBeGreaterThan(0);
						for (const [i, a] of rects.entries()) {
							expect(a[0]).toBeGreaterThanOrEqual(frame![0]! - 1);
							expect(a[2]).toBeLessThanOrEqual(frame![2]! + 1);
							for (const b of rects.slice(0, i))
								expect(
									a[2] <= b[0] + 0.5 ||
										b[2] <= a[0] + 0.5 ||
										a[3] <= b[1] + 0.5 ||
										b[3] <= a[1] + 0.5,
									`map boxes ${a} and ${b} overlap`
								).toBe(true);
						}
					}
					// The page itself never scrolls sideways.
					const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
					expect(scroll).toBeLessThanOrEqual(width);
					await page.close();
				});

		test('a click on a mark shows its paragraph; the URL keeps the selection', async ({ page }) => {
			await page.setViewportSize({ width: 1280, height: 900 });
			await open(page, path);
			const mark = page.locator(MARKS).filter({ visible: true }).first();
			const id = (await mark.getAttribute('data-item-id'))!;
			const n = items.find((i) => i.id === id)!.sources[0]!.paragraph;
			await mark.click();
			await expect(page).toHaveURL(new RegExp(`\\?item=${id}#p${n}$`));
			await expect(page.locator(`#p${n}`)).toHaveClass(/\blit\b/);
			await expect(page.locator(`#p${n}`)).toBeInViewport();
			await expect(page.locator(`${MARKS}[aria-current="true"]`)).toHaveAttribute(
				'data-item-id',
				id
			);
			await page.reload();
			await expect(page.locator('.story[data-hydrated]')).toBeAttached();
			await expect(page.locator(`${MARKS}[aria-current="true"]`)).toHaveAttribute(
				'data-item-id',
				id
			);
			await expect(page.locator(`#p${n}`)).toHaveClass(/\blit\b/);
		});

		if (story.reactions.length)
			test('a click on a map marker selects its reaction', async ({ page }) => {
				await open(page, path);
				const marker = page.locator(`${PANEL} a.marker`).first();
				if (!(await marker.count()))
					return expect(page.locator(`${PANEL} .unplaced`)).toBeVisible();
				const id = (await marker.getAttribute('data-item-id'))!;
				await marker.click();
				await expect(page).toHaveURL(new RegExp(`\\?item=${id}#p\\d+$`));
				await expect(marker).toHaveAttribute('aria-current', 'true');
			});

		test('keyboard: Tab enters the timeline, arrows move, Enter selects, Escape clears', async ({
			page
		}) => {
			await page.setViewportSize({ width: 1280, height: 900 });
			await open(page, path);
			const ids = await page
				.locator(MARKS)
				.evaluateAll((els) => els.map((e) => e.getAttribute('data-item-id')!));
			const focused = () =>
				page.evaluate(() => document.activeElement?.getAttribute('data-item-id'));
			await page.getByRole('button', { name: 'Zoom in' }).focus();
			await page.keyboard.press('Tab');
			expect(await focused()).toBe(ids[0]);
			await page.keyboard.press('ArrowRight');
			const second = ids[1] ?? ids[0]!;
			expect(await focused()).toBe(second);
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(new RegExp(`\\?item=${second}#p\\d+$`));
			await page.keyboard.press('Escape');
			await expect(page).not.toHaveURL(/item=/);
		});

		test.describe('with JavaScript off', () => {
			test.use({ javaScriptEnabled: false });

			test('the article, charts and item links work as plain HTML', async ({ page }) => {
				await page.goto(path);
				await expect(page.locator('[id^="p"].para')).toHaveCount(paragraphs.length);
				const hrefs = await page
					.locator('[data-item-id]')
					.evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
				expect(hrefs.length).toBeGreaterThanOrEqual(items.length);
				for (const href of new Set(hrefs)) {
					const m = href.match(/^\?item=[a-z0-9-]+#p(\d+)$/);
					expect(m, href).not.toBeNull();
					await expect(page.locator(`#p${m![1]}`)).toBeAttached();
				}
				const mark = page.locator(MARKS).filter({ visible: true }).first();
				const href = (await mark.getAttribute('href'))!;
				await mark.click();
				await expect(page).toHaveURL(new RegExp(`${href.replace('?', '\\?')}$`));
				await expect(page.locator(href.slice(href.indexOf('#')))).toBeInViewport();
			});
		});
	});
}
