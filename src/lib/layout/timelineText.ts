/**
 * Label widths without a browser: a conservative estimate of how wide a
 * string is in the system sans-serif, and truncation to a width.
 */

/** Width in em of each ASCII character; other characters count as 0.62 em. */
const EM = new Float32Array(128).fill(0.56);
for (const ch of "ilIjtf.,:;'!|()[] ") EM[ch.charCodeAt(0)] = 0.32;
for (let c = 65; c <= 90; c++) EM[c] = 0.68;
for (let c = 48; c <= 57; c++) EM[c] = 0.68;
for (const ch of 'mwMW@%') EM[ch.charCodeAt(0)] = 0.86;
EM['I'.charCodeAt(0)] = 0.32;

/** Width in em of the ellipsis that ends a cut label. */
const ELLIPSIS = 1;
/** Margin on every estimate, for fonts a little wider than the table. */
const SAFETY = 1.05;

/** Width in em of one character code. */
const emOf = (c: number) => (c < 128 ? EM[c]! : c === 0x2026 ? ELLIPSIS : 0.62);

/** Estimated width in px of `text` at `size` px (errs on the wide side). */
export function textWidth(text: string, size = 12): number {
	let em = 0;
	for (let i = 0; i < text.length; i++) em += emOf(text.charCodeAt(i));
	return Math.ceil(em * size * SAFETY);
}

/**
 * `text` cut with an ellipsis so it fits `max` px; '' if not even its first
 * word fits. The cut falls between words (at a space, or after a hyphen or
 * slash), so every word shown is a whole word of `text`: an accessible name
 * that contains `text` then contains the words shown (WCAG 2.5.3).
 */
export function truncate(text: string, max: number, size = 12): string {
	if (textWidth(text, size) <= max) return text;
	let em = 0;
	let kept = '';
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		// A whole word ends before a space, or with a hyphen or a slash.
		const end = i + 1;
		em += emOf(text.charCodeAt(i));
		if (Math.ceil((em + ELLIPSIS) * size * SAFETY) > max) break;
		if (ch === '-' || ch === '/') kept = text.slice(0, end);
		else if (/\s/.test(text[end] ?? '') && !/\s/.test(ch)) kept = text.slice(0, end);
	}
	kept = kept.replace(/[\s,;:]+$/, '');
	return kept ? kept + '…' : '';
}

/**
 * `text` broken at spaces into at most `lines` lines of `max` px each; the
 * last line is truncated with an ellipsis if the text does not fit.
 */
export function wrap(text: string, max: number, size = 12, lines = 2): string[] {
	const out: string[] = [];
	let rest = text.trim();
	while (rest && out.length < lines - 1 && textWidth(rest, size) > max) {
		const words = rest.split(' ');
		let line = words[0]!;
		let n = 1;
		while (n < words.length && textWidth(`${line} ${words[n]}`, size) <= max)
			line += ` ${words[n++]}`;
		if (textWidth(line, size) > max) break;
		out.push(line);
		rest = words.slice(n).join(' ');
	}
	if (rest) out.push(truncate(rest, max, size));
	return out;
}
