import { error } from '@sveltejs/kit';
import { islandProps } from '$lib/islands/json.ts';
import { islandScript } from '$lib/server/islands.ts';
import { publicOrigin } from '$lib/server/origin.ts';
import { publishedMap, publishedStories, publishedStory } from '$lib/server/published.ts';
import { shareAlt, SHARE_HEIGHT, SHARE_WIDTH } from '$lib/server/shareCard.ts';
import { neighbours } from '$lib/server/storyIndex.ts';
import type { StoryBodyProps } from '$lib/views/storyBody.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Prerendered without the client router: the body hydrates as an island. */
export const csr = false;

export const entries: EntryGenerator = () =>
	publishedStories().map((s) => ({ slug: s.story.slug }));

export const load: PageServerLoad = ({ params }) => {
	const found = publishedStory(params.slug);
	if (!found) error(404, `No story "${params.slug}"`);
	const { story } = found;
	const origin = publicOrigin();
	return {
		/** What the page's head says of the story. */
		meta: {
			slug: story.slug,
			title: story.title,
			outlet: story.outlet,
			published: story.published,
			events: story.events.length,
			reactions: story.reactions.length
		},
		share: {
			image: `${origin}/stories/${story.slug}/share.png`,
			width: SHARE_WIDTH,
			height: SHARE_HEIGHT,
			alt: shareAlt(story)
		},
		origin,
		/** The page body's props (its island). */
		body: islandProps<{ data: StoryBodyProps }>({
			data: {
				story,
				paragraphs: found.paragraphs,
				removed: found.removed,
				reactionMap: publishedMap(story),
				...neighbours(story.slug),
				origin
			}
		}),
		island: islandScript('story')
	};
};
