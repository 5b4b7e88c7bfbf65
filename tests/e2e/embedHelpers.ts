/** Helpers for the embedding tests: the panel's snippet, embed frames, fit. */
import { expect, type Frame, type Page } from '@playwright/test';

/** The seed story's page. */
export const STORY = '/stories/oval-office-clash';

/** The snippet the Embed panel offers for a view, pointed at the test server. */
export async function snippetFor(page: Page, baseURL: string, view: string): Promise<string> {
	await page.goto(STORY);
	await page.locator('.story[data-hydrated]').waitFor();
	await page.getByText('Embed or download this chart').click();
	await page.locator(`input[name="embed-view"][value="${view}"]`).check();
	const code = page.getByLabel('Code to paste into your page');
	await expect(code).toHaveValue(new RegExp(`/embed/${view}"`));
	const snippet = await code.inputValue();
	const built = snippet.match(/src="(https?:\/\/[^/"]+)\/embed\.js"/)![1]!;
	return snippet.replaceAll(built, baseURL);
}

export async function embedFrame(page: Page, selector = 'iframe[data-newsline]'): Promise<Frame> {
	const handle = await page.locator(selector).elementHandle();
	const frame = (await handle!.contentFrame())!;
	await frame.locator('[data-embed-root][data-hydrated]').waitFor();
	return frame;
}

/** |iframe height − embed content height|, in px. */
export async function misfit(page: Page, frame: Frame): Promise<number> {
	const outer = await page
		.locator('iframe[data-newsline]')
		.evaluate((el) => el.getBoundingClientRect().height);
	const inner = await frame.evaluate(
		() => document.querySelector('[data-embed-root]')!.getBoundingClientRect().height
	);
	return Math.abs(outer - inner);
}
