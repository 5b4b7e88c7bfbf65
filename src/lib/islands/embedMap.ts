/** The map embed's script: hydrates the embed. */
import EmbedMap from '$lib/embed/views/EmbedMap.svelte';
import { hydrateIsland } from './hydrate.ts';

hydrateIsland('embed-map', EmbedMap);
