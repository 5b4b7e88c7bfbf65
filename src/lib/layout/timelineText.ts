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

/** Estimated width in px of `text` at `size` px (errs on the wide side). */
export function textWidth(text: string, size = 12): number {
	let em = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		em += c < 128 ? EM[c]! : 0.62;
	}
	return Math.ceil(em * size);
}

/** `text` cut with an ellipsis so it fits `max` px; '' if nothing fits. */
export function truncate(text: string, max: number, size = 12): string {
	if (textWidth(text, size) <= max) return text;
	let em = 0;
	let cut = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		em += c < 128 ? EM[c]! : 0.62;
		if (Math.ceil((em + 0.62) * size) > max) break;
		cut = i + 1;
	}
	const code = text.charCodeAt(cut - 1);
	if (code >= 0xd800 && code <= 0xdbff) cut--;
	const kept = text.slice(0, cut).trimEnd();
	return kept ? kept + '…' : '';
}
