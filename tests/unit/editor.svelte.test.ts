import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../src/lib/article/segment.ts';
import {
	discardDraft,
	listDrafts,
	loadDraft,
	saveDraft,
	type StoredDraft
} from '../../src/lib/editor/drafts.ts';
import {
	groundedEvent,
	groundedReaction,
	proposeActor,
	proposeWhen,
	quoteOf
} from '../../src/lib/editor/grounded.ts';
import { EditorDocument } from '../../src/lib/editor/history.svelte.ts';
import {
	addActor,
	addReaction,
	clearReview,
	deleteItem,
	freshId,
	getField,
	mergeActors,
	repointSource,
	setField
} from '../../src/lib/editor/operations.ts';
import type { Story } from '../../src/lib/story/schema.ts';
import { validateStory } from '../../src/lib/story/validate.ts';

const seed = (): Story =>
	JSON.parse(readFileSync('data/stories/oval-office-clash/story.json', 'utf8'));
const { paragraphs } = segmentArticle(
	readFileSync('data/stories/oval-office-clash/article.txt', 'utf8')
);
const problemsOf = (s: Story) => {
	const r = validateStory(s, paragraphs, { file: 'story.json' });
	return r.ok ? [] : r.problems;
};

describe('editor operations', () => {
	it('sets a field by path, copying only along the path and never changing the input', () => {
		const s = seed();
		const before = JSON.stringify(s);
		const next = setField(s, ['reactions', 0, 'stance'], 'supportive');
		expect(next.reactions[0]!.stance).toBe('supportive');
		expect(JSON.stringify(s)).toBe(before);
		expect(next.reactions[1]).toBe(s.reactions[1]);
		expect(next.events).toBe(s.events);
		expect(getField(next, ['reactions', 0, 'when', 'start'])).toBe(s.reactions[0]!.when.start);
		// undefined removes the key.
		const cleared = setField(s, ['events', 0, 'when', 'end'], undefined);
		expect('end' in cleared.events[0]!.when).toBe(false);
		expect(() => setField(s, ['reactions', 99, 'stance'], 'mixed')).toThrow(RangeError);
	});

	it('deletes an item; the validator then reports references to it', () => {
		const s = seed();
		const next = deleteItem(s, 'putin');
		expect(next.actors.some((a) => a.id === 'putin')).toBe(false);
		expect(next.actors).toHaveLength(s.actors.length - 1);
		expect(problemsOf(next).map((p) => p.message)).toContain('unknown actor "putin"');
		const event = s.events[0]!.id;
		expect(deleteItem(s, event).events.map((e) => e.id)).not.toContain(event);
		expect(deleteItem(s, 'no-such-id')).toBe(s);
	});

	it('merges two actors: their events and reactions follow, the merged one is gone', () => {
		const s = seed();
		const next = mergeActors(s, 'united-states', 'trump');
		expect(next.actors.map((a) => a.id)).not.toContain('trump');
		expect(next.actors).toHaveLength(s.actors.length - 1);
		const json = JSON.stringify([next.events, next.reactions]);
		expect(json).not.toMatch(/"trump"/);
		// An event that had both lists the kept actor once.
		const rel = next.events.find((e) => e.id === 'relations-strained')!;
		expect(rel.actors).toEqual(['united-states', 'ukraine']);
		const post = next.reactions.find((r) => r.id === 'trump-truth-social-post')!;
		expect(post.actor).toBe('united-states');
		const thanks = next.reactions.find((r) => r.id === 'zelensky-thanks-trump')!;
		expect(thanks.toward).toBe('united-states');
		expect(problemsOf(next)).toEqual([]);
		expect(mergeActors(s, 'trump', 'trump')).toBe(s);
		expect(mergeActors(s, 'trump', 'nobody')).toBe(s);
	});

	it('clears one review note at a time', () => {
		const s = setField(
			setField(seed(), ['events', 0, 'review'], 'check'),
			['events', 1, 'review'],
			'x'
		);
		const next = clearReview(s, s.events[0]!.id);
		expect('review' in next.events[0]!).toBe(false);
		expect(next.events[1]!.review).toBe('x');
	});

	it('hands out fresh kebab-case ids and adds actors and reactions that validate', () => {
		const s = seed();
		expect(freshId(s, 'Trump')).toBe('trump-2');
		expect(freshId(s, 'Élysée Palace!')).toBe('elysee-palace');
		const a = addActor(s, { name: 'Keir Starmer', country: 'GB', role: 'UK prime minister' });
		expect(a.id).toBe('keir-starmer');
		const r = addReaction(a.story, {
			label: 'Starmer speaks to both',
			actor: a.id,
			toward: 'zelensky',
			stance: 'supportive',
			channel: null,
			when: { start: '2025-02-28', precision: 'day', approximate: false, phrase: 'Friday' },
			sources: [{ paragraph: 19, quote: paragraphs[18]!.text.slice(0, 20) }]
		});
		expect(r.story.reactions.at(-1)!.id).toBe(r.id);
		expect(problemsOf(r.story)).toEqual([]);
	});

	it('re-points a quote', () => {
		const s = seed();
		const id = s.reactions[0]!.id;
		const next = repointSource(s, id, 0, { paragraph: 2, quote: 'The pair interrupted' });
		expect(next.reactions[0]!.sources[0]).toEqual({ paragraph: 2, quote: 'The pair interrupted' });
		expect(problemsOf(next)).toEqual([]);
		const bad = repointSource(s, id, 0, { paragraph: 3, quote: 'The pair interrupted' });
		expect(problemsOf(bad)).toEqual([
			{
				file: 'story.json',
				path: 'reactions[0].sources[0].quote',
				message: 'not found in paragraph 3'
			}
		]);
	});
});

