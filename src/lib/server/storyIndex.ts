/**
 * The index of published stories: one summary per story (what the home page
 * lists, with its timeline preview laid out at build time), the facets a
 * reader narrows the list by (countries of the reacting actors, outlets),
 * and each story's neighbours in the list.
 */
import { countryName } from '../layout/geoCountries.ts';
import { timelineModel } from '../layout/timelineModel.ts';
import { previewLayout, type PreviewLayout } from '../layout/timelinePreview.ts';
import { storyItems } from '../story/items.ts';
import type { Story } from '../story/schema.ts';
import { publishedStories } from './published.ts';

/** A place to narrow the list by: its key in the URL, its name and how many stories have it. */
export interface Facet {
	key: string;
	name: string;
	count: number;
}

/** One story as the index lists it. */
export interface StorySummary {
	slug: string;
	title: string;
	outlet: string;
	/** The outlet's key in `/outlets/<key>`. */
	outletKey: string;
	published: string;
	events: number;
	reactions: number;
	actors: number;
	/** Countries (ISO alpha-2, lower case) of the actors that react, in name order. */
	countries: string[];
	/** The timeline's thumbnail. */
	preview: PreviewLayout;
}

/** The key of an outlet in URLs: its name in lower-case kebab-case. */
export function outletKey(outlet: string): string {
	return (
		outlet
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '') || 'outlet'
	);
}

/** Countries (alpha-2, lower case) of the actors that react in a story, by name. */
export function reactingCountries(story: Story): string[] {
	const reacting = new Set(story.reactions.map((r) => r.actor));
	const codes = new Set(
		story.actors.filter((a) => reacting.has(a.id) && a.country).map((a) => a.country!)
	);
	return [...codes]
		.sort((a, b) => countryName(a).localeCompare(countryName(b)))
		.map((c) => c.toLowerCase());
}

/** A story's summary for the index. */
export function summarise(story: Story): StorySummary {
	return {
		slug: story.slug,
		title: story.title,
		outlet: story.outlet,
		outletKey: outletKey(story.outlet),
		published: story.published,
		events: story.events.length,
		reactions: story.reactions.length,
		actors: story.actors.length,
		countries: reactingCountries(story),
		preview: previewLayout(timelineModel(storyItems(story)))
	};
}

let summaries: StorySummary[] | undefined;

/** Every published story's summary, newest first. */
export function storySummaries(): StorySummary[] {
	return (summaries ??= publishedStories().map((s) => summarise(s.story)));
}

/** The countries and outlets of a list of summaries, most stories first, then by name. */
export function facetsOf(list: readonly StorySummary[]): { countries: Facet[]; outlets: Facet[] } {
	const countries = new Map<string, Facet>();
	const outlets = new Map<string, Facet>();
	for (const s of list) {
		for (const c of s.countries) {
			const f = countries.get(c) ?? { key: c, name: countryName(c.toUpperCase()), count: 0 };
			f.count++;
			countries.set(c, f);
		}
		const o = outlets.get(s.outletKey) ?? { key: s.outletKey, name: s.outlet, count: 0 };
		o.count++;
		outlets.set(s.outletKey, o);
	}
	const order = (a: Facet, b: Facet) => b.count - a.count || a.name.localeCompare(b.name);
	return {
		countries: [...countries.values()].sort(order),
		outlets: [...outlets.values()].sort(order)
	};
}

/** A story's neighbours in the index: the newer one before it and the older one after it. */
export function neighbours(slug: string): {
	newer: { slug: string; title: string } | null;
	older: { slug: string; title: string } | null;
} {
	const list = publishedStories();
	const i = list.findIndex((s) => s.story.slug === slug);
	const pick = (j: number) =>
		i >= 0 && list[j] ? { slug: list[j].story.slug, title: list[j].story.title } : null;
	return { newer: pick(i - 1), older: pick(i + 1) };
}
