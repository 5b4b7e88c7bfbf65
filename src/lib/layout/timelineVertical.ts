/**
 * The phone layout: time runs down the page, one row per item in time
 * order, the resolved date in a gutter where it changes, spans as bars
 * beside the marks from their first to their last row. Rows never overlap
 * and labels get the full width.
 */
import { textWidth, truncate } from './timelineText.ts';
import { LABEL_SIZE, type TimelineModel } from './timelineModel.ts';

/** One row of the vertical timeline. */
export interface VerticalRow {
	index: number;
	y: number;
	/** The date shown in the gutter, or null where it repeats the row above. */
	date: string | null;
	/** Order within a shared day ("#3"), or null. */
	seq: string | null;
	label: string;
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
	rows: VerticalRow[];
	bars: VerticalBar[];
}

const TRACK = 7;
const MAX_TRACKS = 4;

/** Lays the items out in rows at `width` px. */
export function layoutVertical(
	model: TimelineModel,
	width: number,
	rowHeight = 30
): VerticalLayout {
	const { entries, scale } = model;
	const dateW = entries.reduce((m, e) => Math.max(m, textWidth(e.item.date, 11)), 40);
	const gutter = Math.min(140, dateW + 12);
	const top = 6;
	const rowY = (i: number) => top + i * rowHeight + rowHeight / 2;
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
			y0: rowY(i) - rowHeight / 2 + 3,
			y1: rowY(last) + rowHeight / 2 - 3,
			approximate: entries[i]!.approximate
		});
	}
	const markX = gutter + Math.max(1, trackEnds.length) * TRACK + 10;
	const labelX = markX + 12;
	const seqOf = new Map<number, number>();
	let prevDate: string | null = null;
	const rows = entries.map((e, i): VerticalRow => {
		const date = e.item.date.replace(/^c\. /, '');
		let seq: string | null = null;
		if (scale.point[i]) {
			const day = e.item.extent[0];
			const n = (seqOf.get(day) ?? 0) + 1;
			seqOf.set(day, n);
			const shared =
				(i > 0 && entries[i - 1]!.item.extent[0] === day && scale.point[i - 1]) ||
				(i + 1 < entries.length && entries[i + 1]!.item.extent[0] === day && scale.point[i + 1]);
			if (shared) seq = `#${n}`;
		}
		const row: VerticalRow = {
			index: i,
			y: rowY(i),
			date: date === prevDate ? null : truncate(e.item.date, gutter - 10, 11),
			seq,
			label: truncate(
				e.item.kind === 'reaction' ? `${e.text}: ${e.item.label}` : e.item.label,
				width - labelX - 6,
				LABEL_SIZE
			)
		};
		prevDate = date;
		return row;
	});
	return {
		width,
		height: top * 2 + entries.length * rowHeight,
		rowHeight,
		gutter,
		markX,
		labelX,
		rows,
		bars
	};
}
