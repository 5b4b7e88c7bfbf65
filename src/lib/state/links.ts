/**
 * How a view links an item: on the story page a mark selects its item in
 * place (`?item=<id>#p<N>`); in an embed it opens the full story page in the
 * top window. Views take their links from this context, never build them.
 */
import { createContext } from 'svelte';
import { itemHref, type Item } from '../story/items.ts';

/** Link policy for item marks. */
export interface ItemLinks {
	/** The href of an item's mark. */
	href: (item: Item) => string;
	/** Link target (`_top` in embeds), or undefined for the same frame. */
	target?: '_top' | '_blank';
	/** `rel` for the link, where it leaves the page. */
	rel?: string;
	/** True where a click selects in place (the page intercepts `data-select`). */
	selectInPlace: boolean;
}

/** Links on the story page itself. */
export const pageLinks: ItemLinks = { href: (item) => itemHref(item), selectInPlace: true };

/** Links from an embed to the full story page at `storyUrl`, in the top window. */
export function embedLinks(storyUrl: string): ItemLinks {
	return {
		href: (item) => itemHref(item, storyUrl),
		target: '_top',
		rel: 'noopener',
		selectInPlace: false
	};
}

const [get, set] = createContext<ItemLinks>();

/** The link policy of the current page (the story page's by default). */
export function getItemLinks(): ItemLinks {
	try {
		return get();
	} catch {
		return pageLinks;
	}
}

/** Sets the link policy for the views below. */
export const setItemLinks = set;
