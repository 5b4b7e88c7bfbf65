import { expect, test, type Frame, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { HOST_PORT, hostPage, startHostServer, type HostServer } from './hostServer.ts';

const STORY = '/stories/oval-office-clash';
const HOST = `http://127.0.0.1:${HOST_PORT}`;
let host: HostServer;

test.beforeAll(async () => {
	host = await startHostServer();
});
test.afterAll(async () => {
	await host.close();
});

/** The snippet the Embed panel offers for a view, pointed at the test server. */
async function snippetFor(page: Page, baseURL: string, view: string): Promise<string> {
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

async function embedFrame(page: Page, selector = 'iframe[data-newsline]'): Promise<Frame> {
	const handle = await page.locator(selector).elementHandle();
	const frame = (await handle!.contentFrame())!;
	await frame.locator('[data-embed-root][data-hydrated]').waitFor();
	return frame;
}

/** |iframe height − embed content height|, in px. */
async function misfit(page: Page, frame: Frame): Promise<number> {
	const outer = await page
		.locator('iframe[data-newsline]')
		.evaluate((el) => el.getBoundingClientRect().height);
	const inner = await frame.evaluate(
		() => document.querySelector('[data-embed-root]')!.getBoundingClientRect().height
	);
	return Math.abs(outer - inner);
}

for (const view of ['timeline', 'map', 'both']) {
	test(`a page on another origin embeds the ${view} with the snippet, sized to fit`, async ({
		page,
		baseURL
	}) => {
		host.page(`/${view}`, hostPage(await snippetFor(page, baseURL!, view)));
		await page.goto(`${HOST}/${view}`);
		const frame = await embedFrame(page);
		await expect.poll(() => misfit(page, frame)).toBeLessThanOrEqual(3);
		const iframe = page.locator('iframe[data-newsline]');
		// The inline style wins over the host's iframe rules.
		expect(await iframe.evaluate((el) => el.getBoundingClientRect().width)).toBe(800);
		await expect(page.locator('[data-newsline-fallback]')).toBeHidden();
		expect(await frame.locator('[data-item-id]').count()).toBeGreaterThan(20);

		const before = await iframe.evaluate((el) => el.getBoundingClientRect().height);
		await page.locator('#col').evaluate((el) => (el.style.width = '340px'));
		await expect
			.poll(() => iframe.evaluate((el) => el.getBoundingClientRect().height))
			.toBeGreaterThan(before + 50);
		await expect.poll(() => misfit(page, frame)).toBeLessThanOrEqual(3);
	});
}

test('clicking a mark opens the story page at its paragraph in the top window', async ({
	page,
	baseURL
}) => {
	host.page('/click', hostPage(await snippetFor(page, baseURL!, 'timeline')));
	await page.goto(`${HOST}/click`);
	const frame = await embedFrame(page);
	const mark = frame.locator('[data-item-id]').nth(3);
	const id = (await mark.getAttribute('data-item-id'))!;
	await expect(mark).toHaveAttribute('target', '_top');
	await expect(mark).toHaveAttribute('rel', /noopener/);
	await mark.click();
	await page.waitForURL(new RegExp(`^${baseURL}${STORY}\\?item=${id}#p\\d+$`));
	const n = new URL(page.url()).hash.slice(1);
	await expect(page.locator(`#${n}`)).toBeAttached();
	await expect(page.locator(`[data-item-id="${id}"][aria-current="true"]`).first()).toBeVisible();
});

test('where the host sandbox forbids top navigation, a mark opens the story in a new tab', async ({
	page,
	baseURL
}) => {
	const snippet = (await snippetFor(page, baseURL!, 'map')).replace(
		'<iframe ',
		'<iframe sandbox="allow-scripts allow-same-origin allow-popups" '
	);
	host.page('/sandboxed', hostPage(snippet));
	await page.goto(`${HOST}/sandboxed`);
	const frame = await embedFrame(page);
	const mark = frame.locator('[data-item-id]').nth(20);
	const id = (await mark.getAttribute('data-item-id'))!;
	const [popup] = await Promise.all([page.waitForEvent('popup'), mark.click()]);
	await popup.waitForURL(new RegExp(`^${baseURL}${STORY}\\?item=${id}#p\\d+$`));
	expect(page.url()).toBe(`${HOST}/sandboxed`);
	expect(await popup.evaluate(() => window.opener)).toBeNull();
});

test('the host selects by message and hears the selection back', async ({ page, baseURL }) => {
	host.page('/select', hostPage(await snippetFor(page, baseURL!, 'both')));
	await page.goto(`${HOST}/select`);
	const frame = await embedFrame(page);
	const id = (await frame.locator('[data-item-id]').nth(5).getAttribute('data-item-id'))!;
	await page.evaluate((id) => {
		const w = window as unknown as { newsline: { select: (f: Element, id: string) => void } };
		w.newsline.select(document.querySelector('iframe[data-newsline]')!, id);
	}, id);
	await expect(frame.locator(`[data-item-id="${id}"]`)).toHaveAttribute('aria-current', 'true');
	await expect(frame.locator('[aria-current="true"]')).toHaveCount(1);
	await expect
		.poll(() => page.evaluate(() => (window as never as { selectedLog: string[] }).selectedLog))
		.toContain(id);
});

test('messages from other windows, other origins or with bad payloads are ignored', async ({
	page,
	baseURL
}) => {
	const snippet = await snippetFor(page, baseURL!, 'timeline');
	// A second, unmarked frame of the same embed at another width: its reports must not count.
	const other = `<iframe id="other" style="width:200px;height:100px" src="${baseURL}${STORY}/embed/timeline"></iframe>`;
	host.page('/bad', hostPage(snippet + other));
	host.page(
		'/foreign',
		`<!doctype html><title>foreign</title><script>
		parent.postMessage({ type: 'newsline:height', height: 4321 }, '*');
		parent.postMessage({ type: 'newsline:selected', id: 'foreign' }, '*');
		document.title = 'posted';</script>`
	);
	await page.goto(`${HOST}/bad`);
	const frame = await embedFrame(page);
	await embedFrame(page, '#other');
	await expect.poll(() => misfit(page, frame)).toBeLessThanOrEqual(3);
	const iframe = page.locator('iframe[data-newsline]');
	const height = await iframe.evaluate((el) => el.getBoundingClientRect().height);

	// Bad payloads from the right frame, then a good message as a marker.
	await page.evaluate(() => ((window as never as { selectedLog: string[] }).selectedLog = []));
	await frame.evaluate(() => {
		for (const bad of [
			{ type: 'newsline:height', height: '4000' },
			{ type: 'newsline:height', height: -1 },
			{ type: 'newsline:height', height: null },
			{ type: 'newsline:heights', height: 4000 },
			'newsline:height 4000',
			{ type: 'newsline:selected', id: '<img src=x>' }
		])
			parent.postMessage(bad, '*');
		parent.postMessage({ type: 'newsline:selected', id: 'marker' }, '*');
	});
	await expect
		.poll(() => page.evaluate(() => (window as never as { selectedLog: string[] }).selectedLog))
		.toEqual(['marker']);
	expect(await iframe.evaluate((el) => el.getBoundingClientRect().height)).toBe(height);

	// The embed ignores select messages not from its parent, and malformed ones.
	const id = (await frame.locator('[data-item-id]').first().getAttribute('data-item-id'))!;
	await frame.evaluate((id) => window.postMessage({ type: 'newsline:select', id }, '*'), id);
	await page.evaluate(() =>
		document
			.querySelector<HTMLIFrameElement>('iframe[data-newsline]')!
			.contentWindow!.postMessage({ type: 'newsline:select', id: 42 }, '*')
	);
	await page.evaluate(() =>
		document
			.querySelector<HTMLIFrameElement>('iframe[data-newsline]')!
			.contentWindow!.postMessage({ type: 'newsline:ping' }, '*')
	);
	await expect
		.poll(() => page.evaluate(() => (window as never as { selectedLog: string[] }).selectedLog))
		.toEqual(['marker', null]);
	await expect(frame.locator('[aria-current="true"]')).toHaveCount(0);

	// The same iframe, now showing a page of another origin: its messages are ignored.
	await frame.evaluate((url) => (location.href = url), `${HOST}/foreign`);
	await expect.poll(() => page.frames().some((f) => f.url() === `${HOST}/foreign`)).toBe(true);
	const foreign = page.frames().find((f) => f.url() === `${HOST}/foreign`)!;
	await expect.poll(() => foreign.title()).toBe('posted');
	await page.waitForTimeout(300);
	expect(await iframe.evaluate((el) => el.getBoundingClientRect().height)).toBe(height);
	expect(
		await page.evaluate(() => (window as never as { selectedLog: string[] }).selectedLog)
	).toEqual(['marker', null]);
});

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
	expect(await page.locator('[data-item-id]').count()).toBeGreaterThan(20);
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
	expect(svg.match(/<text/g)!.length).toBeGreaterThan(20);

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
	const id = (await page.locator('[data-item-id]').nth(2).getAttribute('data-item-id'))!;

	await page.goto(`${STORY}/embed/timeline?theme=dark&item=${id}&height=300`);
	await page.locator('[data-embed-root][data-hydrated]').waitFor();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.locator(`[data-item-id="${id}"]`)).toHaveAttribute('aria-current', 'true');
	expect(await page.locator('.area').evaluate((el) => el.getBoundingClientRect().height)).toBe(300);

	await page.goto(`${STORY}/embed/map?theme=purple&item=No%20Such&height=-4`);
	await page.locator('[data-embed-root][data-hydrated]').waitFor();
	await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
	await expect(page.locator('[aria-current="true"]')).toHaveCount(0);
	expect(
		await page.locator('.area').evaluate((el) => el.getBoundingClientRect().height)
	).toBeGreaterThan(600);
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
			const marks = page.locator('[data-item-id]');
			expect(await marks.count()).toBeGreaterThan(20);
			await expect(marks.first()).toHaveAttribute('target', '_top');
			await expect(marks.first()).toHaveAttribute('href', new RegExp(`^${STORY}\\?item=`));
			await expect(page.locator('.masthead')).toHaveCount(0);
		}
	});
});

test('the embed and the Embed panel pass axe', async ({ page }) => {
	await page.goto(`${STORY}/embed/both`);
	await page.locator('[data-embed-root][data-hydrated]').waitFor();
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
	await page.goto(STORY);
	await page.locator('.story[data-hydrated]').waitFor();
	await page.getByText('Embed or download this chart').click();
	await embedFrame(page, 'iframe[data-embed-preview]');
	const panel = await new AxeBuilder({ page }).include('.embed-panel').analyze();
	expect(panel.violations).toEqual([]);
});
