/** The share card of every story: a 1200×630 PNG drawn from the page's own chart SVG. */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { world110m } from '../../src/lib/layout/geoAtlas.ts';
import { reactionMap } from '../../src/lib/layout/map.ts';
import {
	cachedPng,
	cardCacheDir,
	cardKey,
	FONT_FILES,
	renderPng,
	shareAlt,
	shareCardPng,
	shareCardSvg
} from '../../src/lib/server/shareCard.ts';
import { lightPalette, mix, resolveVars } from '../../src/lib/server/shareStyle.ts';
import { esc } from '../../src/lib/server/shareStyle.ts';
import { testStories } from '../fixtures/storyFolders.ts';

describe('share card palette', () => {
	it('reads the light theme from app.css and resolves custom properties', () => {
		const p = lightPalette();
		expect(p.bg).toBe('#ffffff');
		expect(resolveVars('fill="var(--bg)" color: var(--supportive)', p)).toBe(
			`fill="#ffffff" color: ${p.supportive}`
		);
		expect(mix('#000000', '#ffffff', 0.25)).toBe('#bfbfbf');
	});
});

/** The pixels (RGBA) of a PNG written by `encodePng`: one IDAT, every row unfiltered. */
function unfilteredPixels(png: Buffer): { width: number; height: number; pixels: Buffer } {
	const width = png.readUInt32BE(16);
	const height = png.readUInt32BE(20);
	const idat = png.indexOf('IDAT', 0, 'latin1');
	const raw = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
	const stride = width * 4;
	const pixels = Buffer.alloc(stride * height);
	for (let y = 0; y < height; y++) {
		expect(raw[y * (stride + 1)]).toBe(0);
		raw.copy(pixels, y * stride, y * (stride + 1) + 1, (y + 1) * (stride + 1));
	}
	return { width, height, pixels };
}

describe.each(testStories().map((s) => [s.story.slug, s.story] as const))(
	'story %s',
	(_, story) => {
		const map = reactionMap(story, world110m);

		it('draws title, outlet and date over the timeline and map, in plain colours', () => {
			const svg = shareCardSvg(story, map);
			expect(svg).toContain(esc(story.outlet));
			expect(svg).toContain('data-layout="horizontal"');
			expect(svg.match(/data-item-id=/g)?.length ?? 0).toBeGreaterThan(0);
			expect(svg).not.toContain('var(--');
			const words = story.title.split(' ').slice(0, 3).join(' ');
			expect(svg).toContain(esc(words));
			if (story.reactions.length && map.markers.length)
				expect(
					svg.match(/<g transform="translate\([^)]*\)" color="#/g)!.length
				).toBeGreaterThanOrEqual(map.markers.length);
		});

		it('renders a 1200×630 PNG with the alt text naming the story', () => {
			const png = shareCardPng(story, map);
			expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
			expect(png.readUInt32BE(16)).toBe(1200);
			expect(png.readUInt32BE(20)).toBe(630);
			expect(shareAlt(story)).toContain(story.title);
		});

		it('leaves out only basemap outlines that change no pixel', () => {
			const options = {
				fitTo: { mode: 'width' as const, value: 1200 },
				font: { loadSystemFonts: false }
			};
			const culled = shareCardSvg(story, map);
			const whole = shareCardSvg(story, map, { cull: false });
			expect(culled.length).toBeLessThanOrEqual(whole.length);
			const a = new Resvg(culled, options).render().pixels;
			const b = new Resvg(whole, options).render().pixels;
			expect(a.equals(b)).toBe(true);
		});

		it('has the pixels resvg draws with the whole font files', () => {
			const svg = shareCardSvg(story, map);
			const whole = new Resvg(svg, {
				fitTo: { mode: 'width', value: 1200 },
				font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'Source Sans 3' }
			}).render();
			const drawn = unfilteredPixels(renderPng(svg));
			expect([drawn.width, drawn.height]).toEqual([whole.width, whole.height]);
			expect(drawn.pixels.equals(whole.pixels)).toBe(true);
		});
	}
);

describe('share card cache', () => {
	const story = testStories()[0]!.story;
	const svg = shareCardSvg(story, reactionMap(story, world110m));

	it('serves the same bytes as drawing, and a kept card on the next call', () => {
		const dir = mkdtempSync(join(tmpdir(), 'newsline-card-'));
		try {
			const drawn = renderPng(svg);
			expect(cachedPng(svg, dir).equals(drawn)).toBe(true);
			const files = readdirSync(dir);
			expect(files).toEqual([`${cardKey(svg)}.png`]);
			// The second call reads the file: a marker written there is what it returns.
			writeFileSync(join(dir, files[0]!), 'kept');
			expect(cachedPng(svg, dir).toString()).toBe('kept');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('keys a card on its whole SVG, so a changed story is drawn again', () => {
		const changed = svg.replace(story.outlet, `${story.outlet}.`);
		expect(changed).not.toBe(svg);
		expect(cardKey(changed)).not.toBe(cardKey(svg));
		expect(cardKey(svg)).toBe(cardKey(`${svg}`));
	});

	it('lives under NEWSLINE_CACHE, node_modules/.cache by default, and can be turned off', () => {
		expect(cardCacheDir('off')).toBeNull();
		expect(cardCacheDir('/x/y')).toBe(join('/x/y', 'share'));
		expect(cardCacheDir(undefined)).toMatch(/node_modules[\\/]\.cache[\\/]newsline[\\/]share$/);
	});

	it('still draws the card when the cache folder cannot be written', () => {
		const dir = mkdtempSync(join(tmpdir(), 'newsline-card-'));
		try {
			const blocked = join(dir, 'file');
			writeFileSync(blocked, '');
			const png = cachedPng(svg, join(blocked, 'share'));
			expect(png.equals(renderPng(svg))).toBe(true);
			expect(existsSync(join(blocked, 'share'))).toBe(false);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
