/**
 * A story's share card: a 1200×630 image of its timeline and reaction map
 * with its title, outlet and date, drawn at build time in Node. The
 * timeline is the page's own server-rendered SVG, the map is drawn from the
 * page's map layout; `@resvg/resvg-js` turns the card into a PNG with a font
 * shipped in an npm package (Source Sans 3), so no browser is involved.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { render } from 'svelte/server';
import { timelineModel } from '../layout/timelineModel.ts';
import { fitOptions, layoutHorizontal } from '../layout/timelineHorizontal.ts';
import { IDENTITY } from '../layout/timelineView.ts';
import type { ReactionMapGeometry } from '../layout/mapTypes.ts';
import { textWidth, wrap } from '../layout/timelineText.ts';
import { GLYPH_KINDS, glyph } from '../layout/glyphs.ts';
import { storyItems } from '../story/items.ts';
import type { Story } from '../story/schema.ts';
import { formatCalendar } from '../story/when.ts';
import TimelineHorizontal from '../views/TimelineHorizontal.svelte';
import { SUBSETTER, withSubsetFonts } from './cardFonts.ts';
import { encodePng, isOpaque, PNG_LEVEL } from './png.ts';
import { shareMap } from './shareMap.ts';
import { esc, lightPalette, resolveVars, type Palette } from './shareStyle.ts';

/** The card's size in px (the size link previews expect). */
export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;
const FONT = 'Source Sans 3';
const PAD = 48;

const require = createRequire(import.meta.url);
/** The font files the card is drawn with, from the `source-sans` package (SIL OFL). */
export const FONT_FILES = ['Regular', 'Bold'].map((w) =>
	require.resolve(`source-sans/TTF/SourceSans3-${w}.ttf`)
);

/** The alternative text of a story's card. */
export function shareAlt(story: Story): string {
	const n = (k: number, w: string) => `${k} ${w}${k === 1 ? '' : 's'}`;
	return `Timeline${story.reactions.length ? ' and map of reactions' : ''} of “${story.title}” (${story.outlet}, ${formatCalendar(story.published, 'day')}): ${n(story.events.length, 'event')} and ${n(story.reactions.length, 'reaction')}.`;
}

/** What resvg needs of the timeline's styles, in the page's colours. */
function timelineCss(p: Palette): string {
	return `
.grid line{stroke:${p.grid}}.grid line.year{stroke:${p.rule}}
.axis line,.axis .break{stroke:${p.muted};fill:none}.axis .break{stroke-width:1.5}
.tick text{font-size:11px;fill:${p.muted}}.tick.year text{fill:${p.fg};font-weight:600}
.bar{stroke:currentColor;stroke-width:3;stroke-linecap:round}
.bar.approx{stroke-width:5;stroke-linecap:butt;opacity:0.22}
.run .bin{fill:${p.muted};opacity:0.5}.run .hit,.mark .hit{fill:none}.run text{font-size:10px;fill:${p.fg}}
.approx-ring{fill:none;stroke:${p.muted};stroke-width:1;stroke-dasharray:2.5 2.5}.ring{fill:none;stroke:none}
.mark text{font-size:12px;fill:${p.fg}}`;
}

/** The page's timeline SVG for a story, laid out at `width`, as markup and size. */
function timelineSvg(story: Story, width: number): { svg: string; w: number; h: number } {
	const model = timelineModel(storyItems(story));
	const layout = layoutHorizontal(model, { width, view: IDENTITY, ...fitOptions(model, width) });
	const { body } = render(TimelineHorizontal, {
		props: { layout, model, title: `Timeline of “${story.title}”` }
	});
	const svg = body.slice(body.indexOf('<svg'), body.lastIndexOf('</svg>') + 6);
	return { svg, w: layout.width, h: layout.height };
}

/** Places an SVG's markup inside the card at a box, scaled to fit, top-left aligned. */
function placed(svg: string, x: number, y: number, w: number, h: number): string {
	return svg.replace(
		/^<svg\b([^>]*?)\swidth="[^"]*"\s+height="[^"]*"/,
		`<svg$1 x="${x}" y="${y}" width="${w}" height="${h}" preserveAspectRatio="xMinYMin meet"`
	);
}

/** A row naming each glyph (event, then the stances), baseline at `y`. */
function legend(p: Palette, y: number): string {
	let x = PAD;
	const out: string[] = [];
	for (const kind of GLYPH_KINDS) {
		const g = glyph(kind, 7);
		const color = resolveVars(g.color, p);
		out.push(
			`<g transform="translate(${x + 7},${y - 6})" color="${color}">` +
				(g.fill ? `<path d="${g.fill}" fill="currentColor"/>` : '') +
				`<path d="${g.outline}" fill="${g.fill ? 'none' : p.bg}" stroke="currentColor" stroke-width="1.5"/></g>`,
			`<text x="${x + 20}" y="${y}" font-size="18" fill="${p.muted}">${esc(g.label)}</text>`
		);
		x += 20 + textWidth(g.label, 18) + 24;
	}
	return out.join('');
}

/**
 * The card as SVG markup (1200×630). `cull: false` keeps the basemap's
 * outlines outside the map's crop (which draws the same pixels, slower).
 */
