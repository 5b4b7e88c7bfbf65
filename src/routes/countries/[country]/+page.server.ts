import { error } from '@sveltejs/kit';
import { facetsOf, storySummaries } from '$lib/server/storyIndex.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Plain HTML, like the index. */
export const csr = false;

export const entries: EntryGenerator = () =>
	facetsOf(storySummaries()).countries.map((c) => ({ country: c.key }));

export const load: PageServerLoad = ({ params }) => {
	const all = storySummaries();
	const facets = facetsOf(all);
	const country = facets.countries.find((c) => c.key === params.country);
	if (!country) error(404, `No story with reactions from "${params.country}"`);
	return {
		...facets,
		stories: all.filter((s) => s.countries.includes(country.key)),
		current: { kind: 'country' as const, key: country.key, name: country.name }
	};
};
