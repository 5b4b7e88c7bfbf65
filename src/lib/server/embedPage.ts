/**
 * The server side of the embed pages: one route per view
 * (`/stories/<slug>/embed/timeline|map|both`), so each view's page bundles
 * only the chart it draws. They share these entries and this load, and are
 * prerendered without SvelteKit's client router: each hydrates its island.
 */
import { error } from '@sveltejs/kit';
import type { EmbedView } from '$lib/embed/options.ts';
import type { IslandScript } from '$lib/islands/entries.ts';
import { islandProps, type IslandProps } from '$lib/islands/json.ts';
import type { ReactionMapGeometry } from '$lib/layout/mapTypes.ts';
import type { Story } from '$lib/story/schema.ts';
import { islandScript } from './islands.ts';
import { publishedMap, publishedStories, publishedStory } from './published.ts';

/** What an embed's island draws: the story and, for views with the map, its layout. */
export interface EmbedProps extends Record<string, unknown> {
	story: Story;
	/** The reaction map's layout, for views that draw the map. */
	reactionMap?: ReactionMapGeometry;
}

/** What an embed page of one view receives. */
export interface EmbedPageData {
	/** The story's title and slug, for the page's head. */
	title: string;
	slug: string;
	view: EmbedView;
	/** The island's props. */
	props: IslandProps<EmbedProps>;
	/** The script that hydrates the page's island. */
	island: IslandScript;
}

/** Every published story, as prerender entries of an embed route. */
export function embedEntries(): { slug: string }[] {
	return publishedStories().map((s) => ({ slug: s.story.slug }));
}

/** The story and, for a view with the map, its layout; 404 for an unknown story. */
export function loadEmbed(slug: string, view: EmbedView): EmbedPageData {
	const found = publishedStory(slug);
	if (!found) error(404, 'No such embed');
	const { story } = found;
	return {
		title: story.title,
		slug: story.slug,
		view,
		props: islandProps<EmbedProps>(
			view === 'timeline' ? { story } : { story, reactionMap: publishedMap(story) }
		),
		island: islandScript(`embed-${view}`)
	};
}