export function shareCardSvg(
	story: Story,
	map?: ReactionMapGeometry,
	{ cull = true }: { cull?: boolean } = {}
): string {
	const p = lightPalette();
	const W = SHARE_WIDTH;
	const H = SHARE_HEIGHT;
	const title = wrap(story.title, W - 2 * PAD, 40, 2);
	const titleTop = PAD + 58;
	const metaY = titleTop + (title.length - 1) * 46 + 40;
	const top = metaY + 28;
	const bottom = H - PAD - 8;
	const withMap = !!map && story.reactions.length > 0;
	const gap = 32;
	const tlBox = { x: PAD, w: withMap ? 560 : W - 2 * PAD };
	const mapBox = { x: PAD + tlBox.w + gap, w: W - 2 * PAD - tlBox.w - gap };
	const boxH = bottom - top;

	// Laid out at the box's width, so its labels keep the page's size unless it must shrink to fit.
	const tl = timelineSvg(story, tlBox.w);
	const scale = Math.min(tlBox.w / tl.w, boxH / tl.h);
	const parts: string[] = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${FONT}">`,
		`<style>${timelineCss(p)}</style>`,
		`<rect width="${W}" height="${H}" fill="${p.bg}"/>`,
		`<rect width="${W}" height="8" fill="${p.accent}"/>`,
		`<text x="${PAD}" y="${PAD + 8}" font-size="22" font-weight="700" fill="${p.fg}">newsline</text>`,
		...title.map(
			(line, i) =>
				`<text x="${PAD}" y="${titleTop + i * 46}" font-size="40" font-weight="700" fill="${p.fg}">${esc(line)}</text>`
		),
		`<text x="${PAD}" y="${metaY}" font-size="24" fill="${p.muted}">${esc(
			`${story.outlet} · ${formatCalendar(story.published, 'day')} · ${story.events.length} events, ${story.reactions.length} reactions`
		)}</text>`,
		`<line x1="${PAD}" x2="${W - PAD}" y1="${top - 12}" y2="${top - 12}" stroke="${p.rule}"/>`,
		resolveVars(placed(tl.svg, tlBox.x, top, Math.round(tl.w * scale), Math.round(tl.h * scale)), p)
	];
	if (withMap) {
		const m = shareMap(map!, p, { w: mapBox.w, h: boxH }, { cull });
		parts.push(
			`<svg x="${mapBox.x}" y="${top}" width="${mapBox.w}" height="${boxH}" viewBox="${m.viewBox.join(' ')}" preserveAspectRatio="xMidYMid meet">${m.body}</svg>`
		);
	}
	parts.push(legend(p, H - 28), '</svg>');
	return parts.join('\n');
}

/** How resvg draws the card: its size and fonts. */
const RENDER_OPTIONS = {
	fitTo: { mode: 'width', value: SHARE_WIDTH },
	font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT }
} as const;

/**
 * The card's SVG as PNG bytes, drawn by resvg. resvg is given the fonts cut
 * down to the card's characters (`cardFonts.ts`: the same glyphs, read far
 * faster) and its pixels are encoded by `png.ts` (the same pixels, in less
 * time and fewer bytes than resvg's own encoder).
 */
export function renderPng(svg: string): Buffer {
	const image = withSubsetFonts(FONT_FILES, svg, (fontFiles) =>
		new Resvg(svg, { ...RENDER_OPTIONS, font: { ...RENDER_OPTIONS.font, fontFiles } }).render()
	);
	// resvg's pixels are premultiplied, which is the same only where they are opaque.
	const pixels = image.pixels;
	return isOpaque(pixels) ? encodePng(pixels, image.width, image.height) : image.asPng();
}

/**
 * Where drawn cards are kept between builds: `NEWSLINE_CACHE` (a folder),
 * else `node_modules/.cache/newsline`; `NEWSLINE_CACHE=off` keeps none.
 */
export function cardCacheDir(value = process.env.NEWSLINE_CACHE): string | null {
	if (value === 'off') return null;
	return join(resolve(value || 'node_modules/.cache/newsline'), 'share');
}

let renderer: string | undefined;

/**
 * What, besides the SVG, decides the PNG: resvg's version, its options, the
 * bytes of the font files (hashed once per process), the subsetter and the
 * PNG encoding.
 */
function rendererKey(): string {
	if (renderer === undefined) {
		const h = createHash('sha256');
		h.update(`resvg ${require('@resvg/resvg-js/package.json').version}\n`);
		h.update(JSON.stringify(RENDER_OPTIONS.fitTo) + JSON.stringify(RENDER_OPTIONS.font) + '\n');
		h.update(`fonts subset by ${SUBSETTER}; png unfiltered, zlib level ${PNG_LEVEL}\n`);
		for (const f of FONT_FILES) h.update(readFileSync(f));
		renderer = h.digest('hex');
	}
	return renderer;
}

/** The cache key of a card: its whole SVG and the renderer. */
export function cardKey(svg: string): string {
	return createHash('sha256').update(rendererKey()).update('\n').update(svg).digest('hex');
}

/**
 * The card's SVG as PNG bytes, from the cache when the same SVG was drawn
 * by the same renderer and fonts before, else drawn and kept. The key is a
 * hash of the full input, so a changed story never gets an old card; a
 * cache that cannot be read or written is only skipped.
 */
export function cachedPng(svg: string, dir: string | null = cardCacheDir()): Buffer {
	if (!dir) return renderPng(svg);
	const file = join(dir, `${cardKey(svg)}.png`);
	try {
		return readFileSync(file);
	} catch {
		// Not drawn yet.
	}
	const png = renderPng(svg);
	try {
		mkdirSync(dir, { recursive: true });
		const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
		writeFileSync(tmp, png);
		renameSync(tmp, file);
	} catch {
		// A read-only or full disk: the card is still served, just not kept.
	}
	return png;
}

/** The card as PNG bytes (kept between builds under a hash of its SVG, fonts and renderer). */
export function shareCardPng(story: Story, map?: ReactionMapGeometry): Buffer {
	return cachedPng(shareCardSvg(story, map));
}
