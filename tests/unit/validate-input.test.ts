import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	linesOf,
	removeTempData,
	runValidate,
	seedArticle,
	seedStory,
	tempData,
	writeFolder,
	type Run
} from '../fixtures/stories.ts';

const storyText = (slug: string) => JSON.stringify({ ...seedStory(), slug }, null, 2);

/** Bad input of every kind, each in its own folder, with the exact line it must produce. */
const CASES: [name: string, spec: Parameters<typeof writeFolder>[2], expected: string[]][] = [
	[
		'no-article',
		{ article: null },
		['stories/no-article/article.txt: missing: every story needs the article it cites']
	],
	['no-story', { story: null }, ['stories/no-story/story.json: missing']],
	[
		'no-files',
		{ story: null, article: null },
		[
			'stories/no-files/article.txt: missing: every story needs the article it cites',
			'stories/no-files/story.json: missing'
		]
	],
	[
		'malformed-json',
		{ story: storyText('malformed-json').replace('"title"', '"title",') },
		[
			"stories/malformed-json/story.json: malformed JSON at line 3, column 10: expected ':' after a property name, found ','"
		]
	],
	[
		'truncated-json',
		{ story: storyText('truncated-json').slice(0, 100) },
		[
			'stories/truncated-json/story.json: malformed JSON at line 4, column 13: unexpected end of input'
		]
	],
	[
		'trailing-comma',
		{ story: storyText('trailing-comma').replace(/\n\}$/, ',\n}') },
		[
			expect.stringMatching(
				/^stories\/trailing-comma\/story\.json: malformed JSON at line \d+, column 1: trailing comma before '}'$/
			) as unknown as string
		]
	],
	['empty-article', { article: '' }, ['stories/empty-article/article.txt: article is empty']],
	[
		'blank-article',
		{ article: '\n  \n\t\n' },
		['stories/blank-article/article.txt: article is empty']
	],
	[
		'binary-article',
		{
			article: Buffer.from([
				0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48
			])
		},
		['stories/binary-article/article.txt: article is binary, not text (it contains NUL bytes)']
	],
	[
		'latin1-article',
		{ article: Buffer.from('Caf\xe9 society was shaken on Monday.\n', 'latin1') },
		['stories/latin1-article/article.txt: article is not valid UTF-8 text']
	],
	[
		'huge-article',
		{
			article: Buffer.concat(
				Array.from({ length: 5 * 1024 }, () =>
					Buffer.from(`${'A sentence of news. '.repeat(51)}\n`.slice(0, 1024))
				)
			)
		},
		[
			'stories/huge-article/article.txt: article is 5.2 MB; the limit is 1.0 MB (is this one article?)'
		]
	],
	[
		'clutter-only-article',
		{ article: 'We use cookies on this website. Accept all\n<img src="a.png">\nShare\n' },
		['stories/clutter-only-article/article.txt: no body paragraphs found']
	],
	[
		'not-an-object',
		{ story: '[]' },
		['stories/not-an-object/story.json: expected a story object, got an array']
	],
	[
		'missing-arrays',
		{
			story: JSON.stringify({
				...seedStory(),
				slug: 'missing-arrays',
				actors: undefined,
				events: undefined
			})
		},
		[
			'stories/missing-arrays/story.json: actors: is required',
			'stories/missing-arrays/story.json: events: is required'
		]
	]
];

let run: Run;
let seedText: Buffer;

afterAll(removeTempData);

beforeAll(() => {
	const { root, stories } = tempData();
	for (const [name, spec] of CASES) writeFolder(stories, name, spec);
	writeFolder(stories, 'article-is-a-folder', { article: null });
	mkdirSync(join(stories, 'article-is-a-folder', 'article.txt'));
	writeFolder(stories, 'story-is-a-folder', { story: null });
	mkdirSync(join(stories, 'story-is-a-folder', 'story.json'));
	seedText = seedArticle();
	run = runValidate(root);
}, 30_000);

describe('npm run validate on bad input', () => {
	it('exits 1 and prints no stack trace', () => {
		expect(run.status).toBe(1);
		expect(run.stderr).not.toMatch(/^\s+at |Error:|node:internal/m);
	});

	it.each(CASES)('reports %s clearly', (name, _spec, expected) => {
		expect(linesOf(run, name)).toEqual(expected);
	});

	it('reports a folder where a file should be, without a stack trace', () => {
		expect(linesOf(run, 'article-is-a-folder')).toEqual([
			'stories/article-is-a-folder/article.txt: not a file'
		]);
		expect(linesOf(run, 'story-is-a-folder')).toEqual([
			'stories/story-is-a-folder/story.json: not a file'
		]);
	});

	it('never echoes a whole file back', () => {
		for (const line of run.problems) expect(line.length).toBeLessThan(200);
		expect(run.stderr).not.toContain(seedText.toString('utf8', 0, 60));
	});
});

// Each test starts the validator as its own process: allow for a busy machine.
describe('validate as the first step of the build', { timeout: 30_000 }, () => {
	it('is the first step of npm run build, so an invalid story stops the build', () => {
		const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
		expect(pkg.scripts.build).toMatch(/^tsx scripts\/validate\.ts --quiet && /);
	});

	it('fails quietly but clearly on one invalid story among valid ones', () => {
		const { root, stories } = tempData();
		writeFolder(stories, 'good-one');
		writeFolder(stories, 'bad-one', {
			story: storyText('bad-one').replace('"paragraph": 14', '"paragraph": 40')
		});
		const r = runValidate(root, ['--quiet']);
		expect(r.status).toBe(1);
		expect(r.stdout).toBe('');
		expect(r.problems).toEqual([
			'stories/bad-one/story.json: reactions[0].sources[0].paragraph: paragraph 40 does not exist (the article has 21)'
		]);
	});

	it('passes, and says what it checked, on valid stories', () => {
		const { root, stories } = tempData();
		writeFolder(stories, 'good-one');
		writeFolder(stories, 'good-two');
		const r = runValidate(root);
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		expect(r.stdout.trim().split('\n')).toEqual([
			'ok  good-one: 21 paragraphs, 14 actors, 17 events, 13 reactions',
			'ok  good-two: 21 paragraphs, 14 actors, 17 events, 13 reactions'
		]);
		expect(runValidate(root, ['--quiet']).stdout).toBe('');
	});

	it('rejects a folder with no stories and a folder that does not exist', () => {
		const { root } = tempData();
		const empty = runValidate(root);
		expect(empty.status).toBe(1);
		expect(empty.stderr.trim()).toMatch(/^validate: no stories found in .*stories$/);
		const missing = runValidate(root, [], 'nowhere');
		expect(missing.status).toBe(1);
		expect(missing.stderr.trim().split('\n')[0]).toBe('nowhere: not a folder of stories');
	});
});
