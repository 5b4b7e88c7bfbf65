/**
 * The editor's document: the story being edited, its undo and redo stacks,
 * and the validator's problems after every change, keyed by the field's
 * path so each shows beside its field.
 */
import type { Paragraph } from '../article/segment.ts';
import type { Problem } from '../story/problems.ts';
import type { Story } from '../story/schema.ts';
import { validateStory } from '../story/validate.ts';

/** Most versions kept for undo. */
const MAX_UNDO = 200;

/** A story under edit, with undo, redo and live validation. */
export class EditorDocument {
	/** The current version. */
	story = $state.raw<Story>() as Story;
	#past = $state.raw<Story[]>([]);
	#future = $state.raw<Story[]>([]);
	/** The body paragraphs quotes are checked against. */
	readonly paragraphs: readonly Paragraph[];
	/** The file name problems are reported against, as `npm run validate` names it. */
	readonly file: string;
	/** The folder name the slug must match, for a story that already has one. */
	readonly folder: string | undefined;
	/** Called after every change (persistence). */
	onchange: ((story: Story) => void) | undefined;

	/** Every problem of the current version, as `npm run validate` reports them. */
	problems = $derived.by((): Problem[] => {
		const r = validateStory(this.story, this.paragraphs, { file: this.file, slug: this.folder });
		return r.ok ? [] : r.problems;
	});

	/** Problems by path (`reactions[3].stance`). */
	byPath = $derived.by(() => {
		const map = new Map<string, string[]>();
		for (const p of this.problems) map.set(p.path, [...(map.get(p.path) ?? []), p.message]);
		return map;
	});

	/** True when the story passes the validator and may be saved. */
	valid = $derived(this.problems.length === 0);
	/** True when there is a change to undo. */
	canUndo = $derived(this.#past.length > 0);
	/** True when there is an undone change to redo. */
	canRedo = $derived(this.#future.length > 0);

	constructor(
		story: Story,
		paragraphs: readonly Paragraph[],
		options: { file?: string; folder?: string } = {}
	) {
		this.story = story;
		this.paragraphs = paragraphs;
		this.file = options.file ?? 'story.json';
		this.folder = options.folder;
	}

	/** Applies a change (a function from the current story to the next); one undo step. */
	apply(change: (story: Story) => Story): void {
		const next = change(this.story);
		if (next === this.story) return;
		this.#past = [...this.#past.slice(-(MAX_UNDO - 1)), this.story];
		this.#future = [];
		this.story = next;
		this.onchange?.(next);
	}

	/** Goes back one change; false if there is none. */
	undo(): boolean {
		const prev = this.#past.at(-1);
		if (!prev) return false;
		this.#future = [this.story, ...this.#future];
		this.#past = this.#past.slice(0, -1);
		this.story = prev;
		this.onchange?.(prev);
		return true;
	}

	/** Goes forward one undone change; false if there is none. */
	redo(): boolean {
		const next = this.#future[0];
		if (!next) return false;
		this.#past = [...this.#past, this.story];
		this.#future = this.#future.slice(1);
		this.story = next;
		this.onchange?.(next);
		return true;
	}

	/** Messages for exactly this path. */
	at(path: string): string[] {
		return this.byPath.get(path) ?? [];
	}

	/** Messages for this path and everything under it, with their sub-paths. */
	under(path: string): Problem[] {
		return this.problems.filter(
			(p) => p.path === path || p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`)
		);
	}
}
