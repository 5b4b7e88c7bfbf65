import { axeViolations } from './axeHelpers.ts';
import { expect, test } from '@playwright/test';
import { boxes, expectNoOverlaps } from './storyHelpers.ts';

const STORY = '/stories/oval-office-clash';
const MARKS = '.timeline svg[data-layout] a[data-item-id]';

for (const js of [true, false])
	for (const width of [320, 768, 1280])
		test(`no marks or labels overlap at ${width} px (JavaScript ${js ? 'on' : 'off'})`, async ({
			browser
		}) => {
			const page = await browser.newPage({
				viewport: { width, height: 900 },
				javaScriptEnabled: js
			});
			await page.goto(STORY);
			if (js) await expect(page.locator('.story[data-hydrated]')).toBeAttached();
			const list = await boxes(page);
			expect(new Set(list.map((b) => b.id)).size).toBe(30);
			expectNoOverlaps(list);
			await page.close();
		});

for (const width of [375, 768, 1280])
	test(`every mark's own link is on top at its centre at ${width} px`, async ({ browser }) => {
		const page = await browser.newPage({ viewport: { width, height: 900 } });
		await page.goto(STORY);
		await expect(page.locator('.story[data-hydrated]')).toBeAttached();
		const covered = await page.locator(MARKS).evaluateAll((links) =>
			links.flatMap((a) => {
				a.scrollIntoView({ block: 'center' });
				const r = a.getBoundingClientRect();
				const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
				const id = a.getAttribute('data-item-id')!;
				return hit?.closest('a[data-item-id]') === a ? [] : [id];
			})
		);
		expect(covered).toEqual([]);
		await page.close();
	});

test('clicking a mark selects it: paragraph highlighted and in view, URL updated and reloadable', async ({
	page
}) => {
	await page.goto(STORY);
	await expect(page.locator('.story[data-hydrated]')).toBeAttached();
	const mark = page.locator(`${MARKS}[data-item-id="macron-criticises-russia"]`);
	await mark.click();
	await expect(page).toHaveURL(/\?item=macron-criticises-russia#p\d+$/);
	const n = new URL(page.url()).hash.slice(2);
	await expect(page.locator(`#p${n}`)).toBeInViewport();
	await expect(mark).toHaveAttribute('aria-current', 'true');
	await expect(page.locator(`${MARKS}[aria-current="true"]`)).toHaveCount(1);
	await page.reload();
	await expect(page.locator('.story[data-hydrated]')).toBeAttached();
	await expect(page.locator(`${MARKS}[aria-current="true"]`)).toHaveAttribute(
		'data-item-id',
		'macron-criticises-russia'
	);
});

test('keyboard: Tab enters, arrows move in time order, Enter selects, Escape clears; focus shows a card', async ({
	page
}) => {
	await page.goto(STORY);
	await expect(page.locator('.story[data-hydrated]')).toBeAttached();
	const ids = await page
		.locator(MARKS)
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-item-id')));
	await expect(page.locator(`${MARKS}[tabindex="0"]`)).toHaveCount(1);
	const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-item-id'));
	await page.getByRole('button', { name: 'Zoom in' }).focus();
	await page.keyboard.press('Tab');
	expect(await focused()).toBe(ids[0]);
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	expect(await focused()).toBe('full-scale-invasion');
	await expect(page.locator('#timeline-card')).toContainText('Paragraph');
	await expect(page.locator('#timeline-card')).toContainText('24 Feb 2022');
	await page.keyboard.press('ArrowLeft');
	expect(await focused()).toBe('us-support-during-war');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\?item=us-support-during-war#p\d+$/);
	await page.keyboard.press('Escape');
	await expect(page).not.toHaveURL(/item=/);
	expect(ids).toContain('oval-office-meeting');
});

test('zoom buttons and keys change the ticks from years towards the sequence of the day', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto(STORY);
	await expect(page.locator('.story[data-hydrated]')).toBeAttached();
	const labels = () => page.locator('.timeline .tick text').allTextContents();
	expect(await labels()).toContain('2019');
	const zoomIn = page.getByRole('button', { name: 'Zoom in' });
	for (let i = 0; i < 3; i++) await zoomIn.click();
	const zoomed = await labels();
	expect(zoomed.some((l) => /^#\d+$/.test(l))).toBe(true);
	expect(zoomed).not.toContain('2019');
	await page.locator(MARKS).first().focus();
	await page.keyboard.press('-');
	await page.keyboard.press('-');
	await page.keyboard.press('-');
	expect(await labels()).toContain('2019');
	await page.getByRole('button', { name: 'Zoom in' }).click();
	const before = await page.locator('.timeline .tick text').first().boundingBox();
	const svg = page.locator('.timeline svg[data-layout]');
	const box = (await svg.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + 40);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width / 2 + 200, box.y + 40, { steps: 5 });
	await page.mouse.up();
	const after = await page.locator('.timeline .tick text').first().boundingBox();
	expect(after?.x).not.toBe(before?.x);
});

test('the table view lists every item', async ({ page }) => {
	await page.goto(STORY);
	await page.getByText('Show as table').click();
	await expect(page.locator('.timeline table tbody tr')).toHaveCount(30);
});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });
	test('the timeline is in the HTML and its marks are plain links to paragraphs', async ({
		page
	}) => {
		await page.goto(STORY);
		const marks = page.locator(MARKS).filter({ visible: true });
		await expect(marks).toHaveCount(30);
		await marks.first().click();
		await expect(page).toHaveURL(/\?item=ceasefire-2019#p10$/);
	});
});

