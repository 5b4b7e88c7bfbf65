import { expect, test } from '@playwright/test';
import { embedFrame, misfit, snippetFor, STORY } from './embedHelpers.ts';
import { HOST_PORT, hostPage, startHostServer, type HostServer } from './hostServer.ts';

const HOST = `http://127.0.0.1:${HOST_PORT}`;
let host: HostServer;

test.beforeAll(async () => {
	host = await startHostServer();
});
test.afterAll(async () => {
	await host.close();
});

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
		expect(await frame.locator('[data-item-id]:visible').count()).toBeGreaterThan(0);

		// Narrower host column: the embed reflows and the iframe follows.
		const wide = await frame.evaluate(
			() => document.querySelector('[data-embed-root]')!.clientWidth
		);
		await page.locator('#col').evaluate((el) => (el.style.width = '340px'));
		await expect
			.poll(() => frame.evaluate(() => document.querySelector('[data-embed-root]')!.clientWidth))
			.toBeLessThan(wide);
		await expect.poll(() => misfit(page, frame)).toBeLessThanOrEqual(3);

		// Content that grows: the iframe grows with it.
		const before = await iframe.evaluate((el) => el.getBoundingClientRect().height);
		await frame.evaluate(() => {
			const spacer = document.createElement('div');
			spacer.style.height = '200px';
			document.querySelector('[data-embed-root]')!.append(spacer);
		});
		await expect
			.poll(() => iframe.evaluate((el) => el.getBoundingClientRect().height))
			.toBeCloseTo(before + 200, -1);
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
	const mark = frame.locator('[data-item-id]:visible').nth(3);
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
	const mark = frame.locator('[data-item-id]:visible').last();
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
	const id = (await frame.locator('[data-item-id]:visible').nth(5).getAttribute('data-item-id'))!;
	await page.evaluate((id) => {
		const w = window as unknown as { newsline: { select: (f: Element, id: string) => void } };
		w.newsline.select(document.querySelector('iframe[data-newsline]')!, id);
	}, id);
	await expect(frame.locator(`[data-item-id="${id}"]:visible`)).toHaveAttribute(
		'aria-current',
		'true'
	);
	await expect(frame.locator(`[aria-current="true"]:not([data-item-id="${id}"])`)).toHaveCount(0);
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
	const id = (await frame.locator('[data-item-id]:visible').first().getAttribute('data-item-id'))!;
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
