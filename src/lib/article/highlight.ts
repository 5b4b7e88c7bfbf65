/**
 * Splits a paragraph into plain and highlighted runs for the quotes an item
 * cites, so the view can render `<mark>` around them without any HTML.
 */

/** A run of paragraph text, highlighted or not. */
export interface Run {
	text: string;
	mark: boolean;
}

/** The runs of `text` with every occurrence-range of `quotes` marked (overlaps merged). */
export function highlightRuns(text: string, quotes: readonly string[]): Run[] {
	const ranges: [number, number][] = [];
	for (const q of quotes) {
		if (!q) continue;
		const at = text.indexOf(q);
		if (at >= 0) ranges.push([at, at + q.length]);
	}
	if (!ranges.length) return [{ text, mark: false }];
	ranges.sort((a, b) => a[0] - b[0]);
	const merged: [number, number][] = [];
	for (const r of ranges) {
		const last = merged.at(-1);
		if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
		else merged.push([r[0], r[1]]);
	}
	const runs: Run[] = [];
	let pos = 0;
	for (const [a, b] of merged) {
		if (a > pos) runs.push({ text: text.slice(pos, a), mark: false });
		runs.push({ text: text.slice(a, b), mark: true });
		pos = b;
	}
	if (pos < text.length) runs.push({ text: text.slice(pos), mark: false });
	return runs;
}
