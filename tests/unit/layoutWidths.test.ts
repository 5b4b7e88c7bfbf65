import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	LAYOUT_WIDTHS,
	PHONE_BELOW,
	resolveLayoutWidths,
	WIDE_FROM
} from '../../src/lib/layout/breakpoints.ts';

/** Every file under `dir`, recursively. */
function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		return statSync(p).isDirectory() ? walk(p) : [p];
	});
}

/** The CSS of every component and stylesheet under src/, by file. */
const styles = walk('src').flatMap((file): [string, string][] => {
	if (file.endsWith('.css')) return [[file, readFileSync(file, 'utf8')]];
	if (!file.endsWith('.svelte')) return [];
	const blocks = [...readFileSync(file, 'utf8').matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)];
	return blocks.map((m): [string, string] => [file, m[1]!]);
});

/** The conditions of every media and container query in `css`. */
const queries = (css: string) =>
	[...css.matchAll(/@(?:media|container)\b([^{]*)\{/g)].map((m) => m[1]!);

describe('layout widths in CSS', () => {
	it.each([
		[
			'@container map (min-width: layout(WIDE_FROM)) {',
			`@container map (min-width: ${WIDE_FROM}px) {`
		],
		[
			'@container (width < layout( PHONE_BELOW )) and (min-width: layout(WIDE_FROM))',
			`@container (width < ${PHONE_BELOW}px) and (min-width: ${WIDE_FROM}px)`
		],
		['.a { width: 40px; }', '.a { width: 40px; }']
	])('writes the widths into %s', (css, out) => {
		expect(resolveLayoutWidths(css)).toBe(out);
	});

	it('fails on a name that is not a layout width', () => {
		expect(() => resolveLayoutWidths('@media (min-width: layout(WIDE_FRM)) {}')).toThrow(
			/WIDE_FRM/
		);
	});

	it('finds the styles to check', () => {
		expect(styles.length).toBeGreaterThan(10);
		expect(styles.some(([, css]) => queries(css).length > 0)).toBe(true);
	});

	it('no media or container query in src/ writes a width as a number', () => {
		const offenders = styles.flatMap(([file, css]) =>
			queries(css)
				.filter((q) => /\d\s*(?:px|rem|em)\b/.test(q))
				.map((q) => `${file}: ${q.trim()}`)
		);
		expect(offenders).toEqual([]);
	});

	it('no style in src/ repeats a layout width in px', () => {
		const offenders = styles.flatMap(([file, css]) =>
			Object.entries(LAYOUT_WIDTHS)
				.filter(([, px]) => new RegExp(`(^|[^\\d.])${px}px`).test(css))
				.map(([name, px]) => `${file}: ${px}px (${name})`)
		);
		expect(offenders).toEqual([]);
	});

	it('every layout(NAME) in src/ styles names a layout width', () => {
		for (const [, css] of styles) expect(() => resolveLayoutWidths(css)).not.toThrow();
		expect(styles.filter(([, css]) => css.includes('layout(')).length).toBeGreaterThan(0);
	});
});
