/**
 * axe-core's full default rule set on every route of the site under test:
 * light and dark, 1280 and 375 px, with JavaScript on and, where the page
 * works without it, off. Stories and embeds come from the story folders the
 * build read; a country and an outlet page from the index's links.
 */
import { readFileSync } from 'node:fs';
import {
	expect,
	test,
	type Browser,
	type CDPSession,
	type BrowserContext,
	type Page
} from '@playwright/test';
import { EMBED_VIEWS } from '../../src/lib/embed/options.ts';
import { builtStories } from '../fixtures/storyFolders.ts';
import { axeViolations } from './axeHelpers.ts';

const WIDTHS = [1280, 375] as const;
const SCHEMES = ['light', 'dark'] as const;
const SEED = 'data/stories/oval-office-clash/article.txt';

type Ready = (page: Page) => Promise<unknown>;
const hydrated =
	(selector: string): Ready =>
	(page) =>
		page.locator(`${selector}[data-hydrated]`).waitFor({ state: 'attached' });

// Each test loads its page at two widths and runs axe four times.
test.describe.configure({ timeout: 240_000 });

const contexts = new Map<boolean, BrowserContext>();
async function context(browser: Browser, js: boolean): Promise<BrowserContext> {
	let c = contexts.get(js);
	if (!c) contexts.set(js, (c = await browser.newContext({ javaScriptEnabled: js })));
	return c;
}
test.afterAll(async () => {
	for (const c of contexts.values()) await c.close();
	contexts.clear();
});

const sessions = new WeakMap<Page, CDPSession>();
async function cdp(page: Page): Promise<CDPSession> {
	let s = sessions.get(page);
	if (!s) sessions.set(page, (s = await page.context().newCDPSession(page)));
	return s;
}

/**
 * Loads `path` once per width and runs axe in both colour schemes; `then`
 * may act on the page after it is ready (and is checked again afterwards).
 */
async function audit(
	browser: Browser,
	path: string,
	{ js, ready, then }: { js: boolean; ready?: Ready; then?: (page: Page) => Promise<void> }
): Promise<string[]> {
	const found: string[] = [];
	const page = await (await context(browser, js)).newPage();
	try {
		for (const width of WIDTHS) {
			await page.setViewportSize({ width, height: 900 });
			if (!js)
				await (await cdp(page)).send('Emulation.setScriptExecutionDisabled', { value: true });
			await page.emulateMedia({ colorScheme: 'light' });
			await page.goto(path);
			if (js && ready) await ready(page);
			// Without JavaScript the page loaded and parsed with its scripts off; axe itself
			// needs scripts, so they are switched on (for the frame as it is) only now.
			if (!js)
				await (await cdp(page)).send('Emulation.setScriptExecutionDisabled', { value: false });
			const steps: (string | ((page: Page) => Promise<void>))[] = ['loaded'];
			if (then) steps.push(then);
			for (const step of steps) {
				if (typeof step !== 'string') await step(page);
				const state = typeof step === 'string' ? step : 'after';
				for (const colorScheme of SCHEMES) {
					await page.emulateMedia({ colorScheme });
					for (const v of await axeViolations(page, undefined, { legacy: !js }))
						found.push(`${width} px ${colorScheme} ${state}: ${v}`);
				}
			}
		}
	} finally {
		await page.close();
	}
	return found;
}

/** The first country page and the first outlet page the index links to (each kind shares one template). */
async function facetPaths(page: Page): Promise<string[]> {
	const html = await (await page.request.get('/')).text();
	const first = (kind: string) => html.match(new RegExp(`href="(/${kind}/[^"?#]+)"`))?.[1] ?? '';
	const paths = [first('countries'), first('outlets')];
	expect(paths.every(Boolean), 'the index links to a country and an outlet').toBe(true);
	return paths;
}

// The index, country and outlet pages ship no JavaScript: one run covers both modes.
test('the index, a country and an outlet page', async ({ browser, page }) => {
	const found: string[] = [];
	for (const path of ['/', ...(await facetPaths(page))])
		for (const v of await audit(browser, path, { js: false })) found.push(`${path} ${v}`);
	expect(found).toEqual([]);
});

for (const js of [true, false]) {
	const mode = `JavaScript ${js ? 'on' : 'off'}`;

	for (const { story } of builtStories()) {
		const base = `/stories/${story.slug}`;
		test(`${base} (${mode})`, async ({ browser }) => {
			expect(await audit(browser, base, { js, ready: hydrated('.story') })).toEqual([]);
		});

		for (const view of EMBED_VIEWS)
			test(`${base}/embed/${view} (${mode})`, async ({ browser }) => {
				const path = `${base}/embed/${view}`;
				expect(await audit(browser, path, { js, ready: hydrated('[data-embed-root]') })).toEqual(
					[]
				);
			});

		if (js)
			test(`${base}/edit`, async ({ browser }) => {
				const path = `${base}/edit`;
				expect(await audit(browser, path, { js, ready: hydrated('main') })).toEqual([]);
			});
	}
}

test('/new, before and after a draft', async ({ browser }) => {
	const article = readFileSync(SEED, 'utf8');
	const found = await audit(browser, '/new', {
		js: true,
		ready: hydrated('main'),
		then: async (page) => {
			await page.getByLabel('Article text').fill(article);
			await page.getByLabel('Published', { exact: true }).fill('2025-02-28');
			await page.getByRole('button', { name: 'Draft story' }).click();
			await expect(page.getByTestId('draft-summary')).toBeVisible();
			await page
				.locator('section[aria-labelledby="reactions-h"] a.marker[data-item-id]')
				.first()
				.waitFor();
		}
	});
	expect(found).toEqual([]);
});
