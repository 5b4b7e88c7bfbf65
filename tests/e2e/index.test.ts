/**
 * The index and the share cards, on the stories the site under test was
 * built from: newest first with previews, narrowed by country and outlet,
 * no client script, newer/older links between stories, and each story's
 * share image with its meta tags.
 */
import { expect, test } from '@playwright/test';
import { builtStories } from '../fixtures/storyFolders.ts';

const stories = builtStories()
	.map((s) => s.story)
	.sort((a, b) => b.published.localeCompare(a.published) || a.slug.localeCompare(b.slug));
/** Countries (alpha-2, lower case) of the actors that react in a story. */
const countriesOf = (s: (typeof stories)[number]) => {
	const reacting = new Set(s.reactions.map((r) => r.actor));
	return new Set(
		s.actors.filter((a) => reacting.has(a.id) && a.country).map((a) => a.country!.toLowerCase())
	);
};

test('the home page lists every story newest first, with counts and a timeline preview, and loads no script', async ({
	page
}) => {
	const scripts: string[] = [];
	page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
	await page.goto('/');
	const rows = page.locator('ol.stories > li');
	expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-slug')))).toEqual(
		stories.map((s) => s.slug)
	);
	for (const [i, s] of stories.entries()) {
		const row = rows.nth(i);
		await expect(row.getByRole('link', { name: s.title })).toHaveAttribute(
			'href',
			`/stories/${s.slug}`
		);
		await expect(row).toContainText(s.outlet);
		await expect(row.locator('time')).toHaveAttribute('datetime', s.published);
		await expect(row).toContainText(`${s.events.length} event`);
		await expect(row).toContainText(`${s.reactions.length} reaction`);
		expect(await row.locator('svg.preview .glyph').count()).toBeGreaterThan(0);
	}
	expect(scripts).toEqual([]);
	expect(await page.locator('script').count()).toBe(0);
});

test('country and outlet pages narrow the list to the stories that match', async ({ page }) => {
	await page.goto('/');
	const countryLinks = await page
		.locator('nav.facets a[href^="/countries/"]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
	const all = new Set(stories.flatMap((s) => [...countriesOf(s)]));
	// One page per country and per outlet: the time allowed grows with the stories.
	const outlets = new Set(stories.map((s) => s.outlet));
	test.setTimeout(30_000 + 3_000 * (all.size + outlets.size));
	expect(countryLinks.map((h) => h.split('/').pop()).sort()).toEqual([...all].sort());
	for (const href of countryLinks) {
		const cc = href.split('/').pop()!;
		await page.goto(href);
		const slugs = await page
			.locator('ol.stories > li')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-slug')));
		expect(slugs).toEqual(stories.filter((s) => countriesOf(s).has(cc)).map((s) => s.slug));
		const n = slugs.length;
		await expect(page.locator('nav.facets .showing')).toContainText(
			`${n} ${n === 1 ? 'story' : 'stories'} with reactions from`
		);
		await expect(page.locator(`nav.facets a[href="${href}"]`)).toHaveAttribute(
			'aria-current',
			'page'
		);
	}
	await page.goto('/');
	const outletLinks = await page
		.locator('nav.facets a[href^="/outlets/"]')
		.evaluateAll((els) =>
			els.map((e) => [e.getAttribute('href')!, e.firstChild!.textContent!.trim()])
		);
	expect(outletLinks).toHaveLength(new Set(stories.map((s) => s.outlet)).size);
	for (const [href, name] of outletLinks) {
		await page.goto(href!);
		const slugs = await page
			.locator('ol.stories > li')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-slug')));
		expect(slugs).toEqual(stories.filter((s) => s.outlet === name).map((s) => s.slug));
	}
});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('the index reads and its links lead to the stories', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('ol.stories > li')).toHaveCount(stories.length);
		await page.locator('ol.stories .title a').first().click();
		await expect(page).toHaveURL(new RegExp(`/stories/${stories[0]!.slug}$`));
	});
});

test('older and newer links walk through every story in index order', async ({ page }) => {
	await page.goto(`/stories/${stories[0]!.slug}`);
	await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
	for (const s of stories.slice(1)) {
		await page.locator('a[rel="next"]').click();
		await expect(page).toHaveURL(new RegExp(`/stories/${s.slug}$`));
		await expect(page.locator('a[rel="prev"]')).toBeVisible();
	}
	await expect(page.locator('a[rel="next"]')).toHaveCount(0);
});

for (const s of stories)
	test(`${s.slug}: share card meta tags and a 1200×630 PNG`, async ({ page, request }) => {
		await page.goto(`/stories/${s.slug}`);
		const meta = (attr: string, key: string) =>
			page.locator(`head meta[${attr}="${key}"]`).getAttribute('content');
		const image = (await meta('property', 'og:image'))!;
		expect(image).toMatch(new RegExp(`^https?://[^/]+/stories/${s.slug}/share\\.png$`));
		expect(await meta('property', 'og:image:width')).toBe('1200');
		expect(await meta('property', 'og:image:height')).toBe('630');
		expect(await meta('property', 'og:image:alt')).toContain(s.title);
		expect(await meta('property', 'og:title')).toBe(s.title);
		expect(await meta('name', 'twitter:card')).toBe('summary_large_image');
		expect(await meta('name', 'twitter:image')).toBe(image);
		const res = await request.get(new URL(image).pathname);
		expect(res.status()).toBe(200);
		expect(res.headers()['content-type']).toBe('image/png');
		const png = await res.body();
		expect(png.readUInt32BE(16)).toBe(1200);
		expect(png.readUInt32BE(20)).toBe(630);
	});
