import { axeViolations } from './axeHelpers.ts';
import { expect, test, type Page } from '@playwright/test';

const STORY = '/stories/oval-office-clash';
const PANEL = 'section[aria-labelledby="reactions-h"]';
const MARKERS = `${PANEL} a.marker`;
const ORDER = ['supportive', 'critical', 'mixed', 'neutral'];

async function hydrated(page: Page, url = STORY) {
	await page.goto(url);
	await expect(page.locator('[data-hydrated]')).toBeAttached();
	await expect(page.getByRole('button', { name: 'Matrix' })).toBeVisible();
}

test('clicking a marker selects its reaction: paragraph lit and in view, URL, list in sync', async ({
	page
}) => {
	await hydrated(page);
	await expect(page.locator(MARKERS)).toHaveCount(13);
	const marker = page.locator(`${MARKERS}[data-item-id="tusk-supports-ukraine"]`);
	await expect(marker).toHaveAttribute('aria-label', 'Donald Tusk, Poland: supportive of Ukraine');
	await expect(marker).toHaveAttribute('data-stance', 'supportive');
	await marker.click();
	await expect(page).toHaveURL(/\?item=tusk-supports-ukraine#p20$/);
	await expect(page.locator('#p20')).toHaveClass(/\blit\b/);
	await expect(page.locator('#p20')).toBeInViewport();
	await expect(page.locator('#p20 mark')).toContainText('You are not alone');
	await expect(marker).toHaveAttribute('aria-current', 'true');
	// Every element marked current is a mark of the same reaction (map, matrix); the list follows.
	const current = await page
		.locator('[aria-current="true"]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-item-id')));
	expect(current.length).toBeGreaterThanOrEqual(2);
	expect(new Set(current)).toEqual(new Set(['tusk-supports-ukraine']));
	await expect(page.locator('.items [data-item-id="tusk-supports-ukraine"]')).toHaveAttribute(
		'data-current',
		''
	);
	await expect(page.locator(`${PANEL} a.cell[aria-current="true"]`)).toHaveCount(1);

	// The URL is reloadable: the same selection comes back.
	await page.reload();
	await expect(page.locator('[data-hydrated]')).toBeAttached();
	await expect(marker).toHaveAttribute('aria-current', 'true');
	await expect(page.locator('#p20')).toHaveClass(/\blit\b/);
	await expect(page.locator(`${MARKERS}[aria-current="true"]`)).toHaveCount(1);
});

test('clicking an arc selects its reaction', async ({ page }) => {
	await hydrated(page);
	const arc = page.locator(`${PANEL} path.curve[data-select="russia-praises-trump-restraint"]`);
	await arc.dispatchEvent('click', { button: 0 });
	await expect(page).toHaveURL(/\?item=russia-praises-trump-restraint#p18$/);
	await expect(page.locator('#p18')).toHaveClass(/\blit\b/);
});

test('keyboard: Tab walks the markers by stance then name, focus shows the card, Enter selects', async ({
	page
}) => {
	await hydrated(page);
	const first = page.locator(MARKERS).first();
	await first.focus();
	const seen: { id: string; stance: string; name: string }[] = [];
	for (let i = 0; i < 13; i++) {
		seen.push(
			await page.evaluate(() => {
				const a = document.activeElement!;
				return {
					id: a.getAttribute('data-item-id') ?? '',
					stance: a.getAttribute('data-stance') ?? '',
					name: a.getAttribute('aria-label') ?? ''
				};
			})
		);
		if (i < 12) await page.keyboard.press('Tab');
	}
	expect(new Set(seen.map((s) => s.id)).size).toBe(13);
	const ranks = seen.map((s) => ORDER.indexOf(s.stance));
	expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
	for (const stance of ORDER) {
		const names = seen.filter((s) => s.stance === stance).map((s) => s.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
	}
	const last = seen[12]!;
	const card = page.locator(`${PANEL} .card`);
	const actor = last.name.split(',')[0]!;
	await expect(card).toContainText(actor);
	await expect(card).toContainText(/Paragraph \d+/);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`\\?item=${last.id}#p\\d+$`));
	await expect(page.locator(`${MARKERS}[data-item-id="${last.id}"]`)).toHaveAttribute(
		'aria-current',
		'true'
	);
	await page.keyboard.press('Escape');
	await expect(page.locator(`${MARKERS}[aria-current]`)).toHaveCount(0);
});

for (const width of [375, 1280])
	test(`hovering or focusing a country lists its actors (${width} px)`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		await hydrated(page);
		// Narrow and wide frames each draw their own outlines; only one set is shown.
		await expect(page.locator(`${PANEL} path.country:visible`)).toHaveCount(5);
		const us = page.locator(`${PANEL} path.country[aria-label^="United States"]:visible`);
		await us.focus();
		const card = page.locator(`${PANEL} .card`);
		await expect(card).toContainText('United States');
		await expect(card).toContainText('Democrats in Congress');
		await expect(card).toContainText('Republican lawmakers');
		await page
			.locator(`${PANEL} path.country[aria-label^="Poland"]:visible`)
			.hover({ force: true });
		await expect(card).toContainText('Donald Tusk');
	});

test('filters by stance and by target', async ({ page }) => {
	await hydrated(page);
	await page.getByRole('checkbox', { name: /critical/ }).uncheck();
	await expect(page.locator(MARKERS)).toHaveCount(8);
	await expect(page.locator(`${MARKERS}[data-stance="critical"]`)).toHaveCount(0);
	await page.getByRole('checkbox', { name: /critical/ }).check();
	await page.getByRole('combobox', { name: /Target/ }).selectOption({ label: 'Donald Trump' });
	await expect(page.locator(MARKERS)).toHaveCount(4);
	await page.getByRole('button', { name: 'Matrix' }).click();
	await expect(page.locator(`${PANEL} a.cell:visible`)).toHaveCount(4);
});

