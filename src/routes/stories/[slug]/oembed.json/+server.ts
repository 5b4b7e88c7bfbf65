import { error, json } from '@sveltejs/kit';
import { oembedResponse } from '$lib/embed/snippet.ts';
import { publicOrigin } from '$lib/server/origin.ts';
import { publishedStories, publishedStory } from '$lib/server/published.ts';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	publishedStories().map((s) => ({ slug: s.story.slug }));

/** The oEmbed answer (type `rich`) for a story: its timeline and reaction map together. */
export const GET: RequestHandler = ({ params }) => {
	const found = publishedStory(params.slug);
	if (!found) error(404, 'No such story');
	return json(oembedResponse(found.story, { origin: publicOrigin(), view: 'both' }));
};
