import { readFileSync } from 'node:fs';
import { axeViolations } from './axeHelpers.ts';
import { expect, test, type Page } from '@playwright/test';

const SEED = readFileSync('data/stories/oval-office-clash/article.txt', 'utf8');
const MARKERS = 'section[aria-labelledby="reactions-h"] a.marker[data-item-id]';
const FORM = 'section.edit';

// Each test drafts the seed in the browser first, which loads and runs the extraction code.
test.describe.configure({ timeout: 90_000 });

/** Opens /new on a clean browser and drafts the seed article into the editor. */
async function draftSeed(page: Page) {
	await page.goto('/new');
	await page.locator('main[data-hydrated]').waitFor();
	await page.getByLabel('Article text').fill(SEED);
	await page.getByLabel('Published', { exact: true }).fill('2025-02-28');
	await page.getByRole('button', { name: 'Draft story' }).click();
	// Drafting loads and runs the extraction code: allow for a busy machine.
	await expect(page.locator(MARKERS).first()).toBeVisible({ timeout: 30_000 });
	await expect(page.getByTestId('editor-status')).toContainText('Valid story');
}

/** Selects `words` in paragraph `n` of the article pane, as a reader's drag would. */
async function selectWords(page: Page, n: number, words: string) {
	await page.evaluate(
		({ n, words }) => {
			const p = document.querySelector(`#p${n} p:not(.cited)`)!;
			const at = p.textContent!.indexOf(words);
			if (at < 0) throw new Error(`"${words}" not in paragraph ${n}`);
			const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
			const range = document.createRange();
			let seen = 0;
			for (let t = walker.nextNode(); t; t = walker.nextNode()) {
				const len = t.textContent!.length;
				if (at >= seen && at < seen + len) range.setStart(t, at - seen);
				if (at + words.length > seen && at + words.length <= seen + len)
					range.setEnd(t, at + words.length - seen);
				seen += len;
			}
			const sel = document.getSelection()!;
			sel.removeAllRanges();
			sel.addRange(range);
		},
		{ n, words }
	);
}

test('a changed stance is kept in the browser across a reload; undo and redo', async ({ page }) => {
	await draftSeed(page);
	const marker = page.locator(MARKERS).first();
	const id = (await marker.getAttribute('data-item-id'))!;
	await marker.click();
	const stance = page.locator(FORM).getByLabel('Stance');
	const before = await stance.inputValue();
	const after = before === 'critical' ? 'supportive' : 'critical';
	await stance.selectOption(after);
	await expect(page.locator(`${MARKERS}[data-item-id="${id}"]`)).toHaveAttribute(
		'aria-label',
		new RegExp(after)
	);
	await expect(page.getByTestId('editor-status')).toContainText('Kept in this browser');
	// The matrix is drawn from the edited story too.
	await page.getByRole('button', { name: 'Matrix', exact: true }).click();
	await expect(
		page.locator(`section[aria-labelledby="reactions-h"] table [data-item-id="${id}"]`)
	).toHaveAttribute('data-stance', after);
	await page.getByRole('button', { name: 'Map', exact: true }).click();

	await page.reload();
	await page.locator('main[data-hydrated]').waitFor();
	await expect(
		page.getByRole('heading', { name: 'Drafts in progress in this browser' })
	).toBeVisible();
	await page.locator(`figure.timeline [data-item-id="${id}"]`).first().click();
	await expect(page.locator(FORM).getByLabel('Stance')).toHaveValue(after);

	// Undo and redo from the keyboard, outside any text field.
	await page.locator(FORM).getByLabel('Stance').selectOption(before);
	await page.locator('h1').click();
	await page.keyboard.press('Control+z');
	await expect(page.locator(FORM).getByLabel('Stance')).toHaveValue(after);
	await page.keyboard.press('Control+Shift+z');
	await expect(page.locator(FORM).getByLabel('Stance')).toHaveValue(before);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.locator(FORM).getByLabel('Stance')).toHaveValue(after);

	// Discarding removes the draft from the browser.
	await page.getByRole('button', { name: /^Discard/ }).click();
	await expect(page.locator(FORM)).toHaveCount(0);
	await page.reload();
	await page.locator('main[data-hydrated]').waitFor();
	await expect(
		page.getByRole('heading', { name: 'Drafts in progress in this browser' })
	).toHaveCount(0);
});

