/**
 * Mark encodings shared by every view: stance by colour AND shape, so it reads
 * in greyscale and for colour-blind readers; events by their own shape.
 * Pure geometry: path strings centred on (0, 0).
 */
import type { Stance } from '../story/schema.ts';

/** The kinds of mark: an event, or a reaction of a stance. */
export type GlyphKind = 'event' | Stance;

/** How a glyph is drawn: an outline path and an optional filled path. */
export interface Glyph {
	/** Outline, stroked in the glyph's colour. */
	outline: string;
	/** Filled part (whole shape, half of it, or none). */
	fill: string | null;
	/** CSS custom property holding the colour. */
	color: string;
	/** Word for the legend and for screen readers. */
	label: string;
	/** Shape in words, for the legend's description. */
	shape: string;
}

const r2 = (n: number) => Math.round(n * 100) / 100;

function circle(r: number): string {
	return `M${r2(-r)},0A${r2(r)},${r2(r)} 0 1,0 ${r2(r)},0A${r2(r)},${r2(r)} 0 1,0 ${r2(-r)},0Z`;
}

/** The glyph of a kind of mark, sized so its area is like a circle of radius `r`. */
export function glyph(kind: GlyphKind, r = 6): Glyph {
	switch (kind) {
		case 'supportive':
			return {
				outline: circle(r),
				fill: circle(r),
				color: 'var(--supportive)',
				label: 'supportive',
				shape: 'filled circle'
			};
		case 'critical': {
			const d = r * 1.25;
			const p = `M0,${r2(-d)}L${r2(d)},0L0,${r2(d)}L${r2(-d)},0Z`;
			return {
				outline: p,
				fill: p,
				color: 'var(--critical)',
				label: 'critical',
				shape: 'filled diamond'
			};
		}
		case 'mixed':
			return {
				outline: circle(r),
				fill: `M0,${r2(-r)}A${r2(r)},${r2(r)} 0 0,0 0,${r2(r)}Z`,
				color: 'var(--mixed)',
				label: 'mixed',
				shape: 'half-filled circle'
			};
		case 'neutral':
			return {
				outline: circle(r),
				fill: null,
				color: 'var(--neutral)',
				label: 'neutral',
				shape: 'hollow circle'
			};
		case 'event': {
			const s = r * 0.9;
			const p = `M${r2(-s)},${r2(-s)}H${r2(s)}V${r2(s)}H${r2(-s)}Z`;
			return { outline: p, fill: p, color: 'var(--event)', label: 'event', shape: 'filled square' };
		}
	}
}

/** Glyph kinds in legend order. */
export const GLYPH_KINDS: readonly GlyphKind[] = [
	'event',
	'supportive',
	'critical',
	'mixed',
	'neutral'
];

/** Stances in legend and keyboard order. */
export const STANCE_ORDER: readonly Stance[] = ['supportive', 'critical', 'mixed', 'neutral'];

/** Dash pattern of a stance's arcs (and its legend line): solid, dashed, dash-dot, dotted. */
export const STANCE_DASH: Readonly<Record<Stance, string | undefined>> = {
	supportive: undefined,
	critical: '6 3',
	mixed: '8 2 2 2',
	neutral: '1.5 3'
};
