/**
 * Finds the Chromium that the browser tests, screenshots and the benchmark
 * drive, and the launch flags that suit a machine without network.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Path of the Chromium binary: `$CHROMIUM_PATH`, else the system's. Exits with one clear line if none. */
export function chromiumPath(): string {
	const found = [process.env.CHROMIUM_PATH, ...CANDIDATES].find(
		(p): p is string => !!p && existsSync(p)
	);
	if (!found) {
		console.error(
			'No Chromium found: install it with `apt-get install -y chromium` (or set CHROMIUM_PATH to a Chromium binary).'
		);
		process.exit(1);
	}
	return found;
}

/** Flags for headless Chromium on a machine with no outside network. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-dev-shm-usage'
];

/** Keeps Chromium's config and cache out of $HOME. */
export function isolateChromiumHome() {
	const dir = join(tmpdir(), 'newsline-chromium');
	process.env.XDG_CONFIG_HOME ??= join(dir, 'config');
	process.env.XDG_CACHE_HOME ??= join(dir, 'cache');
}