describe('EditorDocument', () => {
	it('validates after every change, keyed by path, with the validator’s messages', () => {
		const doc = new EditorDocument(seed(), paragraphs);
		expect(doc.valid).toBe(true);
		doc.apply((s) => setField(s, ['reactions', 1, 'when', 'start'], '2025-02-30'));
		expect(doc.valid).toBe(false);
		expect(doc.at('reactions[1].when.start')).toEqual(['"2025-02-30" is not a calendar date']);
		expect(doc.under('reactions[1]').map((p) => p.path)).toEqual(['reactions[1].when.start']);
		expect(doc.under('reactions[10]')).toEqual([]);
		doc.apply((s) => setField(s, ['reactions', 1, 'stance'], 'angry'));
		expect(doc.at('reactions[1].stance')[0]).toMatch(/^expected one of/);
		expect(doc.problems).toEqual(problemsOf(doc.story));
	});

	it('undoes and redoes every change, and a new change drops the redo stack', () => {
		const start = seed();
		const doc = new EditorDocument(start, paragraphs);
		const seen: Story[] = [];
		doc.onchange = (s) => seen.push(s);
		expect(doc.canUndo).toBe(false);
		doc.apply((s) => setField(s, ['reactions', 0, 'stance'], 'mixed'));
		doc.apply((s) => deleteItem(s, s.events[0]!.id));
		const afterTwo = doc.story;
		expect(doc.undo()).toBe(true);
		expect(doc.story.events).toHaveLength(start.events.length);
		expect(doc.story.reactions[0]!.stance).toBe('mixed');
		expect(doc.undo()).toBe(true);
		expect(doc.story).toBe(start);
		expect(doc.undo()).toBe(false);
		expect(doc.redo()).toBe(true);
		expect(doc.redo()).toBe(true);
		expect(doc.story).toBe(afterTwo);
		expect(doc.redo()).toBe(false);
		doc.undo();
		doc.apply((s) => setField(s, ['title'], 'New title'));
		expect(doc.canRedo).toBe(false);
		expect(seen).toHaveLength(8);
		// A change that changes nothing is no undo step.
		doc.apply((s) => s);
		expect(seen).toHaveLength(8);
	});

	it('checks the slug against its folder for a story that has one', () => {
		const doc = new EditorDocument(seed(), paragraphs, {
			file: 'data/stories/oval-office-clash/story.json',
			folder: 'oval-office-clash'
		});
		doc.apply((s) => setField(s, ['slug'], 'other'));
		expect(doc.at('slug')).toEqual(['"other" does not match the folder name "oval-office-clash"']);
	});
});

