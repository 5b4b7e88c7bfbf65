import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
	cpSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const PORT = Number(process.env.STUDIO_PORT ?? 4433);
const STUDIO = `http://127.0.0.1:${PORT}`;
let server: ChildProcess | undefined;
let data = '';

test.describe('npm run studio', () => {
	test.beforeAll(async () => {
		test.setTimeout(120_000);
		// A copy of the data folder: the real one is never written by a test.
		data = mkdtempSync(join(tmpdir(), 'newsline-studio-'));
		cpSync('data/stories', data, { recursive: true });
		server = spawn('npm', ['run', 'studio'], {
			env: { ...process.env, PORT: String(PORT), NEWSLINE_DATA: data, NEWSLINE_STORIES: data },
			stdio: 'ignore',
			detached: true
		});
		for (let i = 0; i < 200; i++) {
			try {
				if ((await fetch(`${STUDIO}/`)).ok) return;
			} catch {
				/* not up yet */
			}
			await new Promise((r) => setTimeout(r, 500));
		}
		throw new Error('studio did not start');
	});

	test.afterAll(() => {
		if (server?.pid) process.kill(-server.pid);
		if (data) rmSync(data, { recursive: true, force: true });
	});

	test('edits a story, saves it after validating, asks before overwriting a changed file', async ({
		page
	}) => {
		test.setTimeout(180_000);
		const file = join(data, 'oval-office-clash', 'story.json');
		await page.goto(`${STUDIO}/stories/oval-office-clash/edit`, { timeout: 90_000 });
		await page.locator('main[data-hydrated]').waitFor({ timeout: 90_000 });
		const id = JSON.parse(readFileSync(file, 'utf8')).reactions[0].id as string;
		await page.locator(`ol.items a[data-select="${id}"]`).click();
		const label = page.locator('section.edit').getByLabel('Label', { exact: true });
		await label.fill('Trump posts on Truth Social (edited in studio)');
		await label.press('Enter');
		await page.getByRole('button', { name: 'Save to data/stories/oval-office-clash' }).click();
		await expect(page.getByText(/^Saved .*story\.json\.$/)).toBeVisible();
		expect(JSON.parse(readFileSync(file, 'utf8')).reactions[0].label).toBe(
			'Trump posts on Truth Social (edited in studio)'
		);
		const validate = spawnSync('node_modules/.bin/tsx', ['scripts/validate.ts', '--data', data], {
			encoding: 'utf8'
		});
		expect(validate.stderr).toBe('');
		expect(validate.status).toBe(0);

		// Another hand changes the file: the next save asks, and "no" keeps the file.
		const other = readFileSync(file, 'utf8').replace('(edited in studio)', '(edited elsewhere)');
		writeFileSync(file, other);
		await label.fill('Third version');
		await label.press('Enter');
		page.once('dialog', (d) => {
			expect(d.message()).toContain('has changed since this editor loaded it');
			d.dismiss();
		});
		await page.getByRole('button', { name: 'Save to data/stories/oval-office-clash' }).click();
		await expect(page.getByText('Not saved: the file on disk was kept.')).toBeVisible();
		expect(readFileSync(file, 'utf8')).toBe(other);

		// The story page shows the saved change.
		await page.goto(`${STUDIO}/stories/oval-office-clash`, { timeout: 90_000 });
		await expect(page.locator('ol.items')).toContainText(
			'Trump posts on Truth Social (edited elsewhere)'
		);
	});

	test('a pasted article goes from draft to a published story without touching JSON', async ({
		page
	}) => {
		test.setTimeout(180_000);
		const article = readFileSync(
			'tests/eval/real/articles/09_scottishsun_matheson_roaming.txt',
			'utf8'
		);
		await page.goto(`${STUDIO}/new`, { timeout: 90_000 });
		await page.locator('main[data-hydrated]').waitFor({ timeout: 90_000 });
		await page.getByLabel('Article text').fill(article);
		await page.getByRole('button', { name: 'Draft story' }).click();
		await expect(page.getByTestId('editor-status')).toContainText('Valid story', {
			timeout: 60_000
		});
		const save = page.getByRole('button', { name: /^Save to data\/stories\// });
		const slug = (await save.textContent())!.replace('Save to data/stories/', '').trim();
		expect(slug).toMatch(/^[a-z0-9-]+$/);
		await save.click();
		await expect(page.getByText(/^Saved .*story\.json\.$/)).toBeVisible();
		expect(readFileSync(join(data, slug, 'article.txt'), 'utf8')).toBe(article);
		const validate = spawnSync('node_modules/.bin/tsx', ['scripts/validate.ts', '--data', data], {
			encoding: 'utf8'
		});
		expect(validate.stderr).toBe('');
		expect(validate.status).toBe(0);
		const title = JSON.parse(readFileSync(join(data, slug, 'story.json'), 'utf8')).title as string;
		await page.goto(`${STUDIO}/stories/${slug}`, { timeout: 90_000 });
		await expect(page.locator('h1')).toHaveText(title);
		await expect(page.locator('figure.timeline')).toBeVisible();
	});
});

test('the built site has no write endpoint', async ({ request }) => {
	const res = await request.post('/__studio/save', {
		data: { story: { slug: 'oval-office-clash' } }
	});
	expect(res.status()).toBe(404);
	// No file of the build is a server endpoint or mentions the studio's.
	const files: string[] = [];
	const walk = (d: string) =>
		readdirSync(d).forEach((f) =>
			statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : files.push(join(d, f))
		);
	walk('build');
	expect(files.length).toBeGreaterThan(10);
	expect(
		files.filter(
			(f) => /__studio|\.(c|m)?js$/.test(f) && !f.includes('/_app/') && !f.endsWith('embed.js')
		)
	).toEqual([]);
	expect(
		files.filter((f) => /\.js$/.test(f) && readFileSync(f, 'utf8').includes('saveStory'))
	).toEqual([]);
});
