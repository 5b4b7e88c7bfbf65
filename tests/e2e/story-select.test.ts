import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { Story } from '../../src/lib/story/schema.ts';

const STORY = '/stories/oval-office-clash';
const seed: Story = JSON.parse(readFileSync('data/stories/oval-office-clash/story.json', 'utf8'));
// A reaction with quotes in one paragraph, and an event from another paragraph.
const reaction = seed.reactions.find((r) => r.sources.length > 1)!;
const event = seed.events.find((e) => e.sources[0]!.paragraph !== reaction.sources[0]!.paragraph)!;

async function open(page: Page, path = STORY) {
	await page.goto(path);
	await expect(page.locator('.story[data-hydrated]')).toBeAttached();
}

/** Asserts that `item` is the selection: URL, highlighted paragraph, marked quotes, current link. */
async function expectSelected(
	page: Page,
	item: { id: string; sources: Story['events'][number]['sources'] }
) {
	const n = item.sources[0]!.paragraph;
	await expect(page).toHaveURL(new RegExp(`\\?item=${item.id}#p${n}$`));
	const paras = [...new Set(item.sources.map((s) => s.paragraph))];
	await expect(page.locator('.para.lit')).toHaveCount(paras.length);
	for (const p of paras) await expect(page.locator(`#p${p}`)).toHaveClass(/\blit\b/);
	const marks = await page.locator('.para mark').allTextContents();
	for (const s of item.sources) expect(marks.join('\n')).toContain(s.quote);
	// The list marks its entry for sight and screen readers; aria-current belongs to chart marks.
	await expect(page.locator(`.items [data-item-id="${item.id}"]`)).toHaveAttribute(
		'data-current',
		''
	);
	await expect(page.locator('.items [data-current]')).toHaveCount(1);
	await expect(page.locator('.items [aria-current]')).toHaveCount(0);
	await expect(page.locator('.cited [aria-current]')).toHaveCount(0);
	await expect(page.locator(`#p${n}`)).toBeInViewport();
}

async function expectNothingSelected(page: Page) {
	await expect(page).not.toHaveURL(/[?&]item=/);
	await expect(page.locator('.para mark')).toHaveCount(0);
	await expect(page.locator('[aria-current="true"]')).toHaveCount(0);
}

test('clicking an item in the list selects it, reload keeps it, Escape clears it', async ({
	page
}) => {
	await open(page);
	await expectNothingSelected(page);
	await page.locator(`.items [data-item-id="${reaction.id}"]`).click();
	await expectSelected(page, reaction);

	await page.reload();
	await expect(page.locator('.story[data-hydrated]')).toBeAttached();
	await expectSelected(page, reaction);

	await page.keyboard.press('Escape');
	await expectNothingSelected(page);
	await expect(page.locator('.para.lit')).toHaveCount(0);
});

test('selecting another item moves the highlight; Back returns to the first', async ({ page }) => {
	await open(page);
	await page.locator(`.items [data-item-id="${reaction.id}"]`).click();
	await expectSelected(page, reaction);
	await page.locator(`.items [data-item-id="${event.id}"]`).click();
	await expectSelected(page, event);
	await page.goBack();
	await expectSelected(page, reaction);
});

test('Enter on a focused item selects it', async ({ page }) => {
	await open(page);
	await page.locator(`.items [data-item-id="${event.id}"]`).focus();
	await page.keyboard.press('Enter');
	await expectSelected(page, event);
});

test("a paragraph's cited-by link selects its item", async ({ page }) => {
	await open(page);
	const n = reaction.sources[0]!.paragraph;
	const link = page.locator(`#p${n} .cited a[data-select="${reaction.id}"]`);
	await expect(link).toHaveAttribute('href', `?item=${reaction.id}#p${n}`);
	await link.click();
	await expectSelected(page, reaction);
	await expect(link).toHaveAttribute('data-current', '');
});

test('on a wide screen the list scrolls its selected item into view', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await open(page);
	const last = seed.reactions.at(-1)!;
	const n = last.sources[0]!.paragraph;
	const entry = page.locator(`.items [data-item-id="${last.id}"]`);
	await expect(entry).not.toBeInViewport();
	await page.locator(`#p${n} .cited a[data-select="${last.id}"]`).click();
	await expectSelected(page, last);
	await expect(entry).toBeInViewport();
});

test('a shared ?item= link opens with that item selected', async ({ page }) => {
	const n = event.sources[0]!.paragraph;
	await open(page, `${STORY}?item=${event.id}#p${n}`);
	await expectSelected(page, event);
});

test('an unknown ?item= selects nothing and breaks nothing', async ({ page }) => {
	await open(page, `${STORY}?item=no-such-item#p3`);
	await expect(page.locator('.para mark')).toHaveCount(0);
	await expect(page.locator('#p3')).toHaveClass(/\blit\b/);
	await expect(page.locator('.para.lit')).toHaveCount(1);
});

test('story.json serves the validated story with its 21 paragraphs', async ({ request }) => {
	const res = await request.get(`${STORY}/story.json`);
	expect(res.status()).toBe(200);
	expect(res.headers()['content-type']).toMatch(/application\/json/);
	const body = await res.json();
	expect(body.slug).toBe('oval-office-clash');
	expect(body.paragraphs).toHaveLength(21);
	expect(body.paragraphs.map((p: { n: number }) => p.n)).toEqual(
		Array.from({ length: 21 }, (_, i) => i + 1)
	);
	expect(body.events).toHaveLength(seed.events.length);
	expect(body.reactions).toHaveLength(seed.reactions.length);
	for (const item of [...body.events, ...body.reactions])
		for (const s of item.sources) expect(body.paragraphs[s.paragraph - 1].text).toContain(s.quote);
});

test('hostile ?item= and hash values stay inert', async ({ page }) => {
	let dialogs = 0;
	page.on('dialog', (d) => {
		dialogs++;
		void d.dismiss();
	});
	const hostile = '<img src=x onerror=alert(1)>';
	await open(page, `${STORY}?item=${encodeURIComponent(hostile)}#p1${encodeURIComponent(hostile)}`);
	await page.keyboard.press('Escape');
	expect(dialogs).toBe(0);
	await expect(page.locator('img')).toHaveCount(0);
	await expect(page.locator('.para mark')).toHaveCount(0);
});
