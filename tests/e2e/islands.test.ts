/**
 * Story and embed pages are islands: prerendered without SvelteKit's client
 * router, their body hydrated in place by a script of its own.
 */
import { expect, test } from '@playwright/test';

const PAGES = [
	['story page', '/stories/oval-office-clash', 'story'],
	['timeline embed', '/stories/oval-office-clash/embed/timeline', 'embed-timeline'],
	['map embed', '/stories/oval-office-clash/embed/map', 'embed-map'],
	['both embed', '/stories/oval-office-clash/embed/both', 'embed-both']
] as const;

for (const [name, path, island] of PAGES)
	test(`the ${name} hydrates the server's DOM in place, without the client router`, async ({
		page
	}) => {
		const scripts: string[] = [];
		const errors: string[] = [];
		page.on('request', (r) => {
			if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
		});
		page.on('console', (m) => {
			if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
		});
		page.on('pageerror', (e) => errors.push(e.message));
		// Counts elements of the island removed from the page: a failed hydration
		// clears the server's markup and mounts afresh.
		await page.addInitScript(() => {
			const w = window as unknown as { removedBodies: number };
			w.removedBodies = 0;
			new MutationObserver((records) => {
				for (const r of records)
					for (const n of r.removedNodes)
						if (n instanceof Element && n.matches('main, [data-embed-root], .reading, .masthead'))
							w.removedBodies++;
			}).observe(document, { subtree: true, childList: true });
		});
		await page.goto(path);
		const root = page.locator(`[data-island="${island}"]`);
		await expect(root.locator('[data-hydrated]')).toBeAttached();
		await page.waitForLoadState('networkidle');
		expect(
			await page.evaluate(() => (window as unknown as { removedBodies: number }).removedBodies)
		).toBe(0);
		expect(scripts.some((s) => s.includes('/islands/'))).toBe(true);
		expect(scripts.filter((s) => /\/entry\/(start|app)\./.test(s))).toEqual([]);
		expect(errors).toEqual([]);
	});
