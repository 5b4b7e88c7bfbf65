import { error } from '@sveltejs/kit';
import { EMBED_VIEWS, isEmbedView } from '$lib/embed/options.ts';
import { publishedMap, publishedStories, publishedStory } from '$lib/server/published.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every published story in every view. */
export const entries: EntryGenerator = () =>
	publishedStories().flatMap((s) => EMBED_VIEWS.map((view) => ({ slug: s.story.slug, view })));

/** The story and the view to draw. */
export const load: PageServerLoad = ({ params }) => {
	const found = publishedStory(params.slug);
	if (!found || !isEmbedView(params.view)) error(404, 'No such embed');
	const map = params.view === 'map' || params.view === 'both';
	return {
		story: found.story,
		view: params.view,
		reactionMap: map ? publishedMap(found.story) : undefined
	};
};
