import { error } from '@sveltejs/kit';
import { facetsOf, storySummaries } from '$lib/server/storyIndex.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Plain HTML, like the index. */
export const csr = false;

export const entries: EntryGenerator = () =>
	facetsOf(storySummaries()).outlets.map((o) => ({ outlet: o.key }));

export const load: PageServerLoad = ({ params }) => {
	const all = storySummaries();
	const facets = facetsOf(all);
	const outlet = facets.outlets.find((o) => o.key === params.outlet);
	if (!outlet) error(404, `No story from "${params.outlet}"`);
	return {
		...facets,
		stories: all.filter((s) => s.outletKey === outlet.key),
		current: { kind: 'outlet' as const, key: outlet.key, name: outlet.name }
	};
};
