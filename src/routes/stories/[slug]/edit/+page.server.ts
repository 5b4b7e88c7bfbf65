import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { error } from '@sveltejs/kit';
import { publishedMap, publishedStories, publishedStory } from '$lib/server/published.ts';
import { STORIES_DIR } from '$lib/server/stories.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	publishedStories().map((s) => ({ slug: s.story.slug }));

/** The editor for a published story: its story, paragraphs, map, and the hash of its file as loaded. */
export const load: PageServerLoad = ({ params }) => {
	const found = publishedStory(params.slug);
	if (!found) error(404, `No story "${params.slug}"`);
	const bytes = readFileSync(join(STORIES_DIR, params.slug, 'story.json'));
	return {
		story: found.story,
		paragraphs: found.paragraphs,
		reactionMap: publishedMap(found.story),
		hash: createHash('sha256').update(bytes).digest('hex')
	};
};
