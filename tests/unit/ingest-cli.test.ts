import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'newsline-ingest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ingest = (...args: string[]) =>
	spawnSync('node_modules/.bin/tsx', ['scripts/ingest.ts', ...args, '--out', join(dir, 'out')], {
		encoding: 'utf8',
		timeout: 60_000
	});
const file = (name: string, content: string | Buffer) => {
	const f = join(dir, name);
	writeFileSync(f, content);
	return f;
};

describe('npm run ingest', () => {
	it('writes article.txt byte for byte and a draft story.json', () => {
		const r = ingest(
			'data/stories/oval-office-clash/article.txt',
			'--published',
			'2025-02-28',
			'--slug',
			'seed'
		);
		expect(r.status, r.stderr).toBe(0);
		expect(r.stdout).toMatch(
			/21 paragraphs kept, 4 lines removed \(consent-banner 1, image 2, masthead 1\)/
		);
		expect(r.stdout).toMatch(/\d+ events, \d+ actors, \d+ reactions/);
		const out = join(dir, 'out', 'seed');
		expect(
			readFileSync(join(out, 'article.txt')).equals(
				readFileSync('data/stories/oval-office-clash/article.txt')
			)
		).toBe(true);
		expect(JSON.parse(readFileSync(join(out, 'story.json'), 'utf8')).draft).toBe(true);
	}, 30_000);

	it('never overwrites a curated story.json: the draft goes beside it', () => {
		const out = join(dir, 'out', 'curated');
		cpSync('data/stories/oval-office-clash', out, { recursive: true });
		const before = readFileSync(join(out, 'story.json'), 'utf8');
		const r = ingest(join(out, 'article.txt'), '--published', '2025-02-28', '--slug', 'curated');
		expect(r.status, r.stderr).toBe(0);
		expect(readFileSync(join(out, 'story.json'), 'utf8')).toBe(before);
		expect(existsSync(join(out, 'story.draft.json'))).toBe(true);
	}, 30_000);

	it('stops on bad input with a clear message per file, no stack trace, and drafts the good one', () => {
		const bad: [string, RegExp][] = [
			[file('empty.txt', ''), /empty/],
			[file('bin.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2])), /binary/],
			[file('big.txt', 'word '.repeat(1_000_000)), /MB/],
			[file('chrome.txt', 'Menu\nShare\nAdvertisement\n'), /no body paragraphs/],
			[
				file('nodate.txt', 'The council met on Monday and agreed the budget.\n'),
				/no publication date/
			],
			[
				file(
					'fr.txt',
					'published: 2024-01-01\n---\nLe gouvernement a annoncé mardi une réforme des retraites.\n'
				),
				/English/
			]
		];
		const good = file(
			'good.txt',
			'title: Council agrees budget\npublished: 2024-03-05\n---\nThe council agreed the budget on Monday, the mayor said.\n'
		);
		const r = ingest(good, ...bad.map(([f]) => f));
		expect(r.status).toBe(1);
		for (const [f, message] of bad) {
			const line = r.stderr.split('\n').find((l) => l.includes(f));
			expect(line, f).toMatch(/^FAIL /);
			expect(line, f).toMatch(message);
		}
		expect(r.stderr).not.toMatch(/\n\s+at /);
		expect(r.stdout).toMatch(/1 drafted, 6 failed/);
		expect(existsSync(join(dir, 'out', 'council-agrees-budget', 'story.json'))).toBe(true);
	}, 60_000);

	it('stops on a single bad file with exit code 1', () => {
		const r = ingest(file('empty2.txt', ''));
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/FAIL .*article is empty/);
	}, 30_000);
});
