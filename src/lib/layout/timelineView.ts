/**
 * The zoom and pan of the timeline as a plain value: a scale factor `k` and
 * an offset `x` in px, applied to the default view where the whole scale
 * fills the plot width. Pure functions: gestures, buttons and keys all go
 * through them, and they keep the view inside the data.
 */

/** A zoom/pan state: screen = left + x + k · (u / total) · plotWidth. */
export interface View {
	k: number;
	x: number;
}

/** The default view: everything visible. */
export const IDENTITY: View = { k: 1, x: 0 };

/** Largest useful zoom: until one unit of the scale is about `unitPx` wide. */
export function maxZoom(total: number, plotWidth: number, unitPx = 60): number {
	return Math.max(8, (unitPx * total) / Math.max(1, plotWidth));
}

/** Keeps a view inside [1, kMax] and the data filling the plot. */
export function clampView(v: View, plotWidth: number, kMax: number): View {
	const k = Math.min(kMax, Math.max(1, v.k));
	const x = Math.min(0, Math.max(plotWidth * (1 - k), v.x));
	return { k, x };
}

/** Zooms by `factor` keeping the plot x-position `px` (0 = plot's left edge) fixed. */
export function zoomAt(v: View, factor: number, px: number, plotWidth: number, kMax: number): View {
	const k = Math.min(kMax, Math.max(1, v.k * factor));
	const f = k / v.k;
	return clampView({ k, x: px - (px - v.x) * f }, plotWidth, kMax);
}

/** Pans by `dx` px. */
export function panBy(v: View, dx: number, plotWidth: number, kMax: number): View {
	return clampView({ k: v.k, x: v.x + dx }, plotWidth, kMax);
}

/** A view that shows unit position `u` at the plot's centre, at zoom `k`. */
export function centreOn(
	u: number,
	total: number,
	k: number,
	plotWidth: number,
	kMax: number
): View {
	return clampView({ k, x: plotWidth / 2 - (k * u * plotWidth) / total }, plotWidth, kMax);
}
