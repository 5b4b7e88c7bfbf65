/**
 * `npm run screenshot -- <path> [--out dir]`: screenshots a page of the
 * running site at 1280 and 375 px, light and dark, for a reader's look.
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { CHROMIUM_ARGS, chromiumPath, isolateChromiumHome } from './chromium.ts';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1]! : 'screenshots';
const paths = args.filter((a, i) => !a.startsWith('--') && i !== outAt + 1);
const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
const full = args.includes('--full');

isolateChromiumHome();
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
for (const path of paths.length ? paths : ['/']) {
	for (const [w, h] of [
		[1280, 800],
		[375, 812]
	] as const)
		for (const scheme of ['light', 'dark'] as const) {
			const page = await browser.newPage({
				viewport: { width: w, height: h },
				colorScheme: scheme
			});
			await page.goto(base + path, { waitUntil: 'networkidle' });
			const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${w}-${scheme}.png`;
			await page.screenshot({ path: `${out}/${name}`, fullPage: full });
			console.log(`${out}/${name}`);
			await page.close();
		}
}
await browser.close();
