/**
 * Drafts in progress, kept in this browser's localStorage after every
 * change so a reload, a closed tab or a crash loses nothing. Nothing here
 * leaves the browser. Small and free of the editor's code, so /new can list
 * drafts before any draft is opened.
 */
import type { Paragraph } from '../article/segment.ts';
import type { Story } from '../story/schema.ts';

const PREFIX = 'newsline:draft:';

/** One draft in progress. */
export interface StoredDraft {
	/** `new-<random>` for a draft made on /new, `edit-<slug>` for an edit of a published story. */
	id: string;
	story: Story;
	/** The body paragraphs the story's quotes are checked against. */
	paragraphs: Paragraph[];
	/** The article as received (what `article.txt` holds), for a new story. */
	article?: string;
	/** Hash of `story.json` as loaded, so a save can tell whether the file changed since. */
	baseHash?: string | null;
	/** Last change, in ms since the epoch. */
	updated: number;
}

/** What the list of drafts shows. */
export interface DraftSummary {
	id: string;
	title: string;
	published: string;
	updated: number;
}

/** The storage drafts go to (localStorage in the browser; any Storage in tests). */
function store(storage?: Storage): Storage | null {
	if (storage) return storage;
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null; // storage disabled
	}
}

/** Saves a draft; false if the browser refused (storage full or disabled). */
export function saveDraft(draft: StoredDraft, storage?: Storage): boolean {
	try {
		store(storage)?.setItem(PREFIX + draft.id, JSON.stringify(draft));
		return !!store(storage);
	} catch {
		return false;
	}
}

/** A saved draft by id, or null (also for a damaged entry). */
export function loadDraft(id: string, storage?: Storage): StoredDraft | null {
	try {
		const raw = store(storage)?.getItem(PREFIX + id);
		const d = raw ? (JSON.parse(raw) as StoredDraft) : null;
		return d && d.story && Array.isArray(d.paragraphs) ? d : null;
	} catch {
		return null;
	}
}

/** Removes a draft. */
export function discardDraft(id: string, storage?: Storage): void {
	store(storage)?.removeItem(PREFIX + id);
}

/** Every saved draft, last changed first. */
export function listDrafts(storage?: Storage): DraftSummary[] {
	const s = store(storage);
	if (!s) return [];
	const out: DraftSummary[] = [];
	for (let i = 0; i < s.length; i++) {
		const key = s.key(i);
		if (!key?.startsWith(PREFIX)) continue;
		const d = loadDraft(key.slice(PREFIX.length), s);
		if (d)
			out.push({
				id: d.id,
				title: d.story.title || d.story.slug,
				published: d.story.published,
				updated: d.updated
			});
	}
	return out.sort((a, b) => b.updated - a.updated);
}

/** A new id for a draft made on /new. */
export function newDraftId(): string {
	const r = globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random()}`;
	return `new-${r
		.replace(/[^a-z0-9]/gi, '')
		.slice(0, 12)
		.toLowerCase()}`;
}
