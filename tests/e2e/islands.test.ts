/**
 * Story and embed pages are islands: prerendered without SvelteKit's client
 * router, their body hydrated in place by a script of its own.
 */
import { expect, test, type Page } from '@playwright/test';

const PAGES = [
	['story page', '/stories/oval-office-clash', 'story'],
	['timeline embed', '/stories/oval-office-clash/embed/timeline', 'embed-timeline'],
	['map embed', '/stories/oval-office-clash/embed/map', 'embed-map'],
	['both embed', '/stories/oval-office-clash/embed/both', 'embed-both']
] as const;

/**
 * Logs the page's scripts and console problems, and counts the removed
 * elements that match `removable` (a failed hydration clears the server's
 * markup and mounts afresh).
 */
async function watch(page: Page, removable: string) {
	const log = { scripts: [] as string[], errors: [] as string[] };
	page.on('request', (r) => {
		if (r.resourceType() === 'script') log.scripts.push(new URL(r.url()).pathname);
	});
	page.on('console', (m) => {
		if (m.type() === 'error' || m.type() === 'warning') log.errors.push(m.text());
	});
	page.on('pageerror', (e) => log.errors.push(e.message));
	await page.addInitScript((selector) => {
		const w = window as unknown as { removed: number };
		w.removed = 0;
		new MutationObserver((records) => {
			for (const r of records)
				for (const n of r.removedNodes)
					if (n instanceof Element && n.matches(selector)) w.removed++;
		}).observe(document, { subtree: true, childList: true });
	}, removable);
	return log;
}
const removed = (page: Page) =>
	page.evaluate(() => (window as unknown as { removed: number }).removed);

for (const [name, path, island] of PAGES)
	test(`the ${name} hydrates the server's DOM in place, without the client router`, async ({
		page
	}) => {
		const { scripts, errors } = await watch(page, 'main, [data-embed-root], .reading, .masthead');
		await page.goto(path);
		const root = page.locator(`[data-island="${island}"]`);
		await expect(root.locator('[data-hydrated]')).toBeAttached();
		await page.waitForLoadState('networkidle');
		expect(await removed(page)).toBe(0);
		expect(scripts.some((s) => s.includes('/islands/'))).toBe(true);
		expect(scripts.filter((s) => /\/entry\/(start|app)\./.test(s))).toEqual([]);
		expect(errors).toEqual([]);
	});

test.describe("the both embed's map hydrates on first use", () => {
	const BOTH = '/stories/oval-office-clash/embed/both';
	const PANEL_PARTS = '.panel, .bar, .legend, .views, button, select';

	test('it looks live before it is, loads its code when the pointer reaches it, and keeps its DOM', async ({
		page
	}) => {
		const log = await watch(page, PANEL_PARTS);
		await page.goto(BOTH);
		await page.locator('[data-embed-root][data-hydrated]').waitFor();
		await page.waitForLoadState('networkidle');
		const map = page.locator('[data-deferred-map]');
		await expect(map).not.toHaveAttribute('data-hydrated');
		const atLoad = log.scripts.length;
		// As the live panel first looks: the controls, and the map without the matrix.
		await expect(page.getByRole('button', { name: 'Matrix' })).toBeVisible();
		await expect(page.getByRole('combobox', { name: /Target/ })).toBeVisible();
		await expect(page.locator('.view.matrix')).toBeHidden();
		await map.hover();
		await expect(map).toHaveAttribute('data-hydrated');
		expect(log.scripts.length).toBeGreaterThan(atLoad);
		expect(await removed(page)).toBe(0);
		const critical = page.locator('[data-deferred-map] [data-stance="critical"]:visible');
		await expect(critical).not.toHaveCount(0);
		await page.getByRole('checkbox', { name: /critical/ }).uncheck();
		await expect(critical).toHaveCount(0);
		expect(log.errors).toEqual([]);
	});

	test('a click on a control before the map is live is kept and done once it is', async ({
		page
	}) => {
		const log = await watch(page, PANEL_PARTS);
		await page.goto(BOTH);
		await page.locator('[data-embed-root][data-hydrated]').waitFor();
		// Straight to the click, without the pointer passing over the map first.
		await page
			.getByRole('button', { name: 'Matrix' })
			.dispatchEvent('click', { bubbles: true, cancelable: true });
		await expect(page.locator('[data-deferred-map]')).toHaveAttribute('data-hydrated');
		await expect(page.getByRole('button', { name: 'Matrix' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await expect(page.locator('.view.matrix')).toBeVisible();
		expect(await removed(page)).toBe(0);
		expect(log.errors).toEqual([]);
	});

	test('an item selected by the URL wakes the map, which shows it selected', async ({ page }) => {
		const log = await watch(page, PANEL_PARTS);
		await page.goto(BOTH);
		await page.locator('[data-embed-root][data-hydrated]').waitFor();
		const id = await page
			.locator('[data-deferred-map] [data-item-id]')
			.first()
			.getAttribute('data-item-id');
		await page.goto(`${BOTH}?item=${id}`);
		await expect(page.locator('[data-deferred-map]')).toHaveAttribute('data-hydrated');
		await expect(
			page.locator(`[data-deferred-map] [data-item-id="${id}"][aria-current="true"]`).first()
		).toBeAttached();
		expect(log.errors).toEqual([]);
	});
});
