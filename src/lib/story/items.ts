/**
 * A story's events and reactions as one list of items in time order: what
 * every view (list, timeline, map, table) iterates over.
 */
import type { Actor, Source, Stance, Story, When } from './schema.ts';
import { extent, formatWhen } from './when.ts';

/** What events and reactions share, with their actors' names resolved. */
interface ItemBase {
	id: string;
	label: string;
	when: When;
	sources: Source[];
	/** Actors taking part (an event's actors, or a reaction's one actor). */
	actors: Actor[];
	note?: string;
	/** Why an editor should look at the item (drafted stories only). */
	review?: string;
	/** [start, end) in UTC ms. */
	extent: [number, number];
	/** The resolved date as a reader says it. */
	date: string;
}

/** Something that happened. */
export interface EventItem extends ItemBase {
	kind: 'event';
}

/** An actor's reaction to another actor or to an event. */
export interface ReactionItem extends ItemBase {
	kind: 'reaction';
	/** The stance toward the target. */
	stance: Stance;
	/** What was reacted to (an actor's or event's name). */
	target: { id: string; name: string };
	/** Where the reaction was made, or null. */
	channel: string | null;
}

/** An event or a reaction. */
export type Item = EventItem | ReactionItem;

/** True for a reaction item. */
export function isReaction(item: Item): item is ReactionItem {
	return item.kind === 'reaction';
}

/** The mark an item is drawn with: its stance for a reaction, else `'event'`. */
export function itemMark(item: Item): Stance | 'event' {
	return item.kind === 'reaction' ? item.stance : 'event';
}

/** Compares items by time, then same-day sequence, then longer spans first. */
export function compareItems(a: Item, b: Item): number {
	return (
		a.extent[0] - b.extent[0] ||
		(a.when.sequence ?? 0) - (b.when.sequence ?? 0) ||
		b.extent[1] - a.extent[1] ||
		(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
}

/** All items of a story in time order. */
export function storyItems(story: Story): Item[] {
	const actors = new Map(story.actors.map((a) => [a.id, a]));
	const events = new Map(story.events.map((e) => [e.id, e]));
	const pick = (ids: string[]) => ids.map((id) => actors.get(id)).filter((a): a is Actor => !!a);
	const items: Item[] = [
		...story.events.map((e): EventItem => ({
			kind: 'event',
			id: e.id,
			label: e.label,
			when: e.when,
			sources: e.sources,
			actors: pick(e.actors),
			note: e.note,
			review: e.review,
			extent: extent(e.when),
			date: formatWhen(e.when)
		})),
		...story.reactions.map((r): ReactionItem => ({
			kind: 'reaction',
			id: r.id,
			label: r.label,
			when: r.when,
			sources: r.sources,
			actors: pick([r.actor]),
			stance: r.stance,
			target: {
				id: r.toward,
				name: actors.get(r.toward)?.name ?? events.get(r.toward)?.label ?? r.toward
			},
			channel: r.channel,
			note: r.note,
			review: r.review,
			extent: extent(r.when),
			date: formatWhen(r.when)
		}))
	];
	return items.sort(compareItems);
}

/** For each paragraph number, the items that cite it, in time order. */
export function citations(items: readonly Item[]): Map<number, Item[]> {
	const map = new Map<number, Item[]>();
	for (const item of items)
		for (const n of new Set(item.sources.map((s) => s.paragraph))) {
			const list = map.get(n) ?? [];
			list.push(item);
			map.set(n, list);
		}
	return map;
}

/** What an accessible name says of an item, in order: who, stance and target, date, label. */
function itemFacts(item: Item): string[] {
	if (item.kind !== 'reaction') return [item.label, item.date];
	const who = item.actors.map((a) => a.name).join(', ');
	return [who, `${item.stance} of ${item.target.name}`, item.date, item.label].filter(Boolean);
}

/**
 * Accessible name of an item's mark ("Macron, supportive of Ukraine, 28 Feb
 * 2025, <label>") that shows `shown` (its whole label, before any
 * cut; several parts are joined): the shown words first, in order, then the
 * facts they leave out. A cut label's words are then a run of the name's
 * words, as WCAG 2.5.3 (Label in Name) asks.
 */
export function markName(item: Item, ...shown: (string | null | undefined)[]): string {
	const label = shown.filter(Boolean).join(', ');
	const rest = itemFacts(item).filter((fact) => !label.includes(fact));
	return [label, ...rest].filter(Boolean).join(', ');
}

/** Link to an item's first source paragraph, selecting the item. */
export function itemHref(item: Item, base = ''): string {
	return `${base}?item=${encodeURIComponent(item.id)}#p${item.sources[0]?.paragraph ?? 1}`;
}
