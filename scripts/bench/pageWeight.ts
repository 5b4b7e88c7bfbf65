/**
 * Page weight: the gzipped bytes of the HTML and of every script the home
 * page and the seed story page load in headless Chromium, against their budgets,
 * and the timeline's own share of it.
 */
import { chromium, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, chromiumPath, isolateChromiumHome } from '../chromium.ts';
import { serveBuild } from './serveBuild.ts';
import { timelineBundleBytes } from './timelineBundle.ts';
import { budgetRow, type BenchRow, type BenchSection } from './types.ts';

/** Budget of the scripts the home page loads, in gzipped bytes. */
export const HOME_JS_MAX = 5 * 1024;

/** Budget of the scripts a story page loads, in gzipped bytes. */
export const STORY_JS_MAX = 45 * 1024;

/** Budget of the timeline's own code (without the Svelte runtime), in gzipped bytes. */
export const TIMELINE_SHARE_MAX = 30 * 1024;

/** Gzipped size of a file under build/ by its URL path. */
export function gzippedBytes(urlPath: string): number {
	const file =
		urlPath === '/'
			? 'build/index.html'
			: `build${urlPath}${urlPath.endsWith('.js') || urlPath.endsWith('.json') || urlPath.endsWith('.css') ? '' : '.html'}`;
	return gzipSync(readFileSync(file), { level: 9 }).length;
}

/**
 * Serves build/, opens a Chromium page that logs every script it requests
 * (as URL paths, in load order) and runs `visit` on it; closes everything after.
 */
export async function withScriptLog<T>(
	visit: (page: Page, baseUrl: string, scripts: string[]) => Promise<T>
): Promise<T> {
	isolateChromiumHome();
	const server = await serveBuild();
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
	try {
		const page = await browser.newPage();
		const scripts: string[] = [];
		page.on('request', (req) => {
			if (req.resourceType() === 'script') scripts.push(new URL(req.url()).pathname);
		});
		return await visit(page, server.url, scripts);
	} finally {
		await browser.close();
		await server.close();
	}
}

/** The scripts a page loads, as URL paths, in load order. */
export function loadedScripts(path: string): Promise<string[]> {
	return withScriptLog(async (page, base, scripts) => {
		await page.goto(base + path, { waitUntil: 'networkidle' });
		return scripts;
	});
}

export const pageWeight: BenchSection = {
	name: 'weight',
	title: 'Home and story page weight (gzipped)',
	async run(): Promise<BenchRow[]> {
		const sum = (scripts: string[]) => scripts.reduce((s, p) => s + gzippedBytes(p), 0);
		const home = await loadedScripts('/');
		const path = '/stories/oval-office-clash';
		const scripts = await loadedScripts(path);
		return [
			{ name: 'home page HTML', value: gzippedBytes('/'), unit: 'B gz' },
			budgetRow(`home page JS (${home.length} files)`, sum(home), HOME_JS_MAX),
			{ name: 'story page HTML', value: gzippedBytes(path), unit: 'B gz' },
			budgetRow(`story page JS (${scripts.length} files)`, sum(scripts), STORY_JS_MAX),
			budgetRow(
				'timeline share (its modules and d3 imports, without the Svelte runtime)',
				await timelineBundleBytes(),
				TIMELINE_SHARE_MAX
			)
		];
	}
};
