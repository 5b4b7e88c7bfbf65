import { error } from '@sveltejs/kit';
import { publicOrigin } from '$lib/server/origin.ts';
import { publishedMap, publishedStories, publishedStory } from '$lib/server/published.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	publishedStories().map((s) => ({ slug: s.story.slug }));

export const load: PageServerLoad = ({ params }) => {
	const found = publishedStory(params.slug);
	if (!found) error(404, `No story "${params.slug}"`);
	return {
		story: found.story,
		paragraphs: found.paragraphs,
		removed: found.removed,
		origin: publicOrigin(),
		reactionMap: publishedMap(found.story)
	};
};
