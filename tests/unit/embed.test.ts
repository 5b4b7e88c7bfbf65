import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFile, headersFor, isEmbedPath } from '../../src/lib/embed/headers.ts';
import { embedPath, readEmbedOptions } from '../../src/lib/embed/options.ts';
import {
	MAX_HEIGHT,
	MIN_HEIGHT,
	readHeight,
	readSelection,
	SELECT,
	SELECTED
} from '../../src/lib/embed/protocol.ts';
import { embedSnippet, escapeHtml, oembedResponse } from '../../src/lib/embed/snippet.ts';
import { DEFAULT_ORIGIN, parseOrigin } from '../../src/lib/server/origin.ts';

describe('readHeight', () => {
	it.each([
		[{ type: 'newsline:height', height: 420 }, 420],
		[{ type: 'newsline:height', height: 420.2 }, 421],
		[{ type: 'newsline:height', height: 5 }, MIN_HEIGHT],
		[{ type: 'newsline:height', height: 1e9 }, MAX_HEIGHT],
		[{ type: 'newsline:height', height: '420' }, null],
		[{ type: 'newsline:height', height: -3 }, null],
		[{ type: 'newsline:height', height: NaN }, null],
		[{ type: 'newsline:height', height: Infinity }, null],
		[{ type: 'newsline:height' }, null],
		[{ type: 'height', height: 420 }, null],
		[{ sentinel: 'amp', type: 'embed-size', height: 420 }, null],
		['newsline:height', null],
		[null, null],
		[[420], null]
	])('%j → %j', (data, want) => expect(readHeight(data)).toBe(want));
});

describe('readSelection', () => {
	it.each([
		[{ type: SELECT, id: 'oval-office-meeting' }, SELECT, 'oval-office-meeting'],
		[{ type: SELECT, id: null }, SELECT, null],
		[{ type: SELECT, id: 'Not An Id' }, SELECT, undefined],
		[{ type: SELECT, id: 42 }, SELECT, undefined],
		[{ type: SELECT }, SELECT, undefined],
		[{ type: SELECTED, id: 'a' }, SELECT, undefined],
		[{ type: SELECTED, id: 'a' }, SELECTED, 'a'],
		['x', SELECT, undefined]
	] as const)('%j as %s → %j', (data, type, want) => expect(readSelection(data, type)).toBe(want));
});

describe('readEmbedOptions', () => {
	it.each([
		['', { theme: 'auto', item: null, height: null }],
		['theme=dark&item=a-b&height=600', { theme: 'dark', item: 'a-b', height: 600 }],
		['theme=light', { theme: 'light', item: null, height: null }],
		['theme=purple&item=<b>&height=abc', { theme: 'auto', item: null, height: null }],
		['height=50', { theme: 'auto', item: null, height: null }],
		['height=999999', { theme: 'auto', item: null, height: null }],
		['height=600px', { theme: 'auto', item: null, height: null }],
		['item=Caps', { theme: 'auto', item: null, height: null }]
	])('?%s', (q, want) => expect(readEmbedOptions(new URLSearchParams(q))).toEqual(want));
});

describe('embedPath', () => {
	it.each([
		[{}, '/stories/s/embed/map'],
		[{ theme: 'auto' as const }, '/stories/s/embed/map'],
		[{ theme: 'dark' as const, item: 'x' }, '/stories/s/embed/map?theme=dark&item=x']
	])('%j → %s', (opts, want) => expect(embedPath('s', 'map', opts)).toBe(want));
});

describe('snippet and oEmbed', () => {
	const story = { slug: 's', title: 'A "quoted" <title>', outlet: 'Outlet & Co' };
	const origin = 'https://news.example';

	it('escapes the title and uses absolute URLs', () => {
		const html = embedSnippet(story, { origin, view: 'timeline', theme: 'dark' });
		expect(html).toContain('src="https://news.example/stories/s/embed/timeline?theme=dark"');
		expect(html).toContain('<script src="https://news.example/embed.js" async></script>');
		expect(html).toContain('title="Timeline: A &quot;quoted&quot; &lt;title&gt; (Outlet &amp; Co');
		expect(html).toMatch(/aria-label="Timeline: /);
		expect(html).toContain('loading="lazy"');
		expect(html).toContain('href="https://news.example/stories/s"');
		expect(html).not.toContain('<title>');
	});

	it('answers oEmbed as type rich with the snippet', () => {
		const o = oembedResponse(story, { origin, view: 'both' });
		expect(o).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'newsline' });
		expect(o.title).toBe(story.title);
		expect(o.html).toContain('/stories/s/embed/both');
		expect(o.width).toBeGreaterThan(0);
		expect(o.height).toBeGreaterThan(0);
	});

	it('escapes all five HTML specials', () =>
		expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
			'&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;'
		));
});

describe('public origin', () => {
	it.each([
		[undefined, DEFAULT_ORIGIN],
		['', DEFAULT_ORIGIN],
		['https://news.example/', 'https://news.example'],
		['https://news.example:8443/some/path?q', 'https://news.example:8443']
	])('%s → %s', (v, want) => expect(parseOrigin(v)).toBe(want));
	it.each(['news.example', 'ftp://news.example'])('rejects %s', (v) =>
		expect(() => parseOrigin(v)).toThrow(/PUBLIC_ORIGIN/)
	);
});

describe('headers', () => {
	it.each([
		['/stories/a/embed/timeline', true],
		['/stories/a/embed/both?theme=dark', true],
		['/stories/a/embed/map.html', true],
		['/stories/a/embed/map/', true],
		['/stories/a/embed/map/x', false],
		['/stories/a', false],
		['/stories/a/embed', false],
		['/', false]
	])('%s embed: %s', (path, embed) => {
		expect(isEmbedPath(path)).toBe(embed);
		expect(headersFor(path)['Content-Security-Policy']).toContain(
			embed ? 'frame-ancestors *' : "frame-ancestors 'self'"
		);
	});
	it('static/_headers is the generated file', () =>
		expect(readFileSync('static/_headers', 'utf8')).toBe(headersFile()));
});
