/**
 * The embed's side of the message protocol: reports its height (and AMP's
 * `embed-size`) to the host page whenever it changes, answers pings and
 * takes `newsline:select` messages from its parent window only.
 */
import {
	ampSizeMessage,
	heightMessage,
	isPing,
	readSelection,
	SELECT,
	SELECTED,
	selectionMessage
} from './protocol.ts';

/** What the embed connects to the host. */
export interface EmbedConnection {
	/** The element whose height is the embed's height. */
	root: HTMLElement;
	/** Selects an item (null clears); unknown ids are ignored by the caller. */
	select: (id: string | null) => void;
	/** The currently selected item's id. */
	selected: () => string | null;
}

/** Connects an embed to its host window; returns the disconnect and a selection reporter. */
export function connectEmbed(c: EmbedConnection): {
	disconnect: () => void;
	reportSelection: (id: string | null) => void;
} {
	const host = window.parent;
	const framed = host !== window;
	// Messages carry only heights and public ids, so any host origin may read them.
	const post = (msg: unknown) => {
		if (framed) host.postMessage(msg, '*');
	};
	let last = -1;
	const reportHeight = (force = false) => {
		const h = Math.ceil(c.root.getBoundingClientRect().height);
		if (!force && h === last) return;
		last = h;
		post(heightMessage(h));
		post(ampSizeMessage(h));
	};
	const observer = new ResizeObserver(() => reportHeight());
	observer.observe(c.root);
	const onMessage = (e: MessageEvent) => {
		if (!framed || e.source !== host) return;
		if (isPing(e.data)) {
			reportHeight(true);
			post(selectionMessage(SELECTED, c.selected()));
			return;
		}
		const id = readSelection(e.data, SELECT);
		if (id !== undefined) c.select(id);
	};
	window.addEventListener('message', onMessage);
	reportHeight(true);
	return {
		disconnect: () => {
			observer.disconnect();
			window.removeEventListener('message', onMessage);
		},
		reportSelection: (id) => post(selectionMessage(SELECTED, id))
	};
}

/** Applies a theme to the document (`auto` follows the system). */
export function applyTheme(theme: 'auto' | 'light' | 'dark') {
	const root = document.documentElement;
	if (theme === 'auto') delete root.dataset.theme;
	else root.dataset.theme = theme;
}

/**
 * Opens a story link in the top window; where the host's sandbox forbids
 * that, opens it in a new tab instead (without an opener).
 */
export function openInTop(href: string) {
	try {
		window.top!.location.href = href;
	} catch {
		window.open(href, '_blank', 'noopener');
	}
}

/** Click handler for an embed: links to the top window go through `openInTop`. */
export function onTopLinkClick(e: MouseEvent) {
	if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey)
		return;
	// SVG links too: their `href` is not a string, so read the attribute.
	const a = (e.target as Element).closest('a[target="_top"]');
	const href = a?.getAttribute('href');
	if (!href || window.top === window) return;
	e.preventDefault();
	openInTop(new URL(href, location.href).href);
}
