/**
 * A stand-in for a newsroom's page on another origin: serves HTML pages that
 * a test registers by path, on its own port on 127.0.0.1.
 */
import { createServer, type Server } from 'node:http';

/** Port of the host pages (E2E_HOST_PORT, default 4333). */
export const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? 4333);

/** A running host server. */
export interface HostServer {
	/** Serves `html` at `path` (replacing what was there). */
	page: (path: string, html: string) => void;
	close: () => Promise<void>;
}

/** Starts the host server. */
export async function startHostServer(): Promise<HostServer> {
	const pages = new Map<string, string>();
	const server: Server = createServer((req, res) => {
		const html = pages.get((req.url ?? '/').split('?')[0]!);
		if (html === undefined) return res.writeHead(404).end('not found');
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
	});
	await new Promise<void>((ok, fail) => {
		server.once('error', fail);
		server.listen(HOST_PORT, '127.0.0.1', ok);
	});
	return {
		page: (path, html) => pages.set(path, html),
		close: () => new Promise((ok) => server.close(() => ok()))
	};
}

/** A host page with a hostile stylesheet, a column for the snippet and a log of selections. */
export function hostPage(body: string): string {
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host article</title>
<style>
body { font-family: serif; margin: 0; padding: 24px; }
#col { width: 800px; }
iframe { width: 300px; border: 6px solid red; margin: 40px; }
p { color: #333; }
</style></head><body>
<h1>A newsroom article</h1>
<p>Some text before the chart.</p>
<div id="col">${body}</div>
<p>Some text after the chart.</p>
<script>
window.selectedLog = [];
document.addEventListener('newsline:selected', (e) => window.selectedLog.push(e.detail.id));
</script>
</body></html>`;
}
