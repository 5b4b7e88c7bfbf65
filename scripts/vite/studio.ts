/**
 * `npm run studio`: the dev server with one more power, a POST endpoint
 * (`/__studio/save`) that writes stories into the data folder through
 * `saveStory`. Only in the dev server (`apply: 'serve'`) and only when
 * `NEWSLINE_STUDIO=1`: `vite build` never sees it, so the static site has
 * no write endpoint.
 */
import type { Plugin } from 'vite';
import { STORIES_DIR } from '../../src/lib/server/stories.ts';
import { saveStory } from '../../src/lib/server/save.ts';

/** Largest request body accepted (a story and its article). */
const MAX_BODY = 25_000_000;

/** The studio's write endpoint, as a Vite plugin. */
export function studio(): Plugin {
	return {
		name: 'newsline-studio',
		apply: 'serve',
		configureServer(server) {
			if (process.env.NEWSLINE_STUDIO !== '1') return;
			server.middlewares.use('/__studio/save', (req, res) => {
				const send = (status: number, body: unknown) => {
					res.statusCode = status;
					res.setHeader('Content-Type', 'application/json; charset=utf-8');
					res.end(JSON.stringify(body));
				};
				if (req.method !== 'POST') return send(405, { ok: false, message: 'POST only' });
				const chunks: Buffer[] = [];
				let size = 0;
				req.on('data', (c: Buffer) => {
					size += c.length;
					if (size <= MAX_BODY) chunks.push(c);
				});
				req.on('end', () => {
					if (size > MAX_BODY) return send(413, { ok: false, message: 'too large' });
					let body: unknown;
					try {
						body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
					} catch {
						return send(400, { ok: false, problems: [], message: 'not JSON' });
					}
					const r = saveStory(STORIES_DIR, body);
					send(r.status, r.body);
				});
			});
		}
	};
}