test('the matrix shows every reaction with the same links, and a cell selects', async ({
	page
}) => {
	await hydrated(page);
	await page.getByRole('button', { name: 'Matrix' }).click();
	await expect(page.locator(MARKERS).first()).toBeHidden();
	const cells = page.locator(`${PANEL} a.cell`);
	await expect(cells).toHaveCount(13);
	const mapHrefs = await page
		.locator(MARKERS)
		.evaluateAll((els) => els.map((e) => e.getAttribute('href')).sort());
	const cellHrefs = await cells.evaluateAll((els) => els.map((e) => e.getAttribute('href')).sort());
	expect(cellHrefs).toEqual(mapHrefs);
	await cells
		.filter({ has: page.locator('svg') })
		.first()
		.waitFor();
	const cell = page.locator(`${PANEL} a.cell[data-item-id="macron-criticises-russia"]`);
	await expect(cell).toHaveAttribute('aria-label', 'Emmanuel Macron, France: critical of Russia');
	await cell.click();
	await expect(page).toHaveURL(/\?item=macron-criticises-russia#p19$/);
	await expect(cell).toHaveAttribute('aria-current', 'true');
	await expect(page.locator('#p19')).toBeInViewport();
});

for (const [width, named] of [
	[320, false],
	[768, true],
	[1280, true]
] as const)
	test(`no two markers or names overlap at ${width} px`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		await hydrated(page);
		const frame = (await page.locator(`${PANEL} .frame`).boundingBox())!;
		const rects = (selector: string) =>
			page.locator(selector).evaluateAll((els) =>
				els
					.map((e) => e.getBoundingClientRect())
					.filter((r) => r.width > 0)
					.map((r) => [r.left, r.top, r.right, r.bottom])
			);
		const marks = await rects(`${MARKERS} rect.hit`);
		const names = await rects(`${PANEL} text.label`);
		const numbers = await rects(`${PANEL} text.num`);
		expect(marks).toHaveLength(13);
		// Rows name their actors where the map is wide enough, and number them elsewhere.
		expect(names).toHaveLength(named ? 9 : 0);
		expect(numbers).toHaveLength(named ? 0 : 9);
		const boxes = [...marks, ...names, ...numbers];
		for (const [i, a] of boxes.entries()) {
			expect(a[0]).toBeGreaterThanOrEqual(frame.x - 1);
			expect(a[2]).toBeLessThanOrEqual(frame.x + frame.width + 1);
			expect(a[1]).toBeGreaterThanOrEqual(frame.y - 1);
			expect(a[3]).toBeLessThanOrEqual(frame.y + frame.height + 1);
			for (const b of boxes.slice(0, i)) {
				const apart =
					a[2]! <= b[0]! + 0.5 ||
					b[2]! <= a[0]! + 0.5 ||
					a[3]! <= b[1]! + 0.5 ||
					b[3]! <= a[1]! + 0.5;
				expect(apart, `${a} × ${b}`).toBe(true);
			}
		}
		for (const m of marks) expect(m[2]! - m[0]!).toBeGreaterThanOrEqual(23);
	});

for (const colorScheme of ['light', 'dark'] as const)
	test(`axe finds no violations in the map and matrix (${colorScheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await hydrated(page, `${STORY}?item=tusk-supports-ukraine#p20`);
		expect(await axeViolations(page, PANEL)).toEqual([]);
		await page.getByRole('button', { name: 'Matrix' }).click();
		expect(await axeViolations(page, PANEL)).toEqual([]);
	});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('the map and matrix are prerendered, markers are plain links to paragraphs', async ({
		page
	}) => {
		await page.goto(STORY);
		await expect(page.locator(`${PANEL} path.land:visible`)).toHaveAttribute('d', /^m\d/);
		await expect(page.locator(`${PANEL} path.country:visible`)).toHaveCount(5);
		await expect(page.locator(MARKERS)).toHaveCount(13);
		await expect(page.locator(`${PANEL} a.cell`)).toHaveCount(13);
		await expect(page.locator(`${PANEL} a.cell`).first()).toBeVisible();
		for (const href of await page
			.locator(MARKERS)
			.evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''))) {
			const m = href.match(/^\?item=[a-z0-9-]+#p(\d+)$/);
			expect(m, href).not.toBeNull();
			await expect(page.locator(`#p${m![1]}`)).toBeAttached();
		}
		await page.locator(`${MARKERS}[data-item-id="tusk-supports-ukraine"]`).click();
		await expect(page).toHaveURL(/\?item=tusk-supports-ukraine#p20$/);
		await expect(page.locator('#p20')).toBeInViewport();
	});
});

test('the browser loads no TopoJSON or d3-geo', async ({ page }) => {
	const urls: string[] = [];
	page.on('request', (r) => urls.push(r.url()));
	await hydrated(page);
	expect(urls.filter((u) => /topojson|world-atlas|countries-\d+m|d3-geo/.test(u))).toEqual([]);
	const sources = await Promise.all(
		urls.filter((u) => u.endsWith('.js')).map((u) => page.request.get(u).then((r) => r.text()))
	);
	for (const src of sources) {
		expect(src).not.toMatch(/geoEqualEarth|equalEarthRaw|"Topology"|arcs\.length/);
	}
});
