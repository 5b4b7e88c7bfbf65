/**
 * Label widths without a browser: a conservative estimate of how wide a
 * string is in the system sans-serif, and truncation to a width.
 */

const NARROW = /[ilIjtf.,:;'!|()[\] ]/;
const WIDE = /[mwMW@%]/;
const UPPER = /[A-Z0-9]/;

/** Estimated width in px of `text` at `size` px (errs on the wide side). */
export function textWidth(text: string, size = 12): number {
	let em = 0;
	for (const ch of text)
		em += NARROW.test(ch) ? 0.32 : WIDE.test(ch) ? 0.86 : UPPER.test(ch) ? 0.68 : 0.56;
	return Math.ceil(em * size);
}

/** `text` cut at a word or character with an ellipsis so it fits `max` px; '' if nothing fits. */
export function truncate(text: string, max: number, size = 12): string {
	if (textWidth(text, size) <= max) return text;
	const chars = [...text];
	let lo = 0;
	let hi = chars.length;
	while (lo < hi) {
		const mid = Math.ceil((lo + hi) / 2);
		if (textWidth(chars.slice(0, mid).join('').trimEnd() + '…', size) <= max) lo = mid;
		else hi = mid - 1;
	}
	return lo === 0 ? '' : chars.slice(0, lo).join('').trimEnd() + '…';
}
