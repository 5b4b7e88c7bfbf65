import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Selection } from '../../src/lib/state/selection.svelte.ts';
import { storyItems, type Item } from '../../src/lib/story/items.ts';
import type { Story } from '../../src/lib/story/schema.ts';

const seed: Story = JSON.parse(readFileSync('data/stories/oval-office-clash/story.json', 'utf8'));

describe('Selection', () => {
	it('follows the items it is given, so new data replaces the old', () => {
		let items = $state<Item[]>(storyItems({ ...seed, reactions: [] }));
		const selection = new Selection(() => items);
		const reaction = seed.reactions[0]!;
		selection.apply(reaction.id, null);
		expect(selection.item).toBeNull();

		items = storyItems(seed);
		selection.apply(reaction.id, null);
		expect(selection.item?.id).toBe(reaction.id);
		expect([...selection.paragraphs]).toEqual([
			...new Set(reaction.sources.map((s) => s.paragraph))
		]);
	});

	it('highlights the hash paragraph only when nothing is selected', () => {
		const selection = new Selection(() => storyItems(seed));
		selection.apply(null, 7); // eslint-disable-line prefer-spread -- Selection.apply, not Function.apply
		expect([...selection.paragraphs]).toEqual([7]);
		selection.apply('no-such-item', 7);
		expect(selection.itemId).toBeNull();
	});
});
