/**
 * A story's timeline as a thumbnail for the index: the same model, scale and
 * lane packing as the story page's chart, laid out small, with glyphs and
 * year ticks only (no labels). Pure geometry.
 */
import type { GlyphKind } from './glyphs.ts';
import { layoutHorizontal } from './timelineHorizontal.ts';
import type { TimelineModel } from './timelineModel.ts';
import { IDENTITY } from './timelineView.ts';

/** One glyph of the preview. */
export interface PreviewMark {
	x: number;
	y: number;
	kind: GlyphKind;
}

/** What the preview draws, in px of its viewBox. */
export interface PreviewLayout {
	width: number;
	height: number;
	/** y of the axis line; the plot runs from `left` to `right`. */
	axisY: number;
	left: number;
	right: number;
	marks: PreviewMark[];
	/** Dense stretches as bins: x, width, height. */
	bins: [number, number, number][];
	/** Year (or, within one year, month) ticks that do not collide. */
	ticks: { x: number; label: string }[];
}

const LANES = 3;
const LANE = 12;
/** Glyph radius in the preview, px. */
export const PREVIEW_R = 4;

/** Lays out the preview of a story's timeline `width` px wide. */
export function previewLayout(model: TimelineModel, width = 320): PreviewLayout {
	const l = layoutHorizontal(model, {
		width,
		view: IDENTITY,
		lanes: LANES,
		laneHeight: LANE,
		r: PREVIEW_R,
		labelPx: 0
	});
	const axisY = 8 + LANES * LANE + 4;
	const marks = l.marks.map((m) => ({
		x: m.x,
		y: m.y,
		kind: model.entries[m.index]!.glyph
	}));
	const bins = l.runs.flatMap((r) =>
		r.bars.map(([x, w, h]): [number, number, number] => [x, w, Math.min(8, h)])
	);
	const coarse = l.ticks.filter((t) => t.level === 'year');
	const chosen = coarse.length >= 2 ? coarse : l.ticks.filter((t) => t.level !== 'seq');
	const ticks: { x: number; label: string }[] = [];
	for (const t of chosen) {
		const w = t.label.length * 6 + 6;
		if (ticks.length && t.x - ticks.at(-1)!.x < w) continue;
		if (t.x + w > width) continue;
		ticks.push({ x: t.x, label: t.label });
	}
	return {
		width,
		height: axisY + 16,
		axisY,
		left: l.left,
		right: l.left + l.plotWidth,
		marks,
		bins: bins.map(([x, w, h]) => [x, w, h]),
		ticks
	};
}
