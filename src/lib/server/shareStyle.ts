/**
 * The site's light theme as plain colours, for images drawn outside a
 * browser (the share cards): read from the custom properties of
 * `src/app.css` (the build runs at the project's root), so the card and the
 * page share one palette.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The colours every image needs. */
type Named =
	| 'bg'
	| 'fg'
	| 'muted'
	| 'rule'
	| 'grid'
	| 'accent'
	| 'event'
	| 'supportive'
	| 'critical'
	| 'mixed'
	| 'neutral';

/** Colours by custom-property name (without `--`). */
export type Palette = Record<string, string> & Record<Named, string>;

/** The custom properties of the first `:root` block of `app.css` (the light theme). */
export function lightPalette(css: string = readFileSync(resolve('src/app.css'), 'utf8')): Palette {
	const block = css.slice(css.indexOf(':root'), css.indexOf('}', css.indexOf(':root')));
	const out: Record<string, string> = {};
	for (const m of block.matchAll(/--([a-z-]+):\s*([^;]+);/g)) out[m[1]!] = m[2]!.trim();
	const missing = ['bg', 'fg', 'muted', 'rule', 'grid', 'accent', 'event'].filter((k) => !out[k]);
	if (missing.length) throw new Error(`app.css lacks --${missing.join(', --')}`);
	return out as Palette;
}

/** `text` with every `var(--name)` replaced by its colour. */
export function resolveVars(text: string, p: Palette): string {
	return text.replace(/var\(--([a-z-]+)(?:,[^)]*)?\)/g, (m, name: string) => p[name] ?? m);
}

const rgb = (hex: string) => {
	const h = hex.replace('#', '');
	const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
	return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
};

/** `a` mixed into `b` at `t` (0–1) in sRGB, as CSS `color-mix` does; a hex colour. */
export function mix(a: string, b: string, t: number): string {
	const [ca, cb] = [rgb(a), rgb(b)];
	return (
		'#' +
		ca
			.map((v, i) =>
				Math.round(v * t + cb[i]! * (1 - t))
					.toString(16)
					.padStart(2, '0')
			)
			.join('')
	);
}

/** Text escaped for SVG markup. */
export function esc(s: string): string {
	return s
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}
