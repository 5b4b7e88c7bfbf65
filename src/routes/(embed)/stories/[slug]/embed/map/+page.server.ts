import { embedEntries, loadEmbed } from '$lib/server/embedPage.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

/** No client router: the page hydrates its island. */
export const csr = false;

/** Every published story. */
export const entries: EntryGenerator = embedEntries;

/** The story, drawn as the map view. */
export const load: PageServerLoad = ({ params }) => loadEmbed(params.slug, 'map');
