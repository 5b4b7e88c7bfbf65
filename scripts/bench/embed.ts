/**
 * Embed weight: the gzipped host script (`/embed.js`, target < 2 KB) and
 * what an embed page of each view loads; an embed that loads the code of
 * a chart it does not draw (told by the scripts' content) fails the section.
 * The `both` view hydrates its map on first use, so it also says what the
 * page has loaded once the pointer has been over the map.
 */
import { readFileSync } from 'node:fs';
import { NOT_IN_EMBED, partsIn } from './chunkContents.ts';
import { gzippedBytes, loadedScripts, withScriptLog } from './pageWeight.ts';
import { budgetRow, type BenchRow, type BenchSection } from './types.ts';

/** Budget of the scripts an embed page of one view loads, in gzipped bytes. */
export const EMBED_JS_MAX = 35 * 1024;

export const embedWeight: BenchSection = {
	name: 'embed',
	title: 'Embed weight (gzipped)',
	async run(): Promise<BenchRow[]> {
		const rows: BenchRow[] = [
			{
				name: 'embed.js (host script)',
				value: gzippedBytes('/embed.js'),
				unit: 'B gz',
				target: '< 2048',
				ok: gzippedBytes('/embed.js') < 2048
			}
		];
		for (const view of ['timeline', 'map', 'both'] as const) {
			const path = `/stories/oval-office-clash/embed/${view}`;
			const scripts = await loadedScripts(path);
			const js = scripts.reduce((sum, s) => sum + gzippedBytes(s), 0);
			rows.push({ name: `${view} embed HTML`, value: gzippedBytes(path), unit: 'B gz' });
			rows.push(budgetRow(`${view} embed JS (${scripts.length} files)`, js, EMBED_JS_MAX));
			const foreign = [
				...new Set(
					scripts.flatMap((s) =>
						partsIn(readFileSync(`build${s}`, 'utf8')).filter((p) => NOT_IN_EMBED[view].includes(p))
					)
				)
			];
			rows.push({
				name: `${view} embed: code of charts it does not draw${foreign.length ? ': ' + foreign.join(', ') : ''}`,
				value: foreign.length,
				unit: 'parts',
				target: '0',
				ok: foreign.length === 0
			});
		}
		const used = await withScriptLog(async (page, base, scripts) => {
			await page.goto(`${base}/stories/oval-office-clash/embed/both`, { waitUntil: 'networkidle' });
			await page.hover('[data-deferred-map]');
			await page.waitForSelector('[data-deferred-map][data-hydrated]');
			await page.waitForLoadState('networkidle');
			return scripts;
		});
		rows.push({
			name: `both embed once its map is used, JS (${used.length} files)`,
			value: used.reduce((sum, s) => sum + gzippedBytes(s), 0),
			unit: 'B gz'
		});
		return rows;
	}
};
