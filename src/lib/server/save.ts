/**
 * The studio's Save: writes `<dir>/<slug>/story.json` (and `article.txt`
 * for a new story) after validating the story against the article it will
 * sit beside. Refuses with the validator's messages; never replaces a file
 * that exists, or changed since it was loaded, unless told to overwrite.
 * Used only by `npm run studio`; the static build has no write endpoint.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readArticleBytes } from '../article/input.ts';
import { segmentArticle } from '../article/segment.ts';
import { formatProblem } from '../story/problems.ts';
import { Id } from '../story/schema.ts';
import { validateStory } from '../story/validate.ts';
import * as v from 'valibot';

/** What a save answers, with its HTTP status. */
export interface SaveResult {
	status: 200 | 400 | 409 | 422;
	body: Record<string, unknown>;
}

/** The hash a save compares: sha256 of the file's bytes, hex. */
export const hashOf = (bytes: Uint8Array | string): string =>
	createHash('sha256').update(bytes).digest('hex');

/** Saves a story into the data folder `dir` (see the module's comment). */
export function saveStory(dir: string, body: unknown): SaveResult {
	const req = (body ?? {}) as {
		story?: { slug?: unknown };
		article?: unknown;
		baseHash?: unknown;
		overwrite?: unknown;
	};
	const slug = req.story?.slug;
	if (!v.is(Id, slug))
		return {
			status: 400,
			body: { ok: false, problems: [], message: 'the story needs a valid slug' }
		};
	const folder = join(dir, slug);
	const storyFile = join(folder, 'story.json');
	const articleFile = join(folder, 'article.txt');
	const shown = relative(process.cwd(), storyFile) || storyFile;

	const articleBytes = existsSync(articleFile)
		? readFileSync(articleFile)
		: typeof req.article === 'string'
			? Buffer.from(req.article)
			: null;
	if (!articleBytes)
		return {
			status: 422,
			body: { ok: false, problems: [], message: `no article.txt in ${slug}/ and none was sent` }
		};
	const input = readArticleBytes(articleBytes);
	if (!input.ok) return { status: 422, body: { ok: false, problems: [], message: input.reason } };
	const checked = validateStory(req.story, segmentArticle(input.text).paragraphs, {
		file: shown,
		slug
	});
	if (!checked.ok)
		return {
			status: 422,
			body: {
				ok: false,
				message: 'the story does not validate',
				problems: checked.problems.map(formatProblem)
			}
		};

	if (existsSync(storyFile) && req.overwrite !== true) {
		const current = hashOf(readFileSync(storyFile));
		if (typeof req.baseHash !== 'string')
			return {
				status: 409,
				body: {
					ok: false,
					conflict: 'exists',
					message: `${shown} already holds a curated story.`
				}
			};
		if (req.baseHash !== current)
			return {
				status: 409,
				body: {
					ok: false,
					conflict: 'changed',
					message: `${shown} has changed since this editor loaded it (another tab or editor saved it).`
				}
			};
	}
	mkdirSync(folder, { recursive: true });
	if (!existsSync(articleFile)) writeFileSync(articleFile, articleBytes);
	const text = JSON.stringify(checked.story, null, '\t') + '\n';
	writeFileSync(`${storyFile}.tmp`, text);
	renameSync(`${storyFile}.tmp`, storyFile);
	return { status: 200, body: { ok: true, hash: hashOf(text), file: shown } };
}
