/**
 * Horizontal timeline layout at a width and zoom: marks packed into lanes
 * so no two marks and no two labels overlap. Items are placed in time
 * order; each goes to the first lane with room for its mark and label,
 * else the first with room for its mark alone (its label then shows in
 * the card), else it joins a count in the density strip under the lanes,
 * which expands into marks as the reader zooms in. A span's bar runs
 * under later points of its lane but is drawn apart from its link, so
 * every link's own area is its glyph and label. A mark too near the
 * chart's right edge for its label after it takes the label before it
 * instead. Once placed, each label after its mark grows into the room left
 * before the next mark of its lane.
 */
import { LABEL_SIZE, MAX_LABEL_PX, type TimelineModel } from './timelineModel.ts';
import { itemsInView } from './timelineScale.ts';
import { textWidth, truncate } from './timelineText.ts';
import { timelineBreaks, timelineTicks, type Tick } from './timelineTicks.ts';
import type { View } from './timelineView.ts';

/** A mark placed in a lane; x, y in px. */
export interface PlacedMark {
	/** Index into the model's entries. */
	index: number;
	x: number;
	y: number;
	lane: number;
	/** For spans: the bar's drawn extent (clipped to the plot); null for points. */
	bar: [number, number] | null;
	/** The label and where it starts, or null when only the mark fits. */
	label: string | null;
	/** Where the label starts: after the mark, or before it (less than x) near the right edge. */
	labelX: number;
	/** The box the mark and label take, for hit areas and tests. */
	box: [number, number];
}

/** A run of items too dense to draw one by one, shown as a count. */
export interface DensityRun {
	x0: number;
	x1: number;
	count: number;
	/** Histogram of the run: each bin's x, width and bar height (px, 2–12 by log count). */
	bars: [number, number, number][];
}

/** Everything the horizontal timeline draws. */
export interface HorizontalLayout {
	width: number;
	height: number;
	left: number;
	plotWidth: number;
	laneHeight: number;
	lanes: number;
	/** y of the density strip's baseline and of the axis line. */
	stripY: number;
	axisY: number;
	marks: PlacedMark[];
	runs: DensityRun[];
	ticks: Tick[];
	breaks: number[];
}

/** Options of the horizontal layout. */
export interface HorizontalOptions {
	width: number;
	view: View;
	/** Lanes available (default 9). */
	lanes?: number;
	/** Lane height in px (default 26). */
	laneHeight?: number;
	/** Glyph radius in px (default 6). */
	r?: number;
	/** Room reserved for each label while packing, in px (default MAX_LABEL_PX). */
	labelPx?: number;
	/**
	 * Lay out the marks only, with no axis (`ticks` and `breaks` empty): for
	 * the probes that size the chart, which read marks and runs alone.
	 */
	marksOnly?: boolean;
}

/** Padding either side of the plot, in px. */
export const PAD = 16;

/** Width of the plot inside a chart `width` px wide. */
export const plotWidthOf = (width: number) => Math.max(40, width - 2 * PAD);
const GAP = 4;
const SPACE = 10;

