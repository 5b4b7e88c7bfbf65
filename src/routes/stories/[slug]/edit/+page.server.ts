import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { error } from '@sveltejs/kit';
import { publishedMap, publishedStories, publishedStory } from '$lib/server/published.ts';
import { storiesDirs } from '$lib/server/stories.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	publishedStories().map((s) => ({ slug: s.story.slug }));

/** The editor for a published story: its story, paragraphs, map, and the hash of its file as loaded. */
export const load: PageServerLoad = ({ params }) => {
	const found = publishedStory(params.slug);
	if (!found) error(404, `No story "${params.slug}"`);
	const file = storiesDirs()
		.map((d) => join(d, params.slug, 'story.json'))
		.find((f) => existsSync(f));
	if (!file) error(404, `No story file for "${params.slug}"`);
	const bytes = readFileSync(file);
	return {
		story: found.story,
		paragraphs: found.paragraphs,
		reactionMap: publishedMap(found.story),
		hash: createHash('sha256').update(bytes).digest('hex')
	};
};
