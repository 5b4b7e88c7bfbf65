/**
 * Finds the Chromium that the browser tests, screenshots and the benchmark
 * drive, and the launch flags that suit a machine without network.
 *
 * Order: `$CHROMIUM_PATH`; else a system Chromium; else the headless Chromium
 * shipped inside the `@sparticuz/chromium` dev dependency, unpacked once into
 * the temporary folder. `NEWSLINE_CHROMIUM=packaged` skips the system
 * candidates (to test the packaged one on a machine that has both).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const PACKAGE = '@sparticuz/chromium';

/** Path of the Chromium binary (see the order above). Exits with one clear line if none. */
export function chromiumPath(): string {
	const packagedOnly = process.env.NEWSLINE_CHROMIUM === 'packaged';
	const found = [process.env.CHROMIUM_PATH, ...(packagedOnly ? [] : CANDIDATES)].find(
		(p): p is string => !!p && existsSync(p)
	);
	if (found) return found;
	const packaged = packagedChromium();
	if (packaged) return packaged;
	console.error(
		`No Chromium found: install it with \`apt-get install -y chromium\`, set CHROMIUM_PATH to a Chromium binary, or reinstall the dev dependencies (${PACKAGE} ships one for x86-64 Linux).`
	);
	process.exit(1);
}

/** The folder of the package's compressed browser, or null when it is not installed. */
function packageBin(): { bin: string; version: string } | null {
	try {
		const entry = createRequire(import.meta.url).resolve(PACKAGE, { paths: [process.cwd()] });
		const root = dirname(dirname(entry));
		const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
		const bin = join(root, 'bin');
		return existsSync(join(bin, 'chromium.br')) ? { bin, version } : null;
	} catch {
		return null;
	}
}

/**
 * The packaged Chromium, unpacked on first use (about 6 s, 210 MB in the
 * temporary folder) into a folder of its own, then reused. Returns the path of
 * a small launcher that points Chromium at the bundled fonts (added to the
 * system's, if any) and, when the system lacks them, the bundled NSS libraries.
 */
export function packagedChromium(): string | null {
	if (process.platform !== 'linux' || process.arch !== 'x64') return null;
	const pkg = packageBin();
	if (!pkg) return null;
	const dir = join(tmpdir(), 'newsline-chromium', `packaged-${pkg.version}`);
	const launcher = join(dir, 'chromium');
	if (existsSync(launcher)) return launcher;

	// Unpack into a fresh folder, then rename it into place: a second process
	// that starts meanwhile never sees a half-written browser.
	const stage = `${dir}.${process.pid}`;
	rmSync(stage, { recursive: true, force: true });
	mkdirSync(stage, { recursive: true });
	// The package unpacks into `os.tmpdir()` (TMPDIR) and is asynchronous; a
	// child process keeps this function synchronous for the config files.
	const unpack = `
		const { default: chromium, inflate } = await import(${JSON.stringify(PACKAGE)});
		await chromium.executablePath(${JSON.stringify(pkg.bin)});
		await inflate(${JSON.stringify(join(pkg.bin, 'al2023.tar.br'))});`;
	execFileSync(process.execPath, ['--input-type=module', '-e', unpack], {
		cwd: process.cwd(),
		env: { ...process.env, TMPDIR: stage },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	renameSync(join(stage, 'chromium'), join(stage, 'chromium-bin'));
	const missing = execFileSync('ldd', [join(stage, 'chromium-bin')], { encoding: 'utf8' }).includes(
		'not found'
	);
	writeFileSync(
		join(stage, 'fonts.conf'),
		`<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
	<include ignore_missing="yes">/etc/fonts/fonts.conf</include>
	<dir>${join(dir, 'fonts', 'fonts')}</dir>
	<cachedir>${join(dir, 'fonts-cache')}</cachedir>
</fontconfig>
`
	);
	const env = [`export FONTCONFIG_FILE='${join(dir, 'fonts.conf')}'`];
	if (missing) env.push(`export LD_LIBRARY_PATH='${join(dir, 'al2023', 'lib')}'`);
	writeFileSync(
		join(stage, 'chromium'),
		`#!/bin/sh\n${env.join('\n')}\nexec '${join(dir, 'chromium-bin')}' "$@"\n`,
		{ mode: 0o755 }
	);
	try {
		renameSync(stage, dir);
	} catch {
		// Another process got there first: use its copy.
		rmSync(stage, { recursive: true, force: true });
	}
	return launcher;
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
