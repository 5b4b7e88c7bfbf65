/** The share card of every story: a 1200×630 PNG drawn from the page's own chart SVG. */
import { describe, expect, it } from 'vitest';
import { world110m } from '../../src/lib/layout/geoAtlas.ts';
import { reactionMap } from '../../src/lib/layout/map.ts';
import { shareAlt, shareCardPng, shareCardSvg } from '../../src/lib/server/shareCard.ts';
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
	}
);
