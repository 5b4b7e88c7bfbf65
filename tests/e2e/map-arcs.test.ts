import { expect, test, type Page } from '@playwright/test';

const STORY = '/stories/oval-office-clash';
const PANEL = 'section[aria-labelledby="reactions-h"]';

async function hydrated(page: Page, url = STORY) {
	await page.goto(url);
	await expect(page.locator('[data-hydrated]')).toBeAttached();
	await expect(page.getByRole('button', { name: 'Matrix' })).toBeVisible();
}

/** Each drawn arc's id and its start and end on screen, px. */
function arcEnds(page: Page) {
	return page.locator(`${PANEL} .over path.curve[data-select]`).evaluateAll((els) =>
		els.map((e) => {
			const path = e as SVGPathElement;
			const m = path.getScreenCTM()!;
			const at = (l: number) => {
				const p = path.getPointAtLength(l);
				return [p.x * m.a + p.y * m.c + m.e, p.x * m.b + p.y * m.d + m.f];
			};
			return { id: path.dataset.select!, from: at(0), to: at(path.getTotalLength()) };
		})
	);
}

for (const width of [375, 768, 1280])
	test(`at ${width} px every arc leaves its own marker's row`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		await hydrated(page);
		const ends = await arcEnds(page);
		expect(ends).toHaveLength(13);
		for (const { id, from } of ends) {
			const box = (await page
				.locator(`${PANEL} a.marker[data-item-id="${id}"] rect.hit`)
				.boundingBox())!;
			const cx = box.x + box.width / 2;
			const cy = box.y + box.height / 2;
			// Beside the row at its height, or just above or below the marker.
			const beside = Math.abs(from[1]! - cy) < 1;
			const over = Math.abs(from[0]! - cx) < 1;
			expect(beside || over, `${id} starts at ${from}, marker at ${cx},${cy}`).toBe(true);
			expect(Math.hypot(from[0]! - cx, from[1]! - cy), id).toBeLessThan(260);
		}
	});

test('an arc to an actor who reacts too ends at that actor’s row', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await hydrated(page);
	const ends = await arcEnds(page);
	const arc = ends.find((e) => e.id === 'russia-praises-trump-restraint')!;
	const trump = (await page
		.locator(`${PANEL} a.marker[data-item-id="trump-truth-social-post"] rect.hit`)
		.boundingBox())!;
	// The line stops just short of its arrowhead, beside Trump's row.
	expect(Math.abs(arc.to[1]! - (trump.y + trump.height / 2))).toBeLessThan(4);
	expect(arc.to[0]! - trump.x).toBeGreaterThan(0);
});

test('selecting a reaction brings its arc forward and mutes the others', async ({ page }) => {
	await hydrated(page);
	const arcs = page.locator(`${PANEL} .over .arcs .arc`);
	const opacities = () =>
		arcs.evaluateAll((els) =>
			els.map((e) => [e.querySelector('path')!.dataset.select, Number(getComputedStyle(e).opacity)])
		);
	for (const [, o] of await opacities()) expect(o).toBeGreaterThan(0.5);
	await page.locator(`${PANEL} a.marker[data-item-id="tusk-supports-ukraine"]`).click();
	await expect(page).toHaveURL(/\?item=tusk-supports-ukraine#p20$/);
	await expect(async () => {
		for (const [id, o] of await opacities())
			if (id === 'tusk-supports-ukraine') expect(o).toBe(1);
			else expect(o).toBeLessThan(0.3);
	}).toPass();
	// The selected arc is drawn again over the plates.
	await expect(page.locator(`${PANEL} .top .arc.on path.curve`)).toHaveCount(1);
});

for (const width of [320, 375])
	test(`at ${width} px the map fits the places, numbers its rows and keys them below`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height: 900 });
		await hydrated(page);
		const frame = (await page.locator(`${PANEL} .frame`).boundingBox())!;
		expect(frame.height / frame.width).toBeGreaterThan(0.5);
		const anchors = await page
			.locator(`${PANEL} circle.anchor:visible`)
			.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()));
		expect(anchors.length).toBeGreaterThanOrEqual(6);
		for (const a of anchors) {
			expect(a.left).toBeGreaterThanOrEqual(frame.x);
			expect(a.right).toBeLessThanOrEqual(frame.x + frame.width);
			expect(a.top).toBeGreaterThanOrEqual(frame.y);
			expect(a.bottom).toBeLessThanOrEqual(frame.y + frame.height);
		}
		const key = page.locator(`${PANEL} ol.key li`);
		await expect(key).toHaveCount(9);
		await expect(key.first()).toBeVisible();
		await expect(key.filter({ hasText: 'Donald Tusk' })).toContainText('Poland');
		const numbers = await page
			.locator(`${PANEL} text.num`)
			.evaluateAll((els) => els.map((e) => e.textContent).sort());
		const keyed = (await key.locator('.n').allTextContents()).sort();
		expect(numbers).toEqual(keyed);
		// The number on Tusk's row is the one the key gives him.
		const n = await key.filter({ hasText: 'Donald Tusk' }).locator('.n').textContent();
		const marker = (await page
			.locator(`${PANEL} a.marker[data-item-id="tusk-supports-ukraine"]`)
			.boundingBox())!;
		const label = (await page
			.locator(`${PANEL} text.num`, { hasText: new RegExp(`^${n}$`) })
			.boundingBox())!;
		expect(Math.abs(label.y + label.height / 2 - (marker.y + marker.height / 2))).toBeLessThan(3);
		expect(label.x).toBeLessThan(marker.x);
	});

test('wide maps name their rows and show no key', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await hydrated(page);
	await expect(page.locator(`${PANEL} ol.key`)).toBeHidden();
	await expect(page.locator(`${PANEL} text.label`).first()).toBeVisible();
});
