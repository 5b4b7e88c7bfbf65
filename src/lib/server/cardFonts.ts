/**
 * The share card's fonts cut down to the characters one card uses. resvg
 * (through fontdb) reads a font file again from disk each time it shapes a
 * run or outlines a glyph, some 900 times per card: with the whole 430 KB
 * files that copying was most of the time spent on a card's text. A subset
 * made by HarfBuzz's own subsetter (`harfbuzzjs`, WebAssembly) keeps those
 * characters' glyphs, outlines, metrics, kerning and substitutions as they
 * are, so resvg draws the same pixels from a file of some 13 KB.
 *
 * The font files are parsed once per process; each card's subsets are
 * written to a temporary folder for as long as resvg draws it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const WASM = require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm');

/** The exports of HarfBuzz's subsetter that are used here. */
interface HarfBuzz {
	memory: WebAssembly.Memory;
	_initialize(): void;
	malloc(size: number): number;
	hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
	hb_blob_destroy(blob: number): void;
	hb_blob_get_data(blob: number, length: number): number;
	hb_blob_get_length(blob: number): number;
	hb_face_create(blob: number, index: number): number;
	hb_face_destroy(face: number): void;
	hb_face_reference_blob(face: number): number;
	hb_set_add(set: number, codepoint: number): void;
	hb_subset_input_create_or_fail(): number;
	hb_subset_input_destroy(input: number): void;
	hb_subset_input_get_flags(input: number): number;
	hb_subset_input_set_flags(input: number, flags: number): void;
	hb_subset_input_unicode_set(input: number): number;
	hb_subset_or_fail(face: number, input: number): number;
	hb_subset_preprocess(face: number): number;
}

/** `HB_MEMORY_MODE_READONLY`: the font's bytes stay allocated for the process. */
const READONLY = 1;
/** `HB_SUBSET_FLAGS_NO_HINTING`: resvg does not hint, so hinting instructions are left out. */
const NO_HINTING = 1;

/** The version of the subsetter, part of what decides a card's pixels. */
export const SUBSETTER = `harfbuzzjs ${
	(
		JSON.parse(readFileSync(join(dirname(WASM), '..', 'package.json'), 'utf8')) as {
			version: string;
		}
	).version
}`;

let hb: HarfBuzz | undefined;
const faces = new Map<string, number>();

/** The subsetter, instantiated once per process. */
function harfbuzz(): HarfBuzz {
	if (!hb) {
		const instance = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(WASM)), {});
		hb = instance.exports as unknown as HarfBuzz;
		hb._initialize();
	}
	return hb;
}

/** A font file's face, read and prepared for subsetting once per process. */
function face(file: string): number {
	let f = faces.get(file);
	if (f === undefined) {
		const h = harfbuzz();
		const bytes = readFileSync(file);
		const at = h.malloc(bytes.length);
		new Uint8Array(h.memory.buffer).set(bytes, at);
		const blob = h.hb_blob_create(at, bytes.length, READONLY, 0, 0);
		const raw = h.hb_face_create(blob, 0);
		h.hb_blob_destroy(blob);
		f = h.hb_subset_preprocess(raw);
		h.hb_face_destroy(raw);
		faces.set(file, f);
	}
	return f;
}

/** The font in `file` cut down to the characters `codepoints`, as TrueType bytes. */
export function subsetFont(file: string, codepoints: Iterable<number>): Buffer {
	const h = harfbuzz();
	const source = face(file);
	const input = h.hb_subset_input_create_or_fail();
	if (!input) throw new Error('harfbuzz: cannot create a subset input');
	const set = h.hb_subset_input_unicode_set(input);
	for (const c of codepoints) h.hb_set_add(set, c);
	h.hb_subset_input_set_flags(input, h.hb_subset_input_get_flags(input) | NO_HINTING);
	const subset = h.hb_subset_or_fail(source, input);
	h.hb_subset_input_destroy(input);
	if (!subset) throw new Error(`harfbuzz: cannot subset ${file}`);
	const blob = h.hb_face_reference_blob(subset);
	const bytes = Buffer.from(
		new Uint8Array(h.memory.buffer, h.hb_blob_get_data(blob, 0), h.hb_blob_get_length(blob))
	);
	h.hb_blob_destroy(blob);
	h.hb_face_destroy(subset);
	return bytes;
}

/**
 * Every character an SVG can draw: each one in its markup (its text is among
 * them) and each numeric character reference, decoded. A few more than its
 * text needs, never fewer.
 */
export function svgCodepoints(svg: string): Set<number> {
	const out = new Set<number>();
	for (const ch of svg) out.add(ch.codePointAt(0)!);
	for (const m of svg.matchAll(/&#(x[0-9a-f]+|[0-9]+);/gi)) {
		const c = m[1]![0] === 'x' || m[1]![0] === 'X' ? parseInt(m[1]!.slice(1), 16) : +m[1]!;
		if (c <= 0x10ffff) out.add(c);
	}
	return out;
}

/**
 * Calls `draw` with the paths of `files` cut down to the characters `svg`
 * can draw, written to a temporary folder that is removed when it returns.
 */
export function withSubsetFonts<T>(
	files: readonly string[],
	svg: string,
	draw: (paths: string[]) => T
): T {
	const codepoints = svgCodepoints(svg);
	const dir = mkdtempSync(join(tmpdir(), 'newsline-card-fonts-'));
	try {
		return draw(
			files.map((file, i) => {
				const path = join(dir, `${i}.ttf`);
				writeFileSync(path, subsetFont(file, codepoints));
				return path;
			})
		);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
