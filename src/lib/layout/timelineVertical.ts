/**
 * The phone layout: time runs down the page, one row per item in time
 * order under a heading for each date, the order within a shared day in a
 * narrow gutter, spans as bars beside the marks from their first to their
 * last row. Rows never overlap and labels get nearly the full width.
 */
import { truncate } from './timelineText.ts';
import { LABEL_SIZE, type TimelineModel } from './timelineModel.ts';

/** One row of the vertical timeline. */
export interface VerticalRow {
	index: number;
	y: number;
	/** Order within a shared day ("#3"), or null. */
	seq: string | null;
	label: string;
}

/** A date heading above the rows of that date. */
export interface VerticalHeading {
	y: number;
	text: string;
}

/** A span's bar across rows. */
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

const TRACK = 7;
const MAX_TRACKS = 4;
const HEADING = 24;

/** Lays the items out in rows at `width` px. */
export function layoutVertical(
	model: TimelineModel,
	width: number,
	rowHeight = 30
): VerticalLayout {
	const { entries, scale } = model;
	const gutter = 30;
	const headings: VerticalHeading[] = [];
	const ys: number[] = [];
	let y = 4;
	let prevKey: string | null = null;
	for (const e of entries) {
		const key = e.item.date.replace(/^c\. /, '');
		if (key !== prevKey) {
			headings.push({ y: y + HEADING - 7, text: e.item.date });
			y += HEADING;
			prevKey = key;
		}
		ys.push(y + rowHeight / 2);
		y += rowHeight;
	}

	const bars: VerticalBar[] = [];
	const trackEnds: number[] = [];
	for (let i = 0; i < entries.length; i++) {
		if (scale.point[i]) continue;
		let last = i;
		while (last + 1 < entries.length && scale.uc[last + 1]! < scale.u1[i]!) last++;
		let t = trackEnds.findIndex((end) => end < i);
		if (t < 0 && trackEnds.length < MAX_TRACKS) t = trackEnds.push(-1) - 1;
		if (t < 0) continue;
		trackEnds[t] = last;
		bars.push({
			index: i,
			x: gutter + t * TRACK,
			y0: ys[i]! - rowHeight / 2 + 3,
			y1: ys[last]! + rowHeight / 2 - 3,
			approximate: entries[i]!.approximate
		});
	}
	const markX = gutter + Math.max(1, trackEnds.length) * TRACK + 10;
	const labelX = markX + 14;
	const headingX = markX - 7;
	for (const h of headings) h.text = truncate(h.text, width - headingX - 4, 12);

	const seqOf = new Map<number, number>();
	const rows = entries.map((e, i): VerticalRow => {
		let seq: string | null = null;
		if (scale.point[i]) {
			const day = e.item.extent[0];
			const n = (seqOf.get(day) ?? 0) + 1;
			seqOf.set(day, n);
			const same = (j: number) => entries[j]?.item.extent[0] === day && scale.point[j] === 1;
			if (same(i - 1) || same(i + 1)) seq = `#${n}`;
		}
		return {
			index: i,
			y: ys[i]!,
			seq,
			label: truncate(
				e.item.kind === 'reaction' ? `${e.text}: ${e.item.label}` : e.item.label,
				width - labelX - 4,
				LABEL_SIZE
			)
		};
	});
	return { width, height: y + 4, rowHeight, gutter, markX, labelX, headingX, rows, headings, bars };
}
