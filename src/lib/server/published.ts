/**
 * The published stories, loaded once per build. Any problem fails the build
 * with the validator's messages: no invalid story is ever published.
 */
import { world110m } from '../layout/geoAtlas.ts';
import { reactionMap } from '../layout/map.ts';
import type { ReactionMapGeometry } from '../layout/mapTypes.ts';
import { formatProblem } from '../story/problems.ts';
import { loadStories, type LoadedStory } from './stories.ts';

let cache: LoadedStory[] | undefined;

/** Every valid story of the build's story folders, newest first (then by slug). */
export function publishedStories(): LoadedStory[] {
	// The studio serves the data folder as it is now: every load reads it again.
	if (cache && !process.env.NEWSLINE_STUDIO) return cache;
	const { stories, problems } = loadStories();
	if (problems.length)
		throw new Error(
			`invalid stories, nothing published:\n${problems.map(formatProblem).join('\n')}`
		);
	cache = stories.sort(
		(a, b) =>
			b.story.published.localeCompare(a.story.published) || a.story.slug.localeCompare(b.story.slug)
	);
	return cache;
}

/** One published story by slug, or undefined. */
export function publishedStory(slug: string): LoadedStory | undefined {
	return publishedStories().find((s) => s.story.slug === slug);
}

const maps = new Map<string, ReactionMapGeometry>();

/** A published story's reaction map layout, computed once per build and shared by its pages. */
export function publishedMap(story: LoadedStory['story']): ReactionMapGeometry {
	let map = maps.get(story.slug);
	if (!map || process.env.NEWSLINE_STUDIO)
		maps.set(story.slug, (map = reactionMap(story, world110m)));
	return map;
}
