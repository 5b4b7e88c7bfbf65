/**
 * The one selection model of a story page: which item is selected and which
 * paragraph is highlighted. Every view reads it; the page syncs it with the URL.
 */
import { createContext } from 'svelte';
import type { Item } from '../story/items.ts';

/** Selected item and highlighted paragraph, shared by all views of a page. */
export class Selection {
	/** Id of the selected item, or null. */
	itemId = $state<string | null>(null);
	/** Paragraph highlighted by a bare `#pN` (when no item is selected). */
	hashParagraph = $state<number | null>(null);
	/** Item under the pointer or keyboard focus, for cards. */
	hoverId = $state<string | null>(null);

	#items: () => readonly Item[];
	#byId = $derived.by(() => new Map(this.#items().map((i) => [i.id, i])));

	/** `items` is read reactively, so a page that gets new data keeps a current model. */
	constructor(items: () => readonly Item[]) {
		this.#items = items;
	}

	/** The selected item, if its id is known. */
	item = $derived.by(() => (this.itemId ? (this.#byId.get(this.itemId) ?? null) : null));

	/** Paragraphs to highlight: the selected item's sources, else the hash's paragraph. */
	paragraphs = $derived.by(() => {
		const item = this.item;
		if (item) return new Set(item.sources.map((s) => s.paragraph));
		return new Set(this.hashParagraph ? [this.hashParagraph] : []);
	});

	/** Looks up an item by id. */
	get(id: string): Item | undefined {
		return this.#byId.get(id);
	}

	/** Sets the state from what the URL says; unknown items are ignored. */
	apply(item: string | null, paragraph: number | null) {
		this.itemId = item && this.#byId.has(item) ? item : null;
		this.hashParagraph = paragraph;
	}
}

/** Context for the page's selection. */
export const [getSelection, setSelection] = createContext<Selection>();
