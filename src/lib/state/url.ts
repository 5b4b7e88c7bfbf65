/**
 * The page's shareable state in the URL: `?item=<id>` decides the selection;
 * a bare `#p<N>` only highlights a paragraph.
 */

/** What a URL says is selected and highlighted. */
export interface UrlSelection {
	item: string | null;
	paragraph: number | null;
}

/** Reads the selection from a URL; malformed values are ignored. */
export function readSelection(url: URL): UrlSelection {
	const raw = url.searchParams.get('item');
	const item = raw && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(raw) ? raw : null;
	const m = url.hash.match(/^#p([1-9]\d{0,5})$/);
	return { item, paragraph: m ? Number(m[1]) : null };
}

/** The URL for a selection, keeping the path and any other query parameters. */
export function writeSelection(url: URL, sel: UrlSelection): URL {
	const next = new URL(url);
	if (sel.item) next.searchParams.set('item', sel.item);
	else next.searchParams.delete('item');
	next.hash = sel.paragraph ? `p${sel.paragraph}` : '';
	return next;
}
