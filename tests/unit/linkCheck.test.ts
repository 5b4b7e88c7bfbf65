/** The built site's link check, which stands in for SvelteKit's prerender crawl. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenLinks, pageLinks } from '../../scripts/vite/linkCheck.ts';

describe('pageLinks', () => {
	// As SvelteKit's crawl did: a script element is skipped whole, its src too.
	it('reads hrefs, srcs, srcsets, link metas and ids, not scripts or comments', () => {
		const html = `<!doctype html><html><head>
			<meta property="og:image" content="/a.png"><meta name="description" content="/not-a-link">
			<link rel="stylesheet" href="/s.css"><script type="module" src="/app.js"></script>
			<script type="application/json">{"href":"/in-json"}</script><!-- <a href="/in-comment"> -->
			</head><body><a href='/x?y=1&amp;z=2#p3' id="top-link">x</a><a name="n1"></a>
			<img srcset="/i1.png 1x, /i2.png 2x" alt=""><a href="/ext" rel="external">e</a>
			<p id="caf%C3%A9">é</p><svg><path d="M0 0"/><a href="#p3"><text>3</text></a></svg></body></html>`;
		const { hrefs, ids } = pageLinks(html);
		expect(hrefs).toEqual(['/a.png', '/s.css', '/x?y=1&z=2#p3', '/i1.png', '/i2.png', '#p3']);
		expect(ids).toEqual(['top-link', 'n1', 'café']);
	});
});

describe('brokenLinks', () => {
	const site = (files: Record<string, string>) => {
		const dir = mkdtempSync(join(tmpdir(), 'newsline-links-'));
		for (const [f, text] of Object.entries(files)) {
			mkdirSync(dirname(join(dir, f)), { recursive: true });
			writeFileSync(join(dir, f), text);
		}
		return dir;
	};

	it('accepts pages, files and ids that exist', () => {
		const dir = site({
			'index.html': '<a href="/stories/a">a</a><a href="/stories/a#p2">p2</a><img src="/x.png">',
			'stories/a.html':
				'<p id="p2"></p><a href="#p2">here</a><a href="/">home</a><a href="#top">up</a>',
			'x.png': ''
		});
		try {
			expect(brokenLinks(dir)).toEqual([]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('reports a link to no file and a fragment with no element', () => {
		const dir = site({
			'index.html': '<a href="/stories/b">b</a><a href="/stories/a#p9">p9</a>',
			'stories/a.html': '<p id="p2"></p>'
		});
		try {
			expect(brokenLinks(dir)).toEqual([
				'404 /stories/b (linked from /)',
				'The following pages contain links to /stories/a#p9, but no element with id="p9" exists on /stories/a: /'
			]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
