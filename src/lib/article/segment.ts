/**
 * Segmentation: raw article text → numbered body paragraphs, with every
 * line left out of the body kept as a `removed` entry with its reason.
 */
import { isCaptionLabel, matchBoilerplate, type RemovalReason } from './boilerplate.ts';
import { readHeader, type ArticleHeader } from './header.ts';

/** A body paragraph, numbered from 1 in reading order. */
export interface Paragraph {
	/** 1-based paragraph number; the page anchor is `#p<n>`. */
	n: number;
	text: string;
	/** 1-based line of the article where the paragraph starts. */
	line: number;
}

/** A line of the article that is not body text. */
export interface RemovedLine {
	/** 1-based line number in the article. */
	line: number;
	text: string;
	reason: RemovalReason;
}

/** The result of segmenting one article. */
export interface Segmentation {
	header: ArticleHeader | null;
	paragraphs: Paragraph[];
	removed: RemovedLine[];
}

const SENTENCE_END = /[.!?:"'”’)\]]$/;
/** Longer than any hard wrap seen in practice (72–100 characters). */
const WRAP_WIDTH = 120;

/**
 * Whether line `next` continues the paragraph that `prev` is part of: a
 * hard-wrapped line (no sentence end, and the next line goes on in lower case
 * or the previous line is long).
 */
function continues(prev: string, next: string): boolean {
	if (SENTENCE_END.test(prev.trimEnd())) return false;
	return /^[a-z0-9(,;–—-]/.test(next.trimStart()) || prev.trim().length >= 50;
}

/**
 * Whether the text is hard-wrapped inside blank-line separated blocks: it
 * has several blocks, and most line breaks inside a block fall mid-sentence.
 * Then every line break inside a block is a wrap, even one after a full stop.
 */
export function isBlockWrapped(lines: readonly string[]): boolean {
	let blocks = 0;
	let inner = 0;
	let midSentence = 0;
	for (let i = 0; i < lines.length; i++) {
		const line = (lines[i] ?? '').trim();
		if (!line) continue;
		const prev = (lines[i - 1] ?? '').trim();
		if (!prev) blocks++;
		else {
			inner++;
			if (!SENTENCE_END.test(prev)) midSentence++;
		}
	}
	return blocks >= 2 && inner > 0 && midSentence * 2 > inner;
}

/**
 * Splits an article into body paragraphs. Paragraphs are separated by line
 * breaks; a block of hard-wrapped lines is joined into one paragraph.
 */
export function segmentArticle(raw: string): Segmentation {
	const lines = raw.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
	const removed: RemovedLine[] = [];
	const paragraphs: Paragraph[] = [];

	const head = readHeader(lines);
	let start = 0;
	if (head) {
		for (let i = 0; i < head.lineCount; i++) {
			const text = lines[i] ?? '';
			if (text.trim()) removed.push({ line: i + 1, text, reason: 'header' });
		}
		start = head.lineCount;
	}

	const wrapped = isBlockWrapped(lines.slice(start));
	// Text with lines far longer than any wrap width holds one paragraph per line: a line
	// without a full stop there is a headline or crosshead, not a wrapped line.
	const linePerParagraph = !wrapped && lines.slice(start).some((l) => l.trim().length > WRAP_WIDTH);
	let current: { text: string; line: number; last: string } | null = null;
	const flush = () => {
		if (current)
			paragraphs.push({ n: paragraphs.length + 1, text: current.text, line: current.line });
		current = null;
	};

	let afterCaptionLabel = false;
	for (let i = start; i < lines.length; i++) {
		const text = (lines[i] ?? '').replace(/\s+$/, '');
		if (text.trim() === '') {
			flush();
			afterCaptionLabel = false;
			continue;
		}
		const rule = matchBoilerplate({
			text,
			beforeBody: paragraphs.length === 0 && current === null,
			afterCaptionLabel
		});
		afterCaptionLabel = !!rule && isCaptionLabel(text);
		if (rule) {
			flush();
			removed.push({ line: i + 1, text, reason: rule.reason });
			continue;
		}
		const c: { text: string; line: number; last: string } | null = current;
		if (c && (wrapped || (!linePerParagraph && continues(c.last, text)))) {
			c.text += ' ' + text.trim();
			c.last = text;
		} else {
			flush();
			current = { text: text.trim(), line: i + 1, last: text };
		}
	}
	flush();
	return { header: head?.header ?? null, paragraphs, removed };
}
