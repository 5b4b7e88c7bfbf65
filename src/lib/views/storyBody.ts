/** What a story page's body (its island) is rendered and hydrated with. */
import type { Paragraph, RemovedLine } from '$lib/article/segment.ts';
import type { ReactionMapGeometry } from '$lib/layout/mapTypes.ts';
import type { Story } from '$lib/story/schema.ts';

/** A neighbouring story in the index. */
export type StoryLink = { slug: string; title: string } | null;

export interface StoryBodyProps {
	story: Story;
	paragraphs: Paragraph[];
	removed: RemovedLine[];
	/** The reaction map's layout, where the story has reactions to place. */
	reactionMap?: ReactionMapGeometry;
	newer: StoryLink;
	older: StoryLink;
	/** The site's public origin, for embed snippets. */
	origin: string;
}
