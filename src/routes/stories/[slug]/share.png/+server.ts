import { error } from '@sveltejs/kit';
import { publishedMap, publishedStories, publishedStory } from '$lib/server/published.ts';
import { shareCardPng } from '$lib/server/shareCard.ts';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	publishedStories().map((s) => ({ slug: s.story.slug }));

/** The story's 1200×630 share card, drawn when the site is built. */
export const GET: RequestHandler = ({ params }) => {
	const found = publishedStory(params.slug);
	if (!found) error(404, 'No such story');
	const png = shareCardPng(found.story, publishedMap(found.story));
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
