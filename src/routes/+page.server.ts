import { publishedStories } from '$lib/server/published.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	stories: publishedStories().map(({ story, paragraphs }) => ({
		slug: story.slug,
		title: story.title,
		outlet: story.outlet,
		published: story.published,
		paragraphs: paragraphs.length,
		events: story.events.length,
		reactions: story.reactions.length,
		actors: story.actors.length
	}))
});
