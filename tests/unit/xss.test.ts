import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../src/lib/article/segment.ts';
import { storyItems } from '../../src/lib/story/items.ts';
import type { Story } from '../../src/lib/story/schema.ts';
import { validateStory } from '../../src/lib/story/validate.ts';
import StoryViews from '../fixtures/StoryViews.svelte';

const SCRIPT = '<script>alert("p1")</script>';
const IMG = '<img src=x onerror=alert(2)>';
const ARTICLE = [
	'The Hostile Gazette',
	`Protesters painted ${SCRIPT} on the wall of the town hall on Monday.`,
	IMG,
	`The mayor replied with ${IMG} in a post, which officials called a prank & a test.`
].join('\n');

const when = {
	start: '2025-03-03',
	precision: 'day',
	approximate: false,
	phrase: 'Monday'
} as const;
const STORY: Story = {
	slug: 'hostile',
	title: `Town hall ${SCRIPT}`,
	outlet: 'The Hostile Gazette',
	sourceUrl: null,
	published: '2025-03-04',
	language: 'en',
	actors: [
		{
			id: 'protesters',
			name: `Protesters ${IMG}`,
			kind: 'group',
			country: 'GB',
			role: 'protesters'
		},
		{
			id: 'mayor',
			name: '<b onmouseover=alert(3)>Mayor</b>',
			kind: 'person',
			country: 'GB',
			role: 'the mayor'
		}
	],
	events: [
		{
			id: 'wall-painted',
			label: `Wall painted with ${SCRIPT}`,
			actors: ['protesters'],
			when,
			sources: [{ paragraph: 1, quote: SCRIPT }]
		}
	],
	reactions: [
		{
			id: 'mayor-replies',
			label: `Mayor posts ${IMG}`,
			actor: 'mayor',
			toward: 'protesters',
			stance: 'critical',
			channel: '<svg onload=alert(4)>',
			when: { ...when, sequence: 2 },
			sources: [{ paragraph: 2, quote: IMG }]
		}
	]
};

/** True if the markup holds a real element whose name or attribute is hostile. */
const liveTag = (html: string) =>
	/<(script|img|b)\b/i.test(html) || /<[a-z][^>]*\son(error|load|mouseover)\s*=/i.test(html);

/** The text content of markup, entities decoded (enough for these tests). */
const textOf = (html: string) =>
	html
		.replace(/<[^>]*>/g, '')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');

describe('story data is rendered as text, never as HTML', () => {
	const seg = segmentArticle(ARTICLE);
	const items = storyItems(STORY);

	it('the hostile story is valid (so it would be published)', () => {
		expect(seg.paragraphs).toHaveLength(2);
		expect(seg.removed.map((r) => r.reason)).toEqual(['masthead', 'image']);
		const v = validateStory(STORY, seg.paragraphs, { file: 'x', slug: 'hostile' });
		expect(v.ok ? [] : v.problems).toEqual([]);
	});

	for (const selected of [null, 'wall-painted', 'mayor-replies']) {
		it(`renders inert markup with ${selected ?? 'nothing'} selected`, () => {
			const { body } = render(StoryViews, {
				props: { items, paragraphs: seg.paragraphs, removed: seg.removed, selected }
			});
			expect(liveTag(body)).toBe(false);
			const text = textOf(body);
			expect(text).toContain(`Protesters painted ${SCRIPT} on the wall`);
			expect(text).toContain(
				`replied with ${IMG} in a post, which officials called a prank & a test.`
			);
			expect(text).toContain(`Wall painted with ${SCRIPT}`);
			expect(text).toContain(`Mayor posts ${IMG}`);
			expect(text).toContain('<b onmouseover=alert(3)>Mayor</b>');
			expect(text).toContain(IMG);
		});
	}

	it('wraps a selected hostile quote in <mark> as text', () => {
		const { body } = render(StoryViews, {
			props: { items, paragraphs: seg.paragraphs, removed: seg.removed, selected: 'mayor-replies' }
		});
		expect(body).toMatch(/<mark[^>]*>&lt;img src=x onerror=alert\(2\)>\s*<\/mark>/);
	});

	it('the check itself sees a live tag when there is one', () => {
		expect(liveTag(`<p>${IMG}</p>`)).toBe(true);
		expect(liveTag('<a href="#p1" onload = "x">')).toBe(true);
		expect(liveTag('<p>&lt;script>alert(1)&lt;/script></p>')).toBe(false);
	});
});
