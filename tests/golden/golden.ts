/**
 * Golden SVG comparison: normalise a server-rendered chart (round numbers,
 * renumber generated ids, drop Svelte's hydration comments) and compare it
 * with `tests/golden/<name>.svg`. On a mismatch the new rendering is written
 * beside it as `<name>-changed.svg` for review, and the test fails.
 */
import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(process.cwd(), 'tests/golden');

/** Normalises SVG markup so unimportant differences do not fail a comparison. */
export function normaliseSvg(svg: string): string {
	const ids = new Map<string, string>();
	return svg
		.replace(/<!--[^]*?-->/g, '')
		.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
		.replace(/\b(id|href|aria-labelledby|aria-describedby|clip-path|mask|fill|stroke)="([^"]*)"/g, (m, attr, v) =>
			m.replace(v, v.replace(/\bsvelte-[a-z0-9]+\b|\b[a-z]+-uid-\d+\b/g, (id: string) => {
				if (!ids.has(id)) ids.set(id, `id${ids.size + 1}`);
				return ids.get(id)!;
			}))
		)
		.replace(/ class="([^"]*)"/g, (_m, c: string) => {
			const kept = c.split(/\s+/).filter((x) => x && !/^svelte-/.test(x));
			return kept.length ? ` class="${kept.join(' ')}"` : '';
		})
		.replace(/>\s*</g, '>\n<')
		.trim() + '\n';
}

/** Compares `svg` with the golden file `name`; returns null when equal, else a message. */
export function compareGolden(name: string, svg: string): string | null {
	const file = join(DIR, `${name}.svg`);
	const changed = join(DIR, `${name}-changed.svg`);
	const actual = normaliseSvg(svg);
	if (!existsSync(file)) {
		if (process.env.CI) return `missing golden file tests/golden/${name}.svg`;
		writeFileSync(file, actual);
		return null;
	}
	if (readFileSync(file, 'utf8') === actual) {
		if (existsSync(changed)) unlinkSync(changed);
		return null;
	}
	writeFileSync(changed, actual);
	return `tests/golden/${name}.svg differs from the new rendering; review tests/golden/${name}-changed.svg and replace the golden file if the change is intended`;
}
