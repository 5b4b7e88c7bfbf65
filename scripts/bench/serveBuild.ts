/** Serves a built folder (by default `build/`) on a free loopback port for browser benchmarks. */
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import sirv from 'sirv';

/** Starts a static server over `dir`; call `close()` when done. */
export async function serveBuild(
	dir = 'build'
): Promise<{ url: string; close: () => Promise<void> }> {
	if (!existsSync(`${dir}/index.html`))
		throw new Error(`bench: no ${dir}/index.html (run \`npm run build\` first)`);
	const files = sirv(dir, { extensions: ['html'], dev: false });
	const server: Server = createServer((req, res) =>
		files(req, res, () => res.writeHead(404).end())
	);
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	const addr = server.address();
	const port = typeof addr === 'object' && addr ? addr.port : 0;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () => new Promise((r) => server.close(() => r()))
	};
}
