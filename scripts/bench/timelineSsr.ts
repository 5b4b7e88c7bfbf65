/**
 * Server-render timing of the timeline: loads the Svelte component through
 * Vite's SSR module loader (no dev server port) and renders it to HTML.
 */
import { createServer } from 'vite';
import type { Item } from '../../src/lib/story/items.ts';

/** Renders the timeline of `items` on the server `runs` times; returns the ms of each run. */
export async function serverRenderTimes(items: Item[], runs: number): Promise<number[]> {
	const vite = await createServer({
		server: { middlewareMode: true, hmr: false, ws: false },
		appType: 'custom',
		logLevel: 'silent'
	});
	try {
		const { render } = (await vite.ssrLoadModule(
			'svelte/server'
		)) as typeof import('svelte/server');
		const Timeline = (await vite.ssrLoadModule('/src/lib/views/Timeline.svelte')).default;
		const times: number[] = [];
		for (let i = 0; i < runs; i++) {
			const t0 = performance.now();
			const { body } = render(Timeline, { props: { items, table: false } });
			times.push(performance.now() - t0);
			if (!body.includes('<svg')) throw new Error('timeline did not render');
		}
		return times;
	} finally {
		await vite.close();
	}
}
