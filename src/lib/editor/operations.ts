/**
 * Editing operations on a story document: each takes a story and returns a
 * new one (the input is never changed), so any earlier version can be kept
 * for undo. Paths are the validator's: `reactions[3].stance` is
 * `['reactions', 3, 'stance']`.
 */
import type { Actor, Reaction, Source, Story, StoryEvent, When } from '../story/schema.ts';
import { formatPath } from '../story/problems.ts';

/** A path into a story: object keys and array indexes. */
export type Path = readonly (string | number)[];

/** The three lists of a story that hold items with ids. */
export type ListKey = 'actors' | 'events' | 'reactions';

/** A path as the validator writes it: `reactions[3].when.start`. */
export const pathKey = (path: Path): string => formatPath(path);

/** Sets the value at `path` (an `undefined` value removes the key); copies only along the path. */
export function setField(story: Story, path: Path, value: unknown): Story {
	return setIn(story, path, value) as Story;
}

function setIn(node: unknown, path: Path, value: unknown): unknown {
	if (!path.length) return value;
	const [key, ...rest] = path;
	if (typeof key === 'number') {
		if (!Array.isArray(node) || key < 0 || key >= node.length)
			throw new RangeError(`no element ${key} in the list`);
		const copy = node.slice();
		copy[key] = setIn(node[key], rest, value);
		return copy;
	}
	const obj = (node ?? {}) as Record<string, unknown>;
	const copy: Record<string, unknown> = { ...obj };
	const next = setIn(obj[key!], rest, value);
	if (next === undefined) delete copy[key!];
	else copy[key!] = next;
	return copy;
}

/** Reads the value at `path`, or undefined. */
export function getField(story: Story, path: Path): unknown {
	let node: unknown = story;
	for (const key of path) {
		if (node === null || typeof node !== 'object') return undefined;
		node = (node as Record<string | number, unknown>)[key];
	}
	return node;
}

/** Index of the item with `id` in a list, or -1. */
export const indexOf = (story: Story, list: ListKey, id: string): number =>
	(story[list] as { id: string }[]).findIndex((x) => x.id === id);

/** Which list holds `id`, if any. */
export function listOf(story: Story, id: string): ListKey | undefined {
	return (['actors', 'events', 'reactions'] as const).find((k) => indexOf(story, k, id) >= 0);
}

/** Removes the item `id` from its list. References to it are left for the validator to report. */
export function deleteItem(story: Story, id: string): Story {
	const list = listOf(story, id);
	if (!list) return story;
	return { ...story, [list]: (story[list] as { id: string }[]).filter((x) => x.id !== id) };
}

/** Removes an item's "needs review" note (the editor has looked at it). */
export function clearReview(story: Story, id: string): Story {
	const list = listOf(story, id);
	if (!list) return story;
	return setField(story, [list, indexOf(story, list, id), 'review'], undefined);
}

/**
 * Merges actor `from` into actor `into`: every event and reaction of `from`
 * becomes `into`'s (and every reaction toward `from` points at `into`), and
 * `from` is removed. An event listing both keeps `into` once.
 */
export function mergeActors(story: Story, into: string, from: string): Story {
	if (into === from || indexOf(story, 'actors', into) < 0 || indexOf(story, 'actors', from) < 0)
		return story;
	const swap = (id: string) => (id === from ? into : id);
	return {
		...story,
		actors: story.actors.filter((a) => a.id !== from),
		events: story.events.map((e) =>
			e.actors.includes(from) ? { ...e, actors: [...new Set(e.actors.map(swap))] } : e
		),
		reactions: story.reactions.map((r) =>
			r.actor === from || r.toward === from
				? { ...r, actor: swap(r.actor), toward: swap(r.toward) }
				: r
		)
	};
}

/** An id not yet used in the story, made from `base` (`base`, `base-2`, …). */
export function freshId(story: Story, base: string): string {
	const used = new Set([...story.actors, ...story.events, ...story.reactions].map((x) => x.id));
	const stem =
		base
			.toLowerCase()
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.replace(/['’]/g, '')
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 40)
			.replace(/-+$/, '') || 'item';
	let id = stem;
	for (let n = 2; used.has(id); n++) id = `${stem}-${n}`;
	return id;
}

/** What a new reaction needs; its id is made from the actor and label. */
export type NewReaction = Omit<Reaction, 'id'>;
/** What a new event needs; its id is made from the label. */
export type NewEvent = Omit<StoryEvent, 'id'>;

/** Appends a reaction; returns the story and the new reaction's id. */
export function addReaction(story: Story, r: NewReaction): { story: Story; id: string } {
	const id = freshId(story, `${r.actor}-${r.label}`);
	return { story: { ...story, reactions: [...story.reactions, { id, ...r }] }, id };
}

/** Appends an event; returns the story and the new event's id. */
export function addEvent(story: Story, e: NewEvent): { story: Story; id: string } {
	const id = freshId(story, e.label);
	return { story: { ...story, events: [...story.events, { id, ...e }] }, id };
}

/** Appends an actor by name (a person by default, to be corrected in its form). */
export function addActor(
	story: Story,
	a: Partial<Omit<Actor, 'id'>> & { name: string }
): { story: Story; id: string } {
	const id = freshId(story, a.name);
	const actor: Actor = { id, kind: 'person', country: null, role: '', ...a };
	return { story: { ...story, actors: [...story.actors, actor] }, id };
}

/** Points source `index` of event or reaction `id` at a new paragraph and quote. */
export function repointSource(story: Story, id: string, index: number, source: Source): Story {
	const list = listOf(story, id);
	if (list !== 'events' && list !== 'reactions') return story;
	return setField(story, [list, indexOf(story, list, id), 'sources', index], { ...source });
}

/** Replaces an item's `when` as a whole (used where several date fields change at once). */
export function setWhen(story: Story, id: string, when: When): Story {
	const list = listOf(story, id);
	if (list !== 'events' && list !== 'reactions') return story;
	return setField(story, [list, indexOf(story, list, id), 'when'], when);
}
