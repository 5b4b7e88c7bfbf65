/**
 * How the reaction map and its table order and name reactions. Safe to
 * import in the browser.
 */
import type { ReactionItem } from '../story/items.ts';
import { STANCE_ORDER } from './glyphs.ts';

/** Orders reactions by stance, then actor name, then target name. */
export function compareReactions(a: ReactionItem, b: ReactionItem): number {
	const s = STANCE_ORDER.indexOf(a.stance) - STANCE_ORDER.indexOf(b.stance);
	if (s) return s;
	const n = (a.actors[0]?.name ?? '').localeCompare(b.actors[0]?.name ?? '');
	return n || a.target.name.localeCompare(b.target.name) || (a.id < b.id ? -1 : 1);
}

/** Accessible name of a reaction's marker: "Donald Tusk, Poland: supportive of Ukraine". */
export function markerName(item: ReactionItem, place?: string): string {
	const who = item.actors[0]?.name ?? '';
	return `${who}${place ? `, ${place}` : ''}: ${item.stance} of ${item.target.name}`;
}

/** The names of the actors whose reactions the map cannot place, each once, in order. */
export function unplacedNames(
	unplaced: readonly string[],
	items: ReadonlyMap<string, ReactionItem>
): string[] {
	const names = unplaced
		.map((id) => items.get(id)?.actors[0]?.name)
		.filter((n): n is string => n !== undefined);
	return [...new Set(names)];
}
