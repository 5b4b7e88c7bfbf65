/**
 * The optional header block at the top of an article: `key: value` lines
 * (title, outlet, source, published, …) closed by a line `---`.
 */
import { parseCalendar } from '../story/when.ts';

/** Metadata read from a header block. */
export interface ArticleHeader {
	title?: string;
	outlet?: string;
	source?: string;
	published?: string;
	/** Any other keys, lower-cased. */
	[key: string]: string | undefined;
}

const KEY_VALUE = /^([A-Za-z][A-Za-z_-]{0,30})\s*:\s*(.*)$/;

/**
 * Reads a header block from the start of `lines`. Returns the header and the
 * number of lines it spans (including `---`), or null when the article has none.
 */
export function readHeader(
	lines: readonly string[]
): { header: ArticleHeader; lineCount: number } | null {
	const header: ArticleHeader = {};
	let seen = 0;
	for (let i = 0; i < lines.length && i < 40; i++) {
		const line = (lines[i] ?? '').trim();
		if (line === '---') return seen > 0 ? { header, lineCount: i + 1 } : null;
		if (line === '') continue;
		const m = line.match(KEY_VALUE);
		if (!m) return null;
		header[m[1]!.toLowerCase()] = m[2]!.trim();
		seen++;
	}
	return null;
}

/** `YYYY-MM-DD` from a header's date (also accepts an ISO timestamp), or null. */
export function normaliseDate(value: string | undefined): string | null {
	const m = value?.trim().match(/^(\d{4}-\d{2}-\d{2})(?:[T ].*)?$/);
	if (!m || !parseCalendar(m[1]!)) return null;
	return m[1]!;
}
