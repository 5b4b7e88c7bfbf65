import { axeViolations } from './axeHelpers.ts';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { embedFrame, STORY } from './embedHelpers.ts';

test('the oEmbed discovery link resolves to JSON that embeds the chart', async ({
	page,
	request,
	baseURL
}) => {
	const html = await (await request.get(STORY)).text();
	const link = html.match(/<link[^>]+type="application\/json\+oembed"[^>]*>/)?.[0];
	expect(link).toBeTruthy();
	const href = link!.match(/href="([^"]+)"/)![1]!;
	const origin = new URL(href).origin;
	const res = await request.get(href.replace(origin, baseURL!));
	expect(res.status()).toBe(200);
	const o = await res.json();
	expect(o).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'newsline' });
	expect(o.title).toContain('Oval Office');
	expect(o.width).toBeGreaterThan(0);
	expect(o.height).toBeGreaterThan(0);
	const src = (o.html as string).match(/<iframe[^>]+src="([^"]+)"/)![1]!;
	expect(src.startsWith(`${origin}${STORY}/embed/`)).toBe(true);
	await page.goto(src.replace(origin, baseURL!));
	expect(await page.locator('[data-item-id]:visible').count()).toBeGreaterThan(0);
});

test('the Embed panel downloads the chart as SVG and PNG', async ({ page }) => {
	await page.goto(STORY);
	await page.locator('.story[data-hydrated]').waitFor();
	await page.getByText('Embed or download this chart').click();
	await embedFrame(page, 'iframe[data-embed-preview]');

	const [svgDl] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download SVG' }).click()
	]);
	expect(svgDl.suggestedFilename()).toBe('oval-office-clash-both.svg');
	const svg = readFileSync((await svgDl.path())!, 'utf8');
	expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
	expect(svg).toContain('Trump and Zelensky clash in the Oval Office');
	expect(svg).toContain('via newsline');
	// Title, credit, and the chart's own text or SVG.
	expect(svg.match(/<(text|svg)\b/g)!.length).toBeGreaterThan(3);

	const [pngDl] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download PNG' }).click()
	]);
	expect(pngDl.suggestedFilename()).toBe('oval-office-clash-both.png');
	const png = readFileSync((await pngDl.path())!);
	expect(png.subarray(1, 4).toString()).toBe('PNG');
	expect(png.readUInt32BE(16)).toBeGreaterThan(900);
	expect(png.readUInt32BE(20)).toBeGreaterThan(500);
});

test('embed options come from the URL and fall back on bad values', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(`${STORY}/embed/timeline`);
	const id = (await page.locator('[data-item-id]:visible').nth(2).getAttribute('data-item-id'))!;

	await page.goto(`${STORY}/embed/timeline?theme=dark&item=${id}&height=300`);
	await page.locator('[data-embed-root][data-hydrated]').waitFor();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.locator(`[data-item-id="${id}"]:visible`)).toHaveAttribute(
		'aria-current',
		'true'
	);
	expect(await page.locator('.area').evaluate((el) => el.getBoundingClientRect().height)).toBe(300);

	await page.goto(`${STORY}/embed/map?theme=purple&item=No%20Such&height=-4`);
	await page.locator('[data-embed-root][data-hydrated]').waitFor();
	await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
	await expect(page.locator('[aria-current="true"]')).toHaveCount(0);
	// No fixed height: the chart area sizes to its content.
	expect(await page.locator('.area').evaluate((el) => el.style.height)).toBe('');
	expect(errors).toEqual([]);
});

test('headers: embeds may be framed anywhere, other pages only by the site', async ({
	request
}) => {
	for (const view of ['timeline', 'map', 'both']) {
		const res = await request.get(`${STORY}/embed/${view}`);
		expect(res.headers()['content-security-policy']).toContain('frame-ancestors *');
	}
	for (const path of ['/', STORY, `${STORY}/oembed.json`, '/embed.js'])
		expect((await request.get(path)).headers()['content-security-policy']).toContain(
			"frame-ancestors 'self'"
		);
	const js = await request.get('/embed.js');
	expect(js.headers()['content-type']).toContain('javascript');
	expect(gzipSync(await js.body()).length).toBeLessThan(2048);
});

test('pages hydrate under the CSP without violations', async ({ page }) => {
	const violations: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
	});
	await page.goto(STORY);
	await page.locator('.story[data-hydrated]').waitFor();
	await page.goto(`${STORY}/embed/both`);
	await page.locator('[data-embed-root][data-hydrated]').waitFor();
	expect(violations).toEqual([]);
});

test.describe('embeds with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });
	test('render the marks, title and credit, linking to the top window', async ({ page }) => {
		for (const view of ['timeline', 'map', 'both']) {
			await page.goto(`${STORY}/embed/${view}`);
			await expect(page.locator('.title')).toContainText('Oval Office');
			await expect(page.locator('.credit')).toContainText(/Source: BBC News · via newsline/);
			const marks = page.locator('[data-item-id]:visible');
			expect(await marks.count()).toBeGreaterThan(0);
			await expect(marks.first()).toHaveAttribute('target', '_top');
			await expect(marks.first()).toHaveAttribute('href', new RegExp(`^${STORY}\\?item=`));
			await expect(page.locator('.masthead')).toHaveCount(0);
			if (view === 'timeline') continue;
			// Both of the map's views, and none of the controls that need a script.
			await expect(page.locator('.view.matrix')).toBeVisible();
			await expect(page.getByRole('button', { name: 'Matrix' })).toHaveCount(0);
			await expect(page.getByRole('checkbox')).toHaveCount(0);
			await expect(page.getByRole('combobox')).toHaveCount(0);
		}
	});
});

test('the embed and the Embed panel pass axe', async ({ page }) => {
	await page.goto(`${STORY}/embed/both`);
	await page.locator('[data-embed-root][data-hydrated]').waitFor();
	expect(await axeViolations(page)).toEqual([]);
	await page.goto(STORY);
	await page.locator('.story[data-hydrated]').waitFor();
	await page.getByText('Embed or download this chart').click();
	await embedFrame(page, 'iframe[data-embed-preview]');
	expect(await axeViolations(page, '.embed-panel')).toEqual([]);
});

test('the Embed panel copies the code for the chosen view and theme', async ({
	page,
	context,
	baseURL
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
	await page.goto(STORY);
	await page.locator('.story[data-hydrated]').waitFor();
	await page.getByText('Embed or download this chart').click();
	await page.getByRole('radio', { name: 'Timeline', exact: true }).check();
	await page.getByRole('radio', { name: 'dark' }).check();
	const code = page.getByLabel('Code to paste into your page');
	await expect(code).toHaveValue(/\/embed\/timeline\?theme=dark"/);
	await expect(page.locator('iframe[data-embed-preview]')).toHaveAttribute(
		'src',
		`${STORY}/embed/timeline?theme=dark`
	);
	await page.getByRole('button', { name: 'Copy code' }).click();
	await expect(page.getByRole('status')).toHaveText('Code copied.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
});