for (const scheme of ['light', 'dark'] as const)
	test.describe(`${scheme} theme`, () => {
		test.use({ colorScheme: scheme });
		test('no axe violations in the timeline', async ({ page }) => {
			await page.goto(STORY);
			await expect(page.locator('.story[data-hydrated]')).toBeAttached();
			await page.locator(MARKS).first().focus();
			expect(await axeViolations(page, '.timeline')).toEqual([]);
		});
	});

test('a paragraph’s “cited by” link selects the mark; hovering a mark shows its card', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto(STORY);
	await expect(page.locator('.story[data-hydrated]')).toBeAttached();
	await page
		.locator('#p10')
		.getByRole('link', { name: /invasion/ })
		.click();
	await expect(page).toHaveURL(/\?item=full-scale-invasion#p10$/);
	await expect(page.locator(`${MARKS}[aria-current="true"]`)).toHaveAttribute(
		'data-item-id',
		'full-scale-invasion'
	);
	await page.locator(`${MARKS}[data-item-id="tusk-supports-ukraine"]`).hover();
	const card = page.locator('#timeline-card');
	await expect(card).toBeVisible();
	await expect(card).toContainText('Tusk');
	await expect(card).toContainText('supportive of');
	await expect(card).toContainText('28 Feb 2025');
	await expect(card).toContainText(/Paragraph \d+/);
	await page.mouse.move(5, 5);
	await expect(card).toBeHidden();
});

test('wheel and two-finger pinch zoom the timeline; hydration logs no errors', async ({ page }) => {
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto(STORY);
	await expect(page.locator('.story[data-hydrated]')).toBeAttached();
	const zoomOut = page.getByRole('button', { name: 'Zoom out' });
	await expect(zoomOut).toBeDisabled();
	const box = (await page.locator('.timeline svg[data-layout]').boundingBox())!;
	await page.mouse.move(box.x + box.width * 0.7, box.y + 60);
	await page.mouse.wheel(0, -400);
	await expect(zoomOut).toBeEnabled();
	await page.getByRole('button', { name: 'Reset' }).click();
	await expect(zoomOut).toBeDisabled();
	await page.locator('.timeline .box').evaluate((el, b) => {
		const at = (id: number, x: number, type: string) =>
			new PointerEvent(type, {
				pointerId: id,
				pointerType: 'touch',
				clientX: x,
				clientY: b.y + 60,
				button: 0,
				bubbles: true
			});
		const mid = b.x + b.width / 2;
		el.dispatchEvent(at(1, mid - 20, 'pointerdown'));
		el.dispatchEvent(at(2, mid + 20, 'pointerdown'));
		for (let d = 30; d <= 200; d += 10) {
			window.dispatchEvent(at(1, mid - d, 'pointermove'));
			window.dispatchEvent(at(2, mid + d, 'pointermove'));
		}
		window.dispatchEvent(at(1, mid - 200, 'pointerup'));
		window.dispatchEvent(at(2, mid + 200, 'pointerup'));
	}, box);
	await expect(zoomOut).toBeEnabled();
	expect(errors).toEqual([]);
});

test('zoomed in, arrow keys pan the view to reach the next marks in time order', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto(STORY);
	await expect(page.locator('.story[data-hydrated]')).toBeAttached();
	const order = await page
		.locator('.list [data-item-id]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-item-id')!));
	const start = order.indexOf('oval-office-meeting');
	await page.locator(`${MARKS}[data-item-id="oval-office-meeting"]`).focus();
	for (let i = 0; i < 4; i++) await page.keyboard.press('+');
	const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-item-id'));
	expect(await focused()).toBe('oval-office-meeting');
	const visible = await page.locator(MARKS).count();
	expect(visible).toBeLessThan(order.length);
	for (let i = 1; i <= 12; i++) {
		await page.keyboard.press('ArrowRight');
		await expect.poll(focused).toBe(order[start + i]);
	}
});

test('on a phone the timeline is rows in time order and the wheel scrolls the page', async ({
	page
}) => {
	await page.setViewportSize({ width: 375, height: 700 });
	await page.goto(STORY);
	await expect(page.locator('.story[data-hydrated]')).toBeAttached();
	await expect(page.locator('.timeline svg[data-layout="vertical"]')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Zoom in' })).toHaveCount(0);
	const ys = await page
		.locator(MARKS)
		.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
	for (let i = 1; i < ys.length; i++) expect(ys[i]).toBeGreaterThan(ys[i - 1]!);
	const box = (await page.locator('.timeline svg[data-layout]').boundingBox())!;
	await page.mouse.move(box.x + 100, box.y + 100);
	await page.mouse.wheel(0, 300);
	await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
	const down = await page.evaluate(() => window.scrollY);
	await page.mouse.wheel(0, -200);
	await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(down - 100);
});

test('selecting an item elsewhere brings its mark into a zoomed view', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto(STORY);
	await expect(page.locator('.story[data-hydrated]')).toBeAttached();
	const mark = page.locator(`${MARKS}[data-item-id="ceasefire-2019"]`);
	await page.locator(`${MARKS}[data-item-id="republicans-support-trump"]`).focus();
	for (let i = 0; i < 4; i++) await page.keyboard.press('+');
	await expect(mark).toHaveCount(0);
	await page.locator('.list [data-item-id="ceasefire-2019"]').click();
	await expect(mark).toHaveAttribute('aria-current', 'true');
});
