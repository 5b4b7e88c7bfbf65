/**
 * Checks that an article file is usable text before it is segmented: not
 * empty, not binary, valid UTF-8 and of a sane size.
 */

/** Largest article accepted, in bytes. Long-form features run to ~100 KB. */
export const MAX_ARTICLE_BYTES = 1_000_000;

/** Decoded article text, or the reason it cannot be used. */
export type ArticleInput = { ok: true; text: string } | { ok: false; reason: string };

const formatSize = (n: number) =>
	n >= 1_000_000 ? `${(n / 1_000_000).toFixed(1)} MB` : `${Math.round(n / 1000)} KB`;

/** Decodes and checks the bytes of an article file. */
export function readArticleBytes(bytes: Uint8Array): ArticleInput {
	if (bytes.length > MAX_ARTICLE_BYTES)
		return {
			ok: false,
			reason: `article is ${formatSize(bytes.length)}; the limit is ${formatSize(MAX_ARTICLE_BYTES)} (is this one article?)`
		};
	if (bytes.includes(0))
		return { ok: false, reason: 'article is binary, not text (it contains NUL bytes)' };
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return { ok: false, reason: 'article is not valid UTF-8 text' };
	}
	return checkArticleText(text);
}

/** Checks decoded article text (used where the text is already a string). */
export function checkArticleText(text: string): ArticleInput {
	if (text.length > MAX_ARTICLE_BYTES)
		return {
			ok: false,
			reason: `article is ${formatSize(text.length)} characters; the limit is ${formatSize(MAX_ARTICLE_BYTES)}`
		};
	if (text.trim() === '') return { ok: false, reason: 'article is empty' };
	// eslint-disable-next-line no-control-regex
	const control = text.match(/[\u0000-\u0008\u000E-\u001F\uFFFD]/g)?.length ?? 0;
	if (control > 0 && control / text.length > 0.01)
		return { ok: false, reason: 'article looks binary, not text (many control characters)' };
	return { ok: true, text };
}
