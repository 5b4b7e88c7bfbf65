/**
 * Writes the layout widths of src/lib/layout/breakpoints.ts into the
 * `<style>` blocks of Svelte components before they compile, so media and
 * container queries use the same numbers as the layouts.
 */
import type { Plugin } from 'vite';
import { resolveLayoutWidths } from '../../src/lib/layout/breakpoints.ts';

/** The `layout(NAME)` widths in component styles, as a Vite plugin. */
export function layoutWidths(): Plugin {
	return {
		name: 'newsline-layout-widths',
		enforce: 'pre',
		transform(code, id) {
			if (!id.endsWith('.svelte') || !code.includes('layout(')) return;
			return code.replace(
				/(<style\b[^>]*>)([\s\S]*?)(<\/style>)/g,
				(_, open: string, css: string, close: string) => open + resolveLayoutWidths(css) + close
			);
		}
	};
}
