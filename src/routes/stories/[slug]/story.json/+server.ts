import { error, json } from '@sveltejs/kit';
import { publishedStories, publishedStory } from '$lib/server/published.ts';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	publishedStories().map((s) => ({ slug: s.story.slug }));

/** The validated story with its body paragraphs, for other tools. */
export const GET: RequestHandler = ({ params }) => {
	const found = publishedStory(params.slug);
	if (!found) error(404, `No story "${params.slug}"`);
	return json({
		...found.story,
		paragraphs: found.paragraphs.map(({ n, text }) => ({ n, text }))
	});
};
