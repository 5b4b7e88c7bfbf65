import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { storyItems } from '../../src/lib/story/items.ts';
import type { Story } from '../../src/lib/story/schema.ts';
import { timelineModel } from '../../src/lib/layout/timelineModel.ts';
import { fitOptions, layoutHorizontal } from '../../src/lib/layout/timelineHorizontal.ts';
import { layoutVertical } from '../../src/lib/layout/timelineVertical.ts';
import TimelineHorizontal from '../../src/lib/views/TimelineHorizontal.svelte';
import TimelineVertical from '../../src/lib/views/TimelineVertical.svelte';
import Timeline from '../../src/lib/views/Timeline.svelte';
import { compareGolden } from '../golden/golden.ts';

const story = JSON.parse(
	readFileSync('data/stories/oval-office-clash/story.json', 'utf8')
) as Story;
const items = storyItems(story);
const model = timelineModel(items);
const svgOf = (body: string) => body.slice(body.indexOf('<svg'), body.lastIndexOf('</svg>') + 6);

describe('timeline server rendering', () => {
	it('matches the golden SVG of the seed story at 960 px', () => {
		const layout = layoutHorizontal(model, {
			width: 960,
			view: { k: 1, x: 0 },
			...fitOptions(model, 960)
		});
		const { body } = render(TimelineHorizontal, { props: { layout, model, title: 'Timeline' } });
		expect(compareGolden('timeline-seed-960', svgOf(body))).toBeNull();
	});

	it('matches the golden SVG of the phone layout at 360 px', () => {
		const layout = layoutVertical(model, 360);
		const { body } = render(TimelineVertical, { props: { layout, model, title: 'Timeline' } });
		expect(compareGolden('timeline-seed-360', svgOf(body))).toBeNull();
	});

	it('prerenders every mark as a link to its paragraph with an accessible name', () => {
		const { body } = render(Timeline, { props: { items } });
		for (const item of items) {
			const link = body.match(new RegExp(`<a [^>]*data-item-id="${item.id}"[^>]*>`))?.[0];
			expect(link, item.id).toBeDefined();
			expect(link).toContain(`href="?item=${item.id}#p${item.sources[0]!.paragraph}"`);
			expect(link).toContain(`data-select="${item.id}"`);
			expect(link).toContain('aria-label="');
			expect(link).not.toContain('aria-current');
		}
		expect(body).toMatch(/viewBox="0 0 1200 \d+"/);
		expect(body).toMatch(/viewBox="0 0 360 \d+"/);
		expect(body).toMatch(/<summary[^>]*>Show as table<\/summary>/);
	});
});
