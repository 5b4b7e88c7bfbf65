/** The both embed's script: hydrates the embed. */
import EmbedBoth from '$lib/embed/views/EmbedBoth.svelte';
import { hydrateIsland } from './hydrate.ts';

hydrateIsland('embed-both', EmbedBoth);
