/**
 * `@sveltejs/adapter-static`, with the prerendered files hard-linked into the
 * site folder instead of copied. SvelteKit writes every prerendered page once
 * under `.svelte-kit/output/prerendered` and the adapter then copies each of
 * them, byte for byte, into the site: a second write of the whole output
 * (some 770 KB per story). A hard link gives the same file a second name
 * without writing its bytes again. It is safe because SvelteKit removes
 * `.svelte-kit/output` at the start of each build (the site's names keep the
 * old files until the adapter empties the site folder) and nothing writes
 * into a prerendered file after it is written. Where a link cannot be made
 * (another file system, a file system without hard links) the file is copied,
 * as the adapter does.
 */
import { copyFileSync, linkSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import adapter from '@sveltejs/adapter-static';

/**
 * Gives every file under `source` the same relative name under `target`: a
 * hard link, else a copy. A file already at a name is replaced, as a copy
 * would replace it. Returns the names written, relative to `target`, with
 * `/` separators (what SvelteKit's own `copy` returns).
 *
 * @param {string} source
 * @param {string} target
 * @returns {string[]}
 */
export function linkTree(source, target) {
	/** @type {string[]} */
	const written = [];
	let entries;
	try {
		entries = readdirSync(source, { withFileTypes: true, recursive: true });
	} catch {
		return written;
	}
	/** @type {Set<string>} */
	const made = new Set();
	let linking = true;
	for (const entry of entries) {
		if (!entry.isFile()) continue;
		const from = join(entry.parentPath, entry.name);
		const name = relative(source, from);
		const to = join(target, name);
		const dir = join(target, relative(source, entry.parentPath));
		if (!made.has(dir)) {
			mkdirSync(dir, { recursive: true });
			made.add(dir);
		}
		if (linking) {
			try {
				linkSync(from, to);
			} catch (e) {
				const code = /** @type {NodeJS.ErrnoException} */ (e).code;
				if (code === 'EEXIST') {
					rmSync(to, { force: true });
					linkSync(from, to);
				} else if (code === 'EXDEV' || code === 'EPERM' || code === 'ENOTSUP') {
					linking = false;
					copyFileSync(from, to);
				} else throw e;
			}
		} else copyFileSync(from, to);
		written.push(name.split(sep).join('/'));
	}
	return written;
}

/**
 * The static adapter with the options given, writing the prerendered pages,
 * their dependencies and their data by `linkTree`.
 *
 * @param {Parameters<typeof adapter>[0]} options
 * @returns {import('@sveltejs/kit').Adapter}
 */
export default function linkedStatic(options) {
	const inner = adapter(options);
	return {
		...inner,
		async adapt(builder) {
			const source = join(builder.config.kit.outDir, 'output', 'prerendered');
			/** @type {typeof builder} */
			const linked = Object.create(builder);
			linked.writePrerendered = (dest) => [
				...linkTree(join(source, 'pages'), dest),
				...linkTree(join(source, 'dependencies'), dest),
				...linkTree(join(source, 'data'), dest)
			];
			return inner.adapt(linked);
		}
	};
}
