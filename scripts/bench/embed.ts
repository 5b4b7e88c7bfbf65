/**
 * Embed weight: the gzipped host script (`/embed.js`, target < 2 KB) and
 * what an embed page of each view loads.
 */
import { gzippedBytes, loadedScripts } from './pageWeight.ts';
import type { BenchRow, BenchSection } from './types.ts';

export const embedWeight: BenchSection = {
	name: 'embed',
	title: 'Embed weight (gzipped)',
	async run(): Promise<BenchRow[]> {
		const rows: BenchRow[] = [
			{
				name: 'embed.js (host script)',
				value: gzippedBytes('/embed.js'),
				unit: 'B gz',
				target: '< 2048'
			}
		];
		for (const view of ['timeline', 'map', 'both']) {
			const path = `/stories/oval-office-clash/embed/${view}`;
			const scripts = await loadedScripts(path);
			const js = scripts.reduce((sum, s) => sum + gzippedBytes(s), 0);
			rows.push({ name: `${view} embed HTML`, value: gzippedBytes(path), unit: 'B gz' });
			rows.push({ name: `${view} embed JS (${scripts.length} files)`, value: js, unit: 'B gz' });
		}
		return rows;
	}
};
