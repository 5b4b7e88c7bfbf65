/**
 * The phone layout: time runs down the page, one row per item in time
 * order under a heading for each date, the order within a shared day in a
 * narrow gutter, a span as a short bar beside its own row (its range is in
 * the heading). Rows never overlap; labels get nearly the full width and
 * wrap onto a second line rather than being cut.
 */
import { truncate, wrap } from './timelineText.ts';
import { LABEL_SIZE, type TimelineModel } from './timelineModel.ts';

/** One row of the vertical timeline. */
export interface VerticalRow {
	index: number;
	y: number;
	/** Row height in px (taller when the label takes two lines). */
	h: number;
	/** Order within a shared day ("#3"), or null. */
	seq: string | null;
	/** The label's whole text, before wrapping and cutting. */
	text: string;
	/** The label's lines (one or two). */
	lines: string[];
}

/** A date heading above the rows of that date. */
export interface VerticalHeading {
	y: number;
	text: string;
}

/** A span's bar beside its row. */
export interface VerticalBar {
	index: number;
	x: number;
	y0: number;
	y1: number;
	approximate: boolean;
}

/** Everything the vertical timeline draws. */
export interface VerticalLayout {
	width: number;
	height: number;
	rowHeight: number;
	gutter: number;
	markX: number;
	labelX: number;
	/** Where date headings start: right of the span bars, so bars never cross them. */
	headingX: number;
	rows: VerticalRow[];
	headings: VerticalHeading[];
	bars: VerticalBar[];
}

const HEADING = 24;
/** Extra height of a row whose label takes a second line. */
export const LINE_HEIGHT = 15;

/** Lays the items out in rows at `width` px. */
export function layoutVertical(
	model: TimelineModel,
	width: number,
	rowHeight = 30
): VerticalLayout {
	const { entries, scale } = model;
	const gutter = 30;
	const markX = gutter + 18;
	const labelX = markX + 14;
	const headingX = markX - 7;
	const room = width - labelX - 12;
	const headings: VerticalHeading[] = [];
	const bars: VerticalBar[] = [];
	const seqOf = new Map<number, number>();
	const rows: VerticalRow[] = [];
	let y = 4;
	let prevKey: string | null = null;
	for (let i = 0; i < entries.length; i++) {
		const e = entries[i]!;
		const key = e.item.date.replace(/^c\. /, '');
		if (key !== prevKey) {
			headings.push({ y: y + HEADING - 7, text: truncate(e.item.date, width - headingX - 4, 12) });
			y += HEADING;
			prevKey = key;
		}
		const text = e.item.kind === 'reaction' ? withSpeaker(e.full, e.item.label) : e.item.label;
		const lines = wrap(text, room, LABEL_SIZE);
		const h = rowHeight + (lines.length - 1) * LINE_HEIGHT;
		let seq: string | null = null;
		if (scale.point[i]) {
			const day = e.item.extent[0];
			const n = (seqOf.get(day) ?? 0) + 1;
			seqOf.set(day, n);
			const same = (j: number) => entries[j]?.item.extent[0] === day && scale.point[j] === 1;
			if (same(i - 1) || same(i + 1)) seq = `#${n}`;
		} else
			bars.push({ index: i, x: gutter + 5, y0: y + 6, y1: y + h - 6, approximate: e.approximate });
		rows.push({ index: i, y: y + h / 2, h, seq, text, lines });
		y += h;
	}
	return { width, height: y + 4, rowHeight, gutter, markX, labelX, headingX, rows, headings, bars };
}

const wordsOf = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}’']{3,}/gu) ?? []);

/**
 * A reaction's row text: the speaker, then the label — unless the label
 * already opens with the speaker (its name, or a word of its name before
 * a colon: "Moeketsi: …" for Seabata Moeketsi), which is not said twice.
 */
export function withSpeaker(name: string, label: string): string {
	const lower = label.toLowerCase();
	/** The label opens with `words` as whole words ("Trump says", not "Trumpet"). */
	const opens = (words: string) =>
		lower.startsWith(words) && !/[\p{L}\p{N}]/u.test(lower[words.length] ?? '');
	const last = name.split(/\s+/).at(-1)!.toLowerCase();
	if (opens(name.toLowerCase()) || (last.length > 2 && opens(last))) return label;
	const colon = label.indexOf(':');
	if (colon > 0 && colon <= 40) {
		const mine = wordsOf(name);
		for (const w of wordsOf(label.slice(0, colon))) if (mine.has(w)) return label;
	}
	return `${name}: ${label}`;
}
