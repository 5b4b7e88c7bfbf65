/** The story page's script: hydrates the page body. */
import StoryBody from '$lib/views/StoryBody.svelte';
import { hydrateIsland } from './hydrate.ts';

hydrateIsland('story', StoryBody);
