/**
 * `npm start` (after the build): serves the static site in `build/` and
 * prints its local URL. Sends the same headers a static host gets from
 * `build/_headers` (both from src/lib/embed/headers.ts): embeds may be
 * framed anywhere, other pages only by the site.
 */
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import sirv from 'sirv';
import { headersFor } from '../src/lib/embed/headers.ts';

const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
if (!existsSync('build/index.html')) {
	console.error('serve: no build found; run `npm run build` first');
	process.exit(1);
}
const files = sirv('build', { extensions: ['html'], etag: true, dev: false });

const server = createServer((req, res) => {
	for (const [k, v] of Object.entries(headersFor(req.url ?? '/'))) res.setHeader(k, v);
	files(req, res, () => {
		res.statusCode = 404;
		res.setHeader('Content-Type', 'text/plain; charset=utf-8');
		res.end('Not found');
	});
});
server.on('error', (e: NodeJS.ErrnoException) => {
	console.error(
		e.code === 'EADDRINUSE'
			? `serve: port ${port} is in use; try PORT=4174 npm start`
			: `serve: ${e.message}`
	);
	process.exit(1);
});
server.listen(port, host, () => console.log(`newsline is running at http://${host}:${port}/`));
