/**
 * Timeline benchmark: seeded synthetic stories of 1,000, 10,000 and 100,000
 * items. Layout time in Node, server-render time, and in headless Chromium
 * the time to the first painted timeline and the frame times while zooming
 * and panning; then the gzipped JavaScript the story page loads and the
 * timeline's share of it.
 */
import { chromium, type Page } from '@playwright/test';
import { storyItems } from '../../src/lib/story/items.ts';
import { timelineModel } from '../../src/lib/layout/timelineModel.ts';
import { layoutHorizontal } from '../../src/lib/layout/timelineHorizontal.ts';
import { CHROMIUM_ARGS, chromiumPath, isolateChromiumHome } from '../chromium.ts';
import { gzippedBytes, loadedScripts } from './pageWeight.ts';
import { buildBenchPage } from './benchPage.ts';
import { serveBuild } from './serveBuild.ts';
import { syntheticStory } from '../../tests/fixtures/syntheticStory.ts';
import { serverRenderTimes } from './timelineSsr.ts';
import type { BenchRow, BenchSection } from './types.ts';

const SIZES = [1000, 10_000, 100_000];
const round = (n: number) => Math.round(n * 10) / 10;

/** The q-quantile of a list of numbers. */
function quantile(xs: number[], q: number): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}

function timeIt(runs: number, f: () => void): number[] {
	return Array.from({ length: runs }, () => {
		const t0 = performance.now();
		f();
		return performance.now() - t0;
	});
}

/** Zooms in, pans and zooms out with one wheel event per frame; frame intervals and work per step. */
async function zoomPanFrames(page: Page): Promise<{ frames: number[]; work: number[] }> {
	return page.evaluate(async () => {
		const box = document.querySelector<HTMLElement>('.timeline .box')!;
		const r = box.getBoundingClientRect();
		const steps: WheelEventInit[] = [
			...Array.from({ length: 40 }, () => ({ deltaY: -60 })),
			...Array.from({ length: 40 }, () => ({ deltaX: 40 })),
			...Array.from({ length: 40 }, () => ({ deltaX: -25 })),
			...Array.from({ length: 30 }, () => ({ deltaY: 60 }))
		];
		const frames: number[] = [];
		const work: number[] = [];
		let last = 0;
		for (const step of steps) {
			await new Promise<void>((done) =>
				requestAnimationFrame(async (now) => {
					if (last) frames.push(now - last);
					last = now;
					const t0 = performance.now();
					box.dispatchEvent(
						new WheelEvent('wheel', {
							...step,
							clientX: r.left + r.width / 2,
							clientY: r.top + 60,
							bubbles: true,
							cancelable: true
						})
					);
					await Promise.resolve();
					await Promise.resolve();
					void box.getBoundingClientRect().height;
					work.push(performance.now() - t0);
					done();
				})
			);
		}
		return { frames, work };
	});
}

export const timelineBench: BenchSection = {
	name: 'timeline',
	title: 'Timeline: layout, server render, first paint, zoom/pan frames, JS share',
	async run(): Promise<BenchRow[]> {
		const rows: BenchRow[] = [];
		const add = (name: string, value: number, unit: string, target?: string) =>
			rows.push({ name, value: round(value), unit, ...(target ? { target } : {}) });

		for (const n of SIZES) {
			const items = storyItems(syntheticStory(n, 1));
			let model = timelineModel(items);
			add(
				`${n} items: model (scale) in Node`,
				quantile(
					timeIt(5, () => (model = timelineModel(items))),
					0.5
				),
				'ms'
			);
			const layout = quantile(
				timeIt(20, () => layoutHorizontal(model, { width: 1200, view: { k: 1, x: 0 }, lanes: 10 })),
				0.5
			);
			add(`${n} items: layout at 1200 px in Node`, layout, 'ms');
			const zoomed = quantile(
				timeIt(20, () =>
					layoutHorizontal(model, { width: 1200, view: { k: 16, x: -9000 }, lanes: 10 })
				),
				0.5
			);
			add(`${n} items: layout zoomed ×16 in Node`, zoomed, 'ms');
			const ssr = await serverRenderTimes(items, n >= 100_000 ? 2 : 4);
			add(`${n} items: server render`, quantile(ssr.slice(1), 0.5), 'ms');
		}

		isolateChromiumHome();
		const server = await serveBuild(await buildBenchPage());
		const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
		try {
			for (const n of SIZES) {
				const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
				await page.goto(`${server.url}/?n=${n}`);
				await page.waitForFunction(() => '__timelineBench' in window, null, { timeout: 120_000 });
				const first = await page.evaluate(
					() => (window as unknown as { __timelineBench: Record<string, number> }).__timelineBench
				);
				add(`${n} items: browser data generation`, first.dataMs!, 'ms');
				add(
					`${n} items: browser first render (mount to painted)`,
					first.renderMs!,
					'ms',
					n === 10_000 ? '≤ 1000 ms' : undefined
				);
				add(`${n} items: navigation to painted timeline`, first.sinceNavigation!, 'ms');
				const { frames, work } = await zoomPanFrames(page);
				add(
					`${n} items: zoom/pan frame, median`,
					quantile(frames, 0.5),
					'ms',
					n === 10_000 ? '≤ 16 ms' : undefined
				);
				add(`${n} items: zoom/pan frame, p95`, quantile(frames, 0.95), 'ms');
				add(`${n} items: zoom/pan work per step, median`, quantile(work, 0.5), 'ms');
				add(`${n} items: zoom/pan work per step, p95`, quantile(work, 0.95), 'ms');
				await page.close();
			}
		} finally {
			await browser.close();
			await server.close();
		}

		const scripts = await loadedScripts('/stories/oval-office-clash');
		let total = 0;
		for (const s of scripts) {
			const b = gzippedBytes(s);
			total += b;
			add(`story page script ${s.replace(/^\/_app\/immutable\//, '')}`, b, 'B gz');
		}
		add(`story page JS total (${scripts.length} files)`, total, 'B gz');
		return rows;
	}
};
