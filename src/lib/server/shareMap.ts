/**
 * The reaction map as one static SVG for the share card: the same basemap,
 * plates, names, markers and arcs as the story page's map (wide variant, the
 * layout's pixel offsets at a fixed layer width), cropped to the places.
 * The basemap keeps only the outlines that reach into the crop: the others
 * cannot change a pixel of the card, and drawing them was most of its cost.
 */
import { pathRings, ringsToPath } from '../layout/geoPath.ts';
import { glyph, STANCE_DASH } from '../layout/glyphs.ts';
import { markerArcs } from '../layout/mapMarkerArcs.ts';
import type { ReactionMapGeometry } from '../layout/mapTypes.ts';
import { esc, type Palette, mix, resolveVars } from './shareStyle.ts';

/** Width in px at which the map's markers layer is laid out for the card (a wide map). */
export const MAP_LAYER = 720;

const r1 = (n: number) => Math.round(n * 10) / 10;

/** A rectangle: [x0, y0, x1, y1]. */
type Rect = [number, number, number, number];

/**
 * The outlines of path `d` (whole-pixel steps, as `compactPaths` writes
 * them) whose bounding box meets `rect`, as a path again. A closed outline
 * away from the rectangle adds nothing to a fill inside it, nor does a line
 * whose stroke stays away from it, so what shows inside is unchanged.
 */
export function cullPath(d: string, [x0, y0, x1, y1]: Rect): string {
	const kept = pathRings(d).filter(({ points }) => {
		let [ax, ay, bx, by] = [Infinity, Infinity, -Infinity, -Infinity];
		for (const [x, y] of points) {
			if (x < ax) ax = x;
			if (x > bx) bx = x;
			if (y < ay) ay = y;
			if (y > by) by = y;
		}
		return ax <= x1 && bx >= x0 && ay <= y1 && by >= y0;
	});
	return ringsToPath(kept);
}