/** Lays out the timeline at a width and view. */
export function layoutHorizontal(model: TimelineModel, opts: HorizontalOptions): HorizontalLayout {
	const { width, view, lanes = 9, laneHeight = 26, r = 6, labelPx = MAX_LABEL_PX } = opts;
	const { scale, entries } = model;
	const left = PAD;
	const plotWidth = plotWidthOf(width);
	const right = left + plotWidth;
	const pxPerUnit = (view.k * plotWidth) / scale.total;
	const xOf = (u: number) => left + view.x + u * pxPerUnit;
	const top = 8;
	const stripY = top + lanes * laneHeight + 30;
	const axisY = stripY + 4;

	// Per lane: where its last mark or label ends, and where its last span's bar ends.
	// Bars run under later points of their lane (a rail below the glyphs), never under other bars.
	const ends = new Float64Array(lanes).fill(-Infinity);
	const barEnds = new Float64Array(lanes).fill(-Infinity);
	let minEnd = -Infinity;
	const marks: PlacedMark[] = [];
	const binW = 8;
	const bins = new Uint32Array(Math.ceil(plotWidth / binW) + 1);
	const aggregate = (x: number) =>
		bins[Math.min(bins.length - 1, Math.max(0, Math.floor((x - left) / binW)))]!++;

	const [from, to] = itemsInView(
		scale,
		-view.x / pxPerUnit - 1e-9,
		(plotWidth - view.x) / pxPerUnit + 1e-9
	);
	for (let i = from; i < to; i++) {
		const e = entries[i]!;
		const point = scale.point[i] === 1;
		const x1raw = xOf(scale.u1[i]!);
		const x0raw = xOf(scale.u0[i]!);
		if (x1raw < left || x0raw > right) continue;
		const x = point ? xOf(scale.uc[i]!) : Math.max(x0raw, left);
		if (point && (x < left || x > right)) continue;
		const markA = x - r - 1;
		const markB = x + r + 1;
		if (markA < minEnd + SPACE) {
			aggregate(x);
			continue;
		}
		const barB = point ? -Infinity : Math.min(x1raw, right);
		const labelX = x + r + GAP;
		let text = e.text;
		let tw = e.textWidth;
		if (labelPx > MAX_LABEL_PX && e.full.length > text.length) {
			text = truncate(e.full, labelPx, LABEL_SIZE);
			tw = textWidth(text, LABEL_SIZE);
		}
		const withLabel = labelX + tw;
		/** First lane with room from `start` to `end`, or -1. */
		const fits = (start: number, end: number) => {
			if (end > right + PAD) return -1;
			for (let l = 0; l < lanes; l++)
				if (ends[l]! + SPACE <= start && (point || barEnds[l]! + SPACE <= markA)) return l;
			return -1;
		};
		let lane = text ? fits(markA, withLabel) : -1;
		let labelled = lane >= 0;
		let start = markA;
		let textX = labelX;
		// Past the right edge the label goes before the mark, where a lane has room for it.
		if (!labelled && text && withLabel > right + PAD) {
			const before = x - r - GAP - tw;
			lane = before >= 0 ? fits(before, markB) : -1;
			labelled = lane >= 0;
			if (labelled) start = textX = before;
		}
		if (!labelled) lane = fits(markA, markB);
		if (lane < 0) {
			aggregate(x);
			continue;
		}
		const end = labelled && textX > x ? withLabel : markB;
		ends[lane] = end;
		if (!point) barEnds[lane] = barB;
		minEnd = Math.min(...ends);
		marks.push({
			index: i,
			x,
			y: top + lane * laneHeight + laneHeight / 2,
			lane,
			bar: point ? null : [x, Math.max(x, barB)],
			label: labelled ? text : null,
			labelX: textX,
			box: [start, end]
		});
	}

	growLabels(model, marks, lanes, right + PAD);

	const runs: DensityRun[] = [];
	let most = 1;
	for (const c of bins) most = Math.max(most, c);
	for (let b = 0; b < bins.length; b++) {
		const count = bins[b]!;
		if (!count) continue;
		const x0 = left + b * binW;
		const w = Math.max(1, Math.min(right, x0 + binW) - x0);
		const bar: [number, number, number] = [x0, w, 2 + (10 * Math.log1p(count)) / Math.log1p(most)];
		const last = runs[runs.length - 1];
		if (last && last.x1 >= x0) {
			last.x1 = x0 + w;
			last.count += count;
			last.bars.push(bar);
		} else runs.push({ x0, x1: x0 + w, count, bars: [bar] });
	}

	const frame = { left, plotWidth, view, fontSize: 11 };
	return {
		width,
		height: axisY + 26,
		left,
		plotWidth,
		laneHeight,
		lanes,
		stripY,
		axisY,
		marks,
		runs,
		ticks: opts.marksOnly ? [] : timelineTicks(scale, frame),
		breaks: opts.marksOnly ? [] : timelineBreaks(scale, frame)
	};
}

