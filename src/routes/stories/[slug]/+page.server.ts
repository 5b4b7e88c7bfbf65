import { error } from '@sveltejs/kit';
import { islandScript } from '$lib/server/islands.ts';
import { publicOrigin } from '$lib/server/origin.ts';
import { publishedMap, publishedStories, publishedStory } from '$lib/server/published.ts';
import { shareAlt, SHARE_HEIGHT, SHARE_WIDTH } from '$lib/server/shareCard.ts';
import { neighbours } from '$lib/server/storyIndex.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Prerendered without the client router: the body hydrates as an island. */
export const csr = false;

export const entries: EntryGenerator = () =>
	publishedStories().map((s) => ({ slug: s.story.slug }));

export const load: PageServerLoad = ({ params }) => {
	const found = publishedStory(params.slug);
	if (!found) error(404, `No story "${params.slug}"`);
	const origin = publicOrigin();
	return {
		story: found.story,
		...neighbours(found.story.slug),
		share: {
			image: `${origin}/stories/${found.story.slug}/share.png`,
			width: SHARE_WIDTH,
			height: SHARE_HEIGHT,
			alt: shareAlt(found.story)
		},
		paragraphs: found.paragraphs,
		removed: found.removed,
		origin,
		reactionMap: publishedMap(found.story),
		island: islandScript('story')
	};
};
