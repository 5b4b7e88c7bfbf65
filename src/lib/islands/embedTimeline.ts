/** The timeline embed's script: hydrates the embed. */
import EmbedTimeline from '$lib/embed/views/EmbedTimeline.svelte';
import { hydrateIsland } from './hydrate.ts';

hydrateIsland('embed-timeline', EmbedTimeline);
