/**
 * Reads story folders (`<dir>/<slug>/article.txt` and `story.json`),
 * segments each article and validates each story against it. Used by the
 * build and by `npm run validate`; problems are returned, never thrown.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { delimiter, join, relative, resolve } from 'node:path';
import { readArticleBytes } from '../article/input.ts';
import { segmentArticle, type Paragraph, type RemovedLine } from '../article/segment.ts';
import { parseJson, type Problem } from '../story/problems.ts';
import type { Story } from '../story/schema.ts';
import { validateStory } from '../story/validate.ts';

/** A validated story with the article's body paragraphs and removed lines. */
export interface LoadedStory {
	story: Story;
	paragraphs: Paragraph[];
	removed: RemovedLine[];
}

/** Where the published stories live (`NEWSLINE_DATA` points elsewhere, e.g. a copy for tests). */
export const STORIES_DIR = resolve(process.env.NEWSLINE_DATA ?? 'data/stories');

/**
 * The folders of stories this build publishes: `NEWSLINE_STORIES` (one
 * folder, or several joined by the path delimiter, `:` on Linux), else
 * `data/stories`. The build, `npm run validate` and the tests read the same.
 */
export function storiesDirs(value: string | undefined = process.env.NEWSLINE_STORIES): string[] {
	const dirs = (value ?? '').split(delimiter).filter(Boolean);
	return dirs.length ? dirs.map((d) => resolve(d)) : [STORIES_DIR];
}

const MAX_JSON_BYTES = 20_000_000;

/** Reads a file; a file that cannot be read (a folder, no permission) gives a reason instead. */
function readBytes(file: string): { ok: true; bytes: Buffer } | { ok: false; reason: string } {
	try {
		if (!statSync(file).isFile()) return { ok: false, reason: 'not a file' };
		return { ok: true, bytes: readFileSync(file) };
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		return { ok: false, reason: `cannot be read${code ? ` (${code})` : ''}` };
	}
}

/** Loads and validates one story folder. */
export function loadStoryFolder(folder: string): { story?: LoadedStory; problems: Problem[] } {
	const slug = folder.split(/[\\/]/).filter(Boolean).at(-1) ?? folder;
	const articleFile = join(folder, 'article.txt');
	const storyFile = join(folder, 'story.json');
	const show = (f: string) => relative(process.cwd(), f) || f;
	const problems: Problem[] = [];

	let paragraphs: Paragraph[] | undefined;
	let removed: RemovedLine[] = [];
	if (!existsSync(articleFile)) {
		problems.push({
			file: show(articleFile),
			path: '',
			message: 'missing: every story needs the article it cites'
		});
	} else {
		const read = readBytes(articleFile);
		const input = read.ok ? readArticleBytes(read.bytes) : read;
		if (!input.ok) problems.push({ file: show(articleFile), path: '', message: input.reason });
		else {
			const seg = segmentArticle(input.text);
			if (seg.paragraphs.length === 0)
				problems.push({ file: show(articleFile), path: '', message: 'no body paragraphs found' });
			else ({ paragraphs, removed } = seg);
		}
	}

	let value: unknown;
	if (!existsSync(storyFile)) {
		problems.push({ file: show(storyFile), path: '', message: 'missing' });
	} else if (statSync(storyFile).size > MAX_JSON_BYTES) {
		problems.push({ file: show(storyFile), path: '', message: 'larger than 20 MB' });
	} else {
		const read = readBytes(storyFile);
		const parsed = read.ok
			? parseJson(new TextDecoder().decode(read.bytes), show(storyFile))
			: ({
					ok: false,
					problem: { file: show(storyFile), path: '', message: read.reason }
				} as const);
		if (parsed.ok) value = parsed.value;
		else problems.push(parsed.problem);
	}

	if (problems.length || !paragraphs) return { problems };
	const result = validateStory(value, paragraphs, { file: show(storyFile), slug });
	if (!result.ok) return { problems: result.problems };
	return { story: { story: result.story, paragraphs, removed }, problems: [] };
}

/**
 * Loads every story folder under `dir` (one folder per slug), or under each
 * of several folders; a slug found twice is a problem.
 */
export function loadStories(dir: string | string[] = storiesDirs()): {
	stories: LoadedStory[];
	problems: Problem[];
} {
	if (Array.isArray(dir)) {
		const all = dir.map((d) => loadStories(d));
		const stories = all.flatMap((r) => r.stories);
		const problems = all.flatMap((r) => r.problems);
		const seen = new Set<string>();
		for (const { story } of stories) {
			if (seen.has(story.slug))
				problems.push({ file: story.slug, path: 'slug', message: 'published twice' });
			seen.add(story.slug);
		}
		return { stories, problems };
	}
	if (!existsSync(dir) || !statSync(dir).isDirectory())
		return {
			stories: [],
			problems: [
				{ file: relative(process.cwd(), dir) || dir, path: '', message: 'not a folder of stories' }
			]
		};
	const stories: LoadedStory[] = [];
	const problems: Problem[] = [];
	const folders = readdirSync(dir, { withFileTypes: true })
		.filter((d) => d.isDirectory() && !d.name.startsWith('.'))
		.map((d) => d.name)
		.sort();
	for (const name of folders) {
		const r = loadStoryFolder(join(dir, name));
		if (r.story) stories.push(r.story);
		problems.push(...r.problems);
	}
	return { stories, problems };
}