test('selected words become a reaction that validates, quotes them and is drawn', async ({
	page
}) => {
	await draftSeed(page);
	const n = Number(
		await page
			.locator('.para', { hasText: 'a lot of respect' })
			.first()
			.getAttribute('id')
			.then((x) => x!.slice(1))
	);
	await selectWords(page, n, 'a lot of respect');
	await expect(page.getByText(`Selected in paragraph ${n}:`)).toBeVisible();
	await page.getByRole('button', { name: 'Add reaction' }).click();
	const form = page.locator(FORM);
	await expect(form.getByLabel('Quote (verbatim)')).toHaveValue('a lot of respect');
	await expect(form.getByLabel('Paragraph')).toHaveValue(String(n));
	await expect(form.getByLabel('Actor', { exact: true })).toHaveValue('trump');
	await expect(page.getByTestId('editor-status')).toContainText('Valid story');
	const id = (await form.locator('[data-editing]').getAttribute('data-editing'))!;
	await expect(page.locator(`figure.timeline [data-item-id="${id}"]`).first()).toBeVisible();
	await expect(page.locator(`${MARKERS}[data-item-id="${id}"]`)).toHaveCount(1);

	// An invalid change shows the validator's message beside its field, and redraws nothing wrong.
	await form.getByLabel('Start', { exact: true }).fill('2025-02-30');
	await form.getByLabel('Start', { exact: true }).press('Enter');
	await expect(form.getByText('"2025-02-30" is not a calendar date')).toBeVisible();
	await expect(page.getByTestId('editor-status')).toContainText('1 problem');
	await page.keyboard.press('Control+z');
	await expect(page.getByTestId('editor-status')).toContainText('Valid story');

	// Re-pointing the quote to other words of the article.
	await selectWords(page, 1, 'make a deal with Russia');
	await form.getByRole('button', { name: 'Re-point to the selected words' }).click();
	await expect(form.getByLabel('Quote (verbatim)')).toHaveValue('make a deal with Russia');
	await expect(form.getByLabel('Paragraph')).toHaveValue('1');
	await expect(page.getByTestId('editor-status')).toContainText('Valid story');
});

test('two actors merge: their items follow and the story still validates', async ({ page }) => {
	await draftSeed(page);
	const heading = page.getByRole('heading', { name: /^Actors \(\d+\)$/ });
	const count = Number((await heading.textContent())!.match(/\d+/)![0]);
	const actors = page.locator('ul.actors > li');
	const first = actors.nth(0);
	const name = (await first.locator('.name').textContent())!;
	const intoName = (await actors.nth(1).locator('.name').textContent())!;
	await first.locator('summary').click();
	await first.getByLabel('Merge into').selectOption({ label: intoName });
	await first.getByRole('button', { name: 'Merge' }).click();
	await expect(heading).toHaveText(`Actors (${count - 1})`);
	await expect(page.locator('ul.actors .name', { hasText: new RegExp(`^${name}$`) })).toHaveCount(
		0
	);
	await expect(page.getByTestId('editor-status')).toContainText('Valid story');
	await page.keyboard.press('Control+z');
	await expect(heading).toHaveText(`Actors (${count})`);
});

test('keyboard only: open an item, change it, undo; axe clean light and dark', async ({ page }) => {
	test.setTimeout(240_000);
	await draftSeed(page);
	const link = page.locator('ol.items a[data-select]').first();
	await link.focus();
	await page.keyboard.press('Enter');
	// The form takes focus; Tab reaches its fields.
	await expect(page.locator(FORM)).toBeFocused();
	const label = page.locator(FORM).getByLabel('Label', { exact: true });
	const old = await label.inputValue();
	// The first fields are a review note's button (if any), then the label.
	for (let i = 0; i < 3 && !(await label.evaluate((el) => el === document.activeElement)); i++)
		await page.keyboard.press('Tab');
	await expect(label).toBeFocused();
	await page.keyboard.press('End');
	await page.keyboard.type(' (edited)');
	await page.keyboard.press('Enter');
	await expect(label).toHaveValue(`${old} (edited)`);
	await page.keyboard.press('Control+z');
	await expect(label).toHaveValue(old);

	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		expect((await axeViolations(page)).map((v) => `${colorScheme}: ${v}`)).toEqual([]);
	}
});

test('keyboard only: words picked in the text box become a reaction quoting them', async ({
	page
}) => {
	await draftSeed(page);
	const words = 'a lot of respect';
	const para = page.locator('.para', { hasText: words }).first();
	const n = Number((await para.getAttribute('id'))!.slice(1));
	const text = (await para.locator('p:not(.cited)').textContent())!;
	const picker = page.locator('details.picker');
	await picker.locator('summary').focus();
	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	const choose = picker.getByLabel('Paragraph');
	await expect(choose).toBeFocused();
	for (let i = 1; i < n; i++) await page.keyboard.press('ArrowDown');
	await expect(choose).toHaveValue(String(n));
	await page.keyboard.press('Tab');
	const box = picker.getByLabel('Its words');
	await expect(box).toBeFocused();
	// The box keeps the paragraph's characters: typing changes nothing.
	await page.keyboard.type('x');
	await expect(box).toHaveValue(text);
	await page.keyboard.press('Control+Home');
	for (let i = 0; i < text.indexOf(words); i++) await page.keyboard.press('ArrowRight');
	for (let i = 0; i < words.length; i++) await page.keyboard.press('Shift+ArrowRight');
	await expect(page.getByText(`Selected in paragraph ${n}:`)).toBeVisible();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Add reaction' })).toBeFocused();
	await page.keyboard.press('Enter');
	const form = page.locator(FORM);
	await expect(form).toBeFocused();
	await expect(form.getByLabel('Quote (verbatim)')).toHaveValue(words);
	await expect(form.getByLabel('Paragraph')).toHaveValue(String(n));
	await expect(page.getByTestId('editor-status')).toContainText('Valid story');
});
