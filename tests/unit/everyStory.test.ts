/**
 * Checks that run on every story, published or fixture: the timeline's
 * layouts keep marks and labels apart at every screen width, nothing is
 * lost (items not drawn are counted), the map's plates and names keep apart,
 * and the server-rendered timeline and map match their golden SVGs
 * (`tests/golden/<slug>-timeline-<w>.svg`, `<slug>-map.svg`).
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { world110m } from '../../src/lib/layout/geoAtlas.ts';
import { reactionMap } from '../../src/lib/layout/map.ts';
import { fitOptions, layoutHorizontal } from '../../src/lib/layout/timelineHorizontal.ts';
import { timelineModel } from '../../src/lib/layout/timelineModel.ts';
import { layoutVertical } from '../../src/lib/layout/timelineVertical.ts';
import { IDENTITY } from '../../src/lib/layout/timelineView.ts';
import { storyItems } from '../../src/lib/story/items.ts';
import TimelineHorizontal from '../../src/lib/views/TimelineHorizontal.svelte';
import TimelineVertical from '../../src/lib/views/TimelineVertical.svelte';
import { testStories } from '../fixtures/storyFolders.ts';
import { compareGolden } from '../golden/golden.ts';
import { expectNoOverlap } from './layoutAsserts.ts';
import MapFixture from './MapFixture.svelte';

const WIDTHS = [320, 375, 768, 1280, 1600];
/** Below this the page shows the timeline as rows (Timeline.svelte). */
const PHONE = 720;
const svgOf = (body: string) => body.slice(body.indexOf('<svg'), body.lastIndexOf('</svg>') + 6);

describe.each(testStories().map((s) => [s.story.slug, s] as const))('story %s', (slug, loaded) => {
	const items = storyItems(loaded.story);
	const model = timelineModel(items);
	const map = reactionMap(loaded.story, world110m);

	it.each(WIDTHS)('lays the timeline out at %i px with nothing overlapping or lost', (width) => {
		if (width < PHONE) {
			const v = layoutVertical(model, width);
			expect(v.rows.map((r) => r.index)).toEqual(model.entries.map((_, i) => i));
			for (let i = 1; i < v.rows.length; i++)
				expect(v.rows[i]!.y - v.rows[i - 1]!.y).toBeGreaterThanOrEqual(v.rowHeight);
			return;
		}
		const layout = layoutHorizontal(model, { width, view: IDENTITY, ...fitOptions(model, width) });
		expectNoOverlap(layout);
		const counted = layout.runs.reduce((n, r) => n + r.count, 0);
		expect(layout.marks.length + counted).toBe(items.length);
		// A story of ordinary size shows every item as a mark at a desktop width.
		if (items.length <= 60) expect(layout.marks).toHaveLength(items.length);
		for (const t of layout.ticks) expect(t.x).toBeLessThanOrEqual(width);
	});

	it('places every reaction on the map or lists it, with plates apart', () => {
		expect(map.markers.length + map.unplaced.length).toBe(loaded.story.reactions.length);
		for (const variant of ['wide', 'narrow'] as const) {
			const w = variant === 'wide' ? 960 : 360 / map.window.w;
			const h = (w * map.height) / map.width;
			const rects = map.clusters.map((c) => {
				const p = c[variant];
				const x = c.fx * w + p.dx;
				const y = c.fy * h + p.dy;
				return [x - p.w / 2, y - p.h / 2, x + p.w / 2, y + p.h / 2] as const;
			});
			for (const [i, a] of rects.entries())
				for (const b of rects.slice(0, i))
					expect(
						a[2] <= b[0] + 0.5 || b[2] <= a[0] + 0.5 || a[3] <= b[1] + 0.5 || b[3] <= a[1] + 0.5,
						`${variant} plates overlap`
					).toBe(true);
		}
	});

	it.each([360, 760, 1200])('matches the golden timeline at %i px', (width) => {
		const title = `Timeline of “${loaded.story.title}”`;
		const body =
			width < PHONE
				? render(TimelineVertical, {
						props: { layout: layoutVertical(model, width), model, title }
					}).body
				: render(TimelineHorizontal, {
						props: {
							layout: layoutHorizontal(model, {
								width,
								view: IDENTITY,
								...fitOptions(model, width)
							}),
							model,
							title
						}
					}).body;
		expect(compareGolden(`${slug}-timeline-${width}`, svgOf(body))).toBeNull();
	});

	it('matches the golden map', () => {
		const { body } = render(MapFixture, { props: { geometry: map, items } });
		expect(compareGolden(`${slug}-map`, body)).toBeNull();
	});
});
