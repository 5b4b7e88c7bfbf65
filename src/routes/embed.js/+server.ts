import script from 'virtual:newsline-embed-script';
import type { RequestHandler } from './$types';

export const prerender = true;

/** The host-page script that sizes newsline iframes (built from src/lib/embed/host.ts). */
export const GET: RequestHandler = () =>
	new Response(script, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
