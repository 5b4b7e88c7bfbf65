/**
 * What the timeline needs of a story's items, computed once per story: the
 * piecewise scale, each item's glyph and short label. Views and layouts at
 * any width and zoom start from this.
 */
import { itemMark, type Item } from '../story/items.ts';
import type { GlyphKind } from './glyphs.ts';
import { buildTimeScale, type ScaleOptions, type TimeScale } from './timelineScale.ts';
import { textWidth, truncate } from './timelineText.ts';

/** Longest label drawn beside a mark, in px. */
export const MAX_LABEL_PX = 150;
/** Label size in px. */
export const LABEL_SIZE = 12;

/** One item as the timeline draws it. */
export interface TimelineEntry {
	item: Item;
	glyph: GlyphKind;
	/** Short label: the actor for a reaction, the label for an event (truncated). */
	text: string;
	textWidth: number;
	/** The whole short label, for when the layout finds room for more than `text`. */
	full: string;
	approximate: boolean;
}

/** The items, their scale and their entries, in time order. */
export interface TimelineModel {
	entries: TimelineEntry[];
	scale: TimeScale;
}

/** The short label of an item: who reacted, or what happened. */
export function shortLabel(item: Item): string {
	if (item.kind === 'reaction') return item.actors.map((a) => a.name).join(', ') || item.label;
	return item.label;
}

/** Builds the model of items already in time order (as `storyItems` returns them). */
export function timelineModel(items: readonly Item[], opts?: ScaleOptions): TimelineModel {
	const scale = buildTimeScale(
		items.map((i) => i.extent),
		opts
	);
	const entries = items.map((item): TimelineEntry => {
		const full = shortLabel(item);
		const text = truncate(full, MAX_LABEL_PX, LABEL_SIZE);
		return {
			full,
			item,
			glyph: itemMark(item),
			text,
			textWidth: textWidth(text, LABEL_SIZE),
			approximate: item.when.approximate
		};
	});
	return { entries, scale };
}