/** The map's marks and the part of the layer worth showing, px. */
export function shareMap(
	g: ReactionMapGeometry,
	p: Palette,
	box: { w: number; h: number },
	{ cull = true }: { /** Whether to leave out outlines outside the crop. */ cull?: boolean } = {}
): { body: string; viewBox: [number, number, number, number] } {
	const W = MAP_LAYER;
	const H = (W * g.height) / g.width;
	const k = W / g.width;
	const at = (fx: number, fy: number) => [fx * W, fy * H] as const;
	const parts: string[] = [];
	// Extent of what matters: anchors, plates and names.
	let x0 = Infinity,
		y0 = Infinity,
		x1 = -Infinity,
		y1 = -Infinity;
	const grow = (a: number, b: number, c: number, d: number) => {
		x0 = Math.min(x0, a);
		y0 = Math.min(y0, b);
		x1 = Math.max(x1, c);
		y1 = Math.max(y1, d);
	};

	// The basemap goes first; it is written once the crop is known.
	parts.push('');
	for (const pl of g.places) {
		const x = pl.x * k;
		const y = pl.y * k;
		if (pl.kind === 'region')
			parts.push(
				`<ellipse cx="${r1(x)}" cy="${r1(y)}" rx="34" ry="24" fill="${mix(p.accent, p.bg, 0.1)}" stroke="${p.accent}" stroke-dasharray="4 3"/>`
			);
		parts.push(`<circle cx="${r1(x)}" cy="${r1(y)}" r="2.5" fill="${p.fg}"/>`);
		grow(x - 4, y - 4, x + 4, y + 4);
	}
	for (const c of g.clusters) {
		const [ax, ay] = at(c.fx, c.fy);
		const q = c.wide;
		const t = Math.min(
			1,
			Math.max(0, 1 - Math.min(q.w / 2 / Math.abs(q.dx || 1e-9), q.h / 2 / Math.abs(q.dy || 1e-9)))
		);
		if (t)
			parts.push(
				`<line x1="${r1(ax)}" y1="${r1(ay)}" x2="${r1(ax + q.dx * t)}" y2="${r1(ay + q.dy * t)}" stroke="${p.muted}"/>`
			);
		const rx = ax + q.dx - q.w / 2 - 2;
		const ry = ay + q.dy - q.h / 2 - 2;
		parts.push(
			`<rect x="${r1(rx)}" y="${r1(ry)}" width="${r1(q.w + 4)}" height="${r1(q.h + 4)}" rx="6" fill="${p.bg}" fill-opacity="0.9" stroke="${p.rule}"/>`
		);
		grow(rx, ry, rx + q.w + 4, ry + q.h + 4);
	}
	const stances = new Map(g.arcs.map((a) => [a.id, a.stance]));
	for (const a of markerArcs(g, W, false)) {
		const s = stances.get(a.id) ?? 'neutral';
		const dash = STANCE_DASH[s] ? ` stroke-dasharray="${STANCE_DASH[s]}"` : '';
		parts.push(
			`<g opacity="0.6" color="${p[s]}"><path d="${a.d}" fill="none" stroke="currentColor" stroke-width="1.5"${dash}/><path d="${a.head}" fill="currentColor"/></g>`
		);
	}
	for (const l of g.labels) {
		const [ax, ay] = at(l.fx, l.fy);
		parts.push(
			`<text x="${r1(ax + l.dx)}" y="${r1(ay + l.dy + 4)}" font-size="12" fill="${p.fg}">${esc(l.text)}</text>`
		);
	}
	for (const m of g.markers) {
		const [ax, ay] = at(m.fx, m.fy);
		const gl = glyph(m.stance, 6.5);
		const color = resolveVars(gl.color, p);
		parts.push(
			`<g transform="translate(${r1(ax + m.wide.dx)},${r1(ay + m.wide.dy)})" color="${color}">` +
				(gl.fill ? `<path d="${gl.fill}" fill="currentColor"/>` : '') +
				`<path d="${gl.outline}" fill="${gl.fill ? 'none' : p.bg}" stroke="currentColor" stroke-width="1.5"/></g>`
		);
	}

	// Crop to the places, padded, at the box's aspect, never zoomed in more than 1.4×.
	const pad = 24;
	let cw = Math.max(x1 - x0 + 2 * pad, box.w / 1.4);
	let ch = Math.max(y1 - y0 + 2 * pad, box.h / 1.4);
	if (cw / ch > box.w / box.h) ch = (cw * box.h) / box.w;
	else cw = (ch * box.w) / box.h;
	cw = Math.min(cw, W);
	ch = Math.min(ch, H);
	const cx = Number.isFinite(x0) ? (x0 + x1) / 2 : W / 2;
	const cy = Number.isFinite(y0) ? (y0 + y1) / 2 : H / 2;
	const vx = Math.min(Math.max(0, cx - cw / 2), W - cw);
	const vy = Math.min(Math.max(0, cy - ch / 2), H - ch);
	const viewBox: Rect = [r1(vx), r1(vy), r1(cw), r1(ch)];

	// In basemap units, with a margin wider than a border's stroke and its anti-aliasing.
	const scale = r1(k * 1000) / 1000;
	const m = 4;
	const crop: Rect = [
		(viewBox[0] - m) / scale,
		(viewBox[1] - m) / scale,
		(viewBox[0] + viewBox[2] + m) / scale,
		(viewBox[1] + viewBox[3] + m) / scale
	];
	const path = (d: string) => (cull ? cullPath(d, crop) : d);
	const land = mix(p.fg, p.bg, 0.09);
	const shade = mix(p.accent, p.bg, 0.28);
	parts[0] =
		`<g transform="scale(${scale})">` +
		`<path d="${path(g.land)}" fill="${land}"/>` +
		g.places
			.filter((pl) => pl.d)
			.map((pl) => `<path d="${path(pl.d!)}" fill="${shade}"/>`)
			.join('') +
		`<path d="${path(g.borders)}" fill="none" stroke="${p.bg}" stroke-width="${r1(0.8 / k)}"/>` +
		'</g>';
	return { body: parts.join(''), viewBox };
}
