/**
 * The page's selection for timeline views, or null where a timeline is drawn
 * without one (benchmarks, server-render tests).
 */
import { getSelection, type Selection } from '$lib/state/selection.svelte.ts';

/** The selection in context, or null. Call during component init. */
export function currentSelection(): Selection | null {
	try {
		return getSelection() ?? null;
	} catch {
		return null;
	}
}
