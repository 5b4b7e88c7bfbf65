/**
 * How a page turns clicks on item links into selections: any plain click
 * on an element carrying `data-select="<id>"` selects that item in place
 * instead of following its href. Shared by the story page and /new.
 */

/**
 * The item id a click selects, or undefined when the click is not one to
 * take over (modified, not the main button, already handled, or outside any
 * `[data-select]`). Calls `preventDefault` on clicks it takes over.
 */
export function selectedByClick(e: MouseEvent): string | undefined {
	if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey)
		return undefined;
	const link = (e.target as Element | null)?.closest<HTMLElement>('[data-select]');
	const id = link?.dataset.select;
	if (!id) return undefined;
	e.preventDefault();
	return id;
}

/** Scrolls paragraph `n` (`#p<n>`) to the middle of the view, smoothly unless motion is reduced. */
export function scrollToParagraph(n: number): void {
	const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
	document
		.getElementById(`p${n}`)
		?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
}
