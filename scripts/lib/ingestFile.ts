/**
 * Ingest of one article file into a story folder: draft, then write
 * `article.txt` (byte for byte) and `story.json` — or `story.draft.json`
 * beside a curated `story.json`, which is never overwritten.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticleBytes, MAX_ARTICLE_BYTES } from '../../src/lib/article/input.ts';
import { draftStory, type DraftReport } from '../../src/lib/extract/draft.ts';

/** Options of one ingest. */
export interface IngestOptions {
	/** Folder holding story folders. */
	out: string;
	slug?: string;
	published?: string;
}

/** What happened to one file. */
export type IngestOutcome =
	| {
			file: string;
			ok: true;
			written: string;
			slug: string;
			report: DraftReport;
			ms: number;
			beside: boolean;
	  }
	| { file: string; ok: false; error: string };

/** Drafts one article file and writes its story folder. Never throws. */
export function ingestFile(file: string, options: IngestOptions): IngestOutcome {
	try {
		if (!existsSync(file)) return { file, ok: false, error: 'no such file' };
		if (statSync(file).isDirectory())
			return { file, ok: false, error: 'is a folder, not an article file' };
		if (statSync(file).size > MAX_ARTICLE_BYTES * 2)
			return {
				file,
				ok: false,
				error: `file is ${(statSync(file).size / 1e6).toFixed(1)} MB; the limit is ${MAX_ARTICLE_BYTES / 1e6} MB (is this one article?)`
			};
		const bytes = readFileSync(file);
		const input = readArticleBytes(bytes);
		if (!input.ok) return { file, ok: false, error: input.reason };
		const started = performance.now();
		const draft = draftStory(input.text, { published: options.published, slug: options.slug });
		const ms = performance.now() - started;
		if (!draft.ok) return { file, ok: false, error: draft.error };
		const slug = draft.story.slug;
		const dir = join(options.out, slug);
		const articleFile = join(dir, 'article.txt');
		const storyFile = join(dir, 'story.json');
		if (existsSync(articleFile) && !readFileSync(articleFile).equals(bytes))
			return {
				file,
				ok: false,
				error: `${articleFile} already holds a different article; give another --slug`
			};
		let target = storyFile;
		let beside = false;
		if (existsSync(storyFile)) {
			let curated = true;
			try {
				curated = JSON.parse(readFileSync(storyFile, 'utf8')).draft !== true;
			} catch {
				curated = true;
			}
			if (curated) {
				target = join(dir, 'story.draft.json');
				beside = true;
			}
		}
		mkdirSync(dir, { recursive: true });
		if (!existsSync(articleFile)) writeFileSync(articleFile, bytes);
		writeFileSync(target, JSON.stringify(draft.story, null, '\t') + '\n');
		return { file, ok: true, written: target, slug, report: draft.report, ms, beside };
	} catch (e) {
		return { file, ok: false, error: e instanceof Error ? e.message : String(e) };
	}
}

/** One line (or a few) saying what ingest did with a file. */
export function describeOutcome(o: IngestOutcome): string {
	if (!o.ok) return `FAIL ${o.file}: ${o.error}`;
	const r = o.report;
	const reasons = new Map<string, number>();
	for (const x of r.removed) reasons.set(x.reason, (reasons.get(x.reason) ?? 0) + 1);
	const removed = r.removed.length
		? `${r.removed.length} lines removed (${[...reasons].map(([k, n]) => `${k} ${n}`).join(', ')})`
		: 'no lines removed';
	const lines = [
		`ok   ${o.file} → ${o.written}${o.beside ? ' (a curated story.json exists; the draft is written beside it)' : ''}`,
		`     ${r.paragraphs} paragraphs kept, ${removed}`,
		`     ${r.events} events, ${r.actors} actors, ${r.reactions} reactions, ${r.quotes.attributed}/${r.quotes.total} quotes attributed; ${r.needsReview} items need review (${Math.round(o.ms)} ms)`
	];
	for (const n of r.notes) lines.push(`     note: ${n}`);
	if (r.dropped.length)
		lines.push(`     ${r.dropped.length} ${r.dropped.length === 1 ? 'item' : 'items'} dropped:`);
	for (const d of r.dropped) lines.push(`     dropped ${d.kind} ${d.id} (${d.label}): ${d.reason}`);
	return lines.join('\n');
}
