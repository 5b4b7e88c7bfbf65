import { facetsOf, storySummaries } from '$lib/server/storyIndex.ts';
import type { PageServerLoad } from './$types';

/** The index is plain HTML: links and prerendered SVG, no client script. */
export const csr = false;

export const load: PageServerLoad = () => {
	const stories = storySummaries();
	return { stories, ...facetsOf(stories) };
};
