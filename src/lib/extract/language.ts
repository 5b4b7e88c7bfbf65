/**
 * A rough check that text is English: the share of very common English
 * function words among its words. English news runs at 25–40 %.
 */
import { COMMON_ENGLISH_WORDS } from './lexicon.ts';

const COMMON = new Set(COMMON_ENGLISH_WORDS);

/** The share (0–1) of common English words among the words of `text`. */
export function englishShare(text: string): number {
	const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
	if (!words.length) return 0;
	let hits = 0;
	for (const w of words.slice(0, 5000)) if (COMMON.has(w)) hits++;
	return hits / Math.min(words.length, 5000);
}