/** Narrowest label worth drawing after a mark that had none, in px. */
const MIN_LABEL = 36;

/**
 * Gives each placed mark's label the room up to the next mark of its lane
 * (or the chart's edge): the whole label where it fits, else as much as
 * fits; a mark placed without a label gets one when there is room.
 */
function growLabels(model: TimelineModel, marks: PlacedMark[], lanes: number, edge: number) {
	const next = new Float64Array(lanes).fill(edge + SPACE);
	for (let j = marks.length - 1; j >= 0; j--) {
		const m = marks[j]!;
		const room = next[m.lane]! - SPACE - m.labelX;
		next[m.lane] = m.box[0];
		const e = model.entries[m.index]!;
		if (!e.full || m.label === e.full || m.labelX < m.x) continue;
		if (room < (m.label ? textWidth(m.label, LABEL_SIZE) : MIN_LABEL)) continue;
		const text = truncate(e.full, room, LABEL_SIZE);
		if (!text || (m.label && text.length <= m.label.length)) continue;
		m.label = text;
		m.box = [m.box[0], m.labelX + textWidth(text, LABEL_SIZE)];
	}
}

/** Label size used by the layout, for the view's text. */

/** Label rooms tried, widest first, for stories small enough to probe. */
const LABEL_ROOMS = [300, 260, 220, 190];
/** Most lanes a wider label may cost. */
const ROOMY_LANES = 10;
/** Largest story whose labels get more room than MAX_LABEL_PX. */
const ROOMY_ITEMS = 400;

/**
 * The widest label room at which the default view at `width` still draws
 * every item as a mark within ROOMY_LANES lanes (MAX_LABEL_PX otherwise):
 * on a wide screen event labels read in full rather than cut.
 */
export function labelRoom(model: TimelineModel, width: number): number {
	if (model.entries.length > ROOMY_ITEMS) return MAX_LABEL_PX;
	const view = { k: 1, x: 0 };
	const base = layoutHorizontal(model, { width, view, lanes: ROOMY_LANES, marksOnly: true }).marks
		.length;
	for (const labelPx of LABEL_ROOMS) {
		const probe = layoutHorizontal(model, {
			width,
			view,
			lanes: ROOMY_LANES,
			labelPx,
			marksOnly: true
		});
		if (probe.marks.length >= base && probe.runs.length === 0) return labelPx;
	}
	return MAX_LABEL_PX;
}

/** Lanes the default view needs at `width` (at least `min`, at most `max`) with labels of `labelPx`. */
export function lanesNeeded(
	model: TimelineModel,
	width: number,
	min = 3,
	max = 12,
	labelPx = MAX_LABEL_PX
): number {
	const probe = layoutHorizontal(model, {
		width,
		view: { k: 1, x: 0 },
		lanes: max,
		labelPx,
		marksOnly: true
	});
	const used = probe.marks.reduce((m, p) => Math.max(m, p.lane + 1), 0);
	return Math.min(max, Math.max(min, used));
}

/** Most lanes the default view takes. */
const MAX_LANES = 12;
/**
 * A story this small is never folded into the density strip at a desktop
 * width: a day of many sequenced moments may take up to SMALL_STORY_LANES
 * lanes, a taller chart rather than a count standing for a few items.
 */
const SMALL_STORY = 60;
const SMALL_STORY_LANES = 18;

/** Lanes and label room of the default view at `width`: what the chart is laid out with. */
export function fitOptions(
	model: TimelineModel,
	width: number
): { lanes: number; labelPx: number } {
	const labelPx = labelRoom(model, width);
	const max = model.entries.length <= SMALL_STORY ? SMALL_STORY_LANES : MAX_LANES;
	return { lanes: lanesNeeded(model, width, 3, max, labelPx), labelPx };
}