describe('grounded adding', () => {
	const p1 = paragraphs[0]!.text;

	it('takes the quote verbatim from the selection, without edge white space', () => {
		const start = p1.indexOf('make a deal');
		const q = quoteOf(paragraphs, { paragraph: 1, start: start - 1, end: start + 11 })!;
		expect(q.quote).toBe('make a deal');
		expect(p1.slice(q.start, q.end)).toBe(q.quote);
		expect(quoteOf(paragraphs, { paragraph: 1, start: 5, end: 5 })).toBeNull();
		expect(quoteOf(paragraphs, { paragraph: 99, start: 0, end: 4 })).toBeNull();
		// Reversed offsets (a selection made backwards) give the same quote.
		expect(quoteOf(paragraphs, { paragraph: 1, start: start + 11, end: start })!.quote).toBe(
			'make a deal'
		);
	});

	it('proposes the actor named nearest before the selection in its sentence', () => {
		const s = seed();
		// "At one point, Trump told Zelensky he was not thankful … "gambling with World War Three"."
		const p = paragraphs.find((x) => x.text.includes('gambling with'))!.text;
		const at = p.indexOf('gambling');
		expect(proposeActor(s, p, at, at + 8)).toBe('zelensky');
		const told = p.indexOf('told');
		expect(proposeActor(s, p, told, told + 4)).toBe('trump');
		expect(proposeActor(s, 'Nobody here.', 0, 6)).toBeNull();
	});

	it('proposes the date from the paragraph’s date expressions, else the publication day', () => {
		const p = paragraphs.find((x) => x.text.includes("Friday's conversation"))!.text;
		const { when, found } = proposeWhen(p, p.indexOf('told'), '2025-02-28');
		expect(found).toBe(true);
		expect(when).toMatchObject({ start: '2025-02-28', precision: 'day', phrase: "Friday's" });
		const none = proposeWhen('No date at all here.', 0, '2025-02-28');
		expect(none.found).toBe(false);
		expect(none.when).toMatchObject({ start: '2025-02-28', approximate: true });
	});

	it('adds a reaction and an event from a selection that validate as they are', () => {
		const s = seed();
		const n = paragraphs.findIndex((x) => x.text.includes('a lot of respect')) + 1;
		const text = paragraphs[n - 1]!.text;
		const start = text.indexOf('a lot of respect');
		const sel = { paragraph: n, start, end: start + 'a lot of respect'.length };
		const r = groundedReaction(s, paragraphs, sel)!;
		expect(r.sources).toEqual([{ paragraph: n, quote: 'a lot of respect' }]);
		expect(r.actor).toBe('trump');
		expect(r.review).toMatch(/added by hand/);
		const added = addReaction(s, r);
		expect(problemsOf(added.story)).toEqual([]);
		const e = groundedEvent(s, paragraphs, sel)!;
		expect(e.actors).toEqual(['trump']);
		expect(e.sources[0]!.quote).toBe('a lot of respect');
		expect(groundedReaction(s, paragraphs, { paragraph: n, start: 3, end: 3 })).toBeNull();
	});
});

describe('drafts in this browser', () => {
	class MemoryStorage implements Storage {
		#m = new Map<string, string>();
		get length() {
			return this.#m.size;
		}
		clear() {
			this.#m.clear();
		}
		getItem(k: string) {
			return this.#m.get(k) ?? null;
		}
		key(i: number) {
			return [...this.#m.keys()][i] ?? null;
		}
		removeItem(k: string) {
			this.#m.delete(k);
		}
		setItem(k: string, v: string) {
			this.#m.set(k, v);
		}
	}

	it('saves, lists (last change first), loads and discards drafts', () => {
		const storage = new MemoryStorage();
		const draft = (id: string, updated: number, title: string): StoredDraft => ({
			id,
			story: { ...seed(), title },
			paragraphs,
			article: 'text',
			updated
		});
		expect(saveDraft(draft('new-a', 10, 'First'), storage)).toBe(true);
		expect(saveDraft(draft('new-b', 20, 'Second'), storage)).toBe(true);
		storage.setItem('other-key', 'x');
		storage.setItem('newsline:draft:broken', '{not json');
		expect(listDrafts(storage).map((d) => [d.id, d.title, d.published])).toEqual([
			['new-b', 'Second', '2025-02-28'],
			['new-a', 'First', '2025-02-28']
		]);
		expect(loadDraft('new-a', storage)?.story.title).toBe('First');
		discardDraft('new-a', storage);
		expect(loadDraft('new-a', storage)).toBeNull();
		expect(listDrafts(storage).map((d) => d.id)).toEqual(['new-b']);
	});
});
