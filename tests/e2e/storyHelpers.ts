/** Page checks shared by the timeline tests and the per-story tests. */
import { expect, type Page } from '@playwright/test';

/** Boxes of the visible timeline's glyphs and labels, in page px. */
export async function boxes(page: Page) {
	return page.locator('.timeline svg').evaluateAll((svgs) => {
		const out: { id: string; part: string; x0: number; x1: number; y0: number; y1: number }[] = [];
		for (const svg of svgs) {
			if (!(svg as SVGElement).getBoundingClientRect().width) continue;
			for (const a of svg.querySelectorAll('a[data-item-id]'))
				for (const el of a.querySelectorAll('.glyph, text')) {
					const r = el.getBoundingClientRect();
					out.push({
						id: a.getAttribute('data-item-id')!,
						part: el.tagName,
						x0: r.left,
						x1: r.right,
						y0: r.top,
						y1: r.bottom
					});
				}
		}
		return out;
	});
}

export function expectNoOverlaps(list: Awaited<ReturnType<typeof boxes>>) {
	for (let i = 0; i < list.length; i++)
		for (let j = i + 1; j < list.length; j++) {
			const a = list[i]!;
			const b = list[j]!;
			if (a.id === b.id) continue;
			const overlap =
				a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;
			expect(overlap, `${a.id} ${a.part} overlaps ${b.id} ${b.part}`).toBe(false);
		}
}
