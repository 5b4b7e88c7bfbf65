import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { glyph, GLYPH_KINDS } from '../../src/lib/layout/glyphs.ts';
import GlyphIcon from '../../src/lib/views/GlyphIcon.svelte';

describe('glyph', () => {
	it('gives every kind a distinct shape, so stance reads without colour', () => {
		const shapes = GLYPH_KINDS.map((k) => glyph(k).shape);
		expect(new Set(shapes).size).toBe(GLYPH_KINDS.length);
		const fills = GLYPH_KINDS.map((k) => `${glyph(k).outline}|${glyph(k).fill}`);
		expect(new Set(fills).size).toBe(GLYPH_KINDS.length);
	});

	it('leaves neutral hollow and mixed half-filled', () => {
		expect(glyph('neutral').fill).toBeNull();
		expect(glyph('mixed').fill).not.toBe(glyph('mixed').outline);
	});

	it('renders on the server as SVG paths', () => {
		const { body } = render(GlyphIcon, { props: { kind: 'critical' } });
		expect(body).toContain('<svg');
		expect(body).toContain('var(--critical)');
	});
});
