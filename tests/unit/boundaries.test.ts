import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every file under `dir`, recursively. */
function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		return statSync(p).isDirectory() ? walk(p) : [p];
	});
}

/** Module specifiers of static and dynamic imports and re-exports in `code`. */
function importsOf(code: string): string[] {
	const found: string[] = [];
	for (const m of code.matchAll(
		/(?:\bimport\s*(?:[\w*{}\s,$]+\s*from\s*)?|\bexport\s*[\w*{}\s,$]*\s*from\s*|\bimport\s*\(\s*)['"`]([^'"`]+)['"`]/g
	))
		found.push(m[1]!);
	return found;
}

const SCRIPTS = resolve('scripts');

describe('app code and scripts', () => {
	it('finds imports in every form', () => {
		expect(
			importsOf(
				`import a from './a.ts';\nimport { b, c } from "../b.ts";\nimport './c.css';\nexport * from '$lib/d.ts';\nconst e = await import('./e.ts');`
			)
		).toEqual(['./a.ts', '../b.ts', './c.css', '$lib/d.ts', './e.ts']);
	});

	it('no file under src/ imports from scripts/', () => {
		const offenders: string[] = [];
		for (const file of walk('src').filter((f) => /\.(ts|js|svelte)$/.test(f))) {
			for (const spec of importsOf(readFileSync(file, 'utf8'))) {
				const target = spec.startsWith('.') ? resolve(dirname(file), spec) : null;
				if (target && !relative(SCRIPTS, target).startsWith('..'))
					offenders.push(`${file}: ${spec}`);
			}
		}
		expect(offenders).toEqual([]);
	});

	it('the site has no benchmark route', () => {
		expect(walk('src/routes').filter((f) => /(^|\/)bench(\/|$)/.test(f))).toEqual([]);
	});
});

describe('layout modules', () => {
	it('mapTypes.ts holds types only', () => {
		const code = readFileSync('src/lib/layout/mapTypes.ts', 'utf8');
		expect(code.match(/^export\s+(?!interface\b|type\b)\w+.*$/gm) ?? []).toEqual([]);
		expect(code.match(/^import\s+(?!type\b).*$/gm) ?? []).toEqual([]);
	});
});

describe('page shell', () => {
	it('only the root layout sets the brand line and the page container', () => {
		const shell = readFileSync('src/routes/+layout.svelte', 'utf8');
		const width = shell.match(/max-width:\s*([\d.]+rem)/)?.[1];
		expect(width).toBeTruthy();
		const copies = walk('src/routes')
			.filter((f) => f.endsWith('.svelte') && f !== join('src', 'routes', '+layout.svelte'))
			.filter((f) => {
				const code = readFileSync(f, 'utf8');
				return code.includes('class="brand"') || code.includes(`max-width: ${width}`);
			});
		expect(copies).toEqual([]);
	});
});
