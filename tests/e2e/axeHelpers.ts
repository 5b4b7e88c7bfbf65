/** axe-core with its full default rule set (no tag filter), as every end-to-end check runs it. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * The violations axe finds in the page (or in `include`, a selector), one
 * line each: rule, then the offending nodes. Waits (up to 2 s) for running
 * finite animations and transitions first, so colours are measured as they end.
 * `legacy` runs axe in the page itself, without the blank page it otherwise
 * opens to combine frames (which a context without JavaScript cannot run).
 */
export async function axeViolations(
	page: Page,
	include?: string,
	{ legacy = false }: { legacy?: boolean } = {}
): Promise<string[]> {
	await page.evaluate(() =>
		Promise.race([
			Promise.all(
				document
					.getAnimations()
					.filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
					.map((a) => a.finished.catch(() => undefined))
			),
			new Promise((done) => setTimeout(done, 2000))
		])
	);
	let axe = new AxeBuilder({ page }).setLegacyMode(legacy);
	if (include) axe = axe.include(include);
	const { violations } = await axe.analyze();
	return violations.map(
		(v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
}
