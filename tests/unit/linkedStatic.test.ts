/** The site's prerendered files are linked from SvelteKit's output, not written twice. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import linkedStatic, { linkTree } from '../../scripts/vite/linkedStatic.js';

const roots: string[] = [];
function tree(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'newsline-link-'));
	roots.push(root);
	for (const [name, text] of Object.entries(files)) {
		mkdirSync(join(root, name, '..'), { recursive: true });
		writeFileSync(join(root, name), text);
	}
	return root;
}
afterEach(() => {
	for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

describe('linkTree', () => {
	it('gives every file under the source the same name under the target, as the same file', () => {
		const source = tree({
			'index.html': 'home',
			'stories/a.html': 'story a',
			'stories/a/embed/map.html': 'map of a'
		});
		const target = join(tree({}), 'site');
		const names = linkTree(source, target);
		expect(names.sort()).toEqual(['index.html', 'stories/a.html', 'stories/a/embed/map.html']);
		for (const name of names) {
			expect(readFileSync(join(target, name), 'utf8')).toBe(
				readFileSync(join(source, name), 'utf8')
			);
			// One file with two names: its bytes were not written again.
			expect(statSync(join(target, name)).ino).toBe(statSync(join(source, name)).ino);
		}
	});

	it('replaces a file already at a name, as a copy would', () => {
		const source = tree({ 'a/page.html': 'new' });
		const target = tree({ 'a/page.html': 'old', 'kept.txt': 'kept' });
		expect(linkTree(source, target)).toEqual(['a/page.html']);
		expect(readFileSync(join(target, 'a/page.html'), 'utf8')).toBe('new');
		expect(readFileSync(join(target, 'kept.txt'), 'utf8')).toBe('kept');
	});

	it('writes nothing for a source that does not exist', () => {
		const target = tree({});
		expect(linkTree(join(target, 'missing'), join(target, 'out'))).toEqual([]);
	});
});

describe('linkedStatic', () => {
	it('is the static adapter with its prerendered files written by linkTree', async () => {
		const root = tree({
			'.svelte-kit/output/prerendered/pages/index.html': 'home',
			'.svelte-kit/output/prerendered/dependencies/stories/a/share.png': 'png',
			'.svelte-kit/output/prerendered/data/x.json': '{}'
		});
		const a = linkedStatic({ pages: join(root, 'site'), strict: true });
		expect(a.name).toBe('@sveltejs/adapter-static');
		const builder = {
			config: { kit: { outDir: join(root, '.svelte-kit') } },
			routes: [],
			log: Object.assign(() => {}, { minor() {}, info() {}, warn() {}, error() {} }),
			rimraf: (dir: string) => rmSync(dir, { recursive: true, force: true }),
			generateEnvModule() {},
			writeClient: () => [],
			writePrerendered(): string[] {
				throw new Error('the copying writer was used');
			}
		};
		await a.adapt(builder as never);
		expect(readFileSync(join(root, 'site/index.html'), 'utf8')).toBe('home');
		expect(readFileSync(join(root, 'site/stories/a/share.png'), 'utf8')).toBe('png');
		expect(readFileSync(join(root, 'site/x.json'), 'utf8')).toBe('{}');
		expect(statSync(join(root, 'site/index.html')).ino).toBe(
			statSync(join(root, '.svelte-kit/output/prerendered/pages/index.html')).ino
		);
	});
});
