/**
 * The host-page script (`/embed.js`): include it once on a page with
 * newsline iframes (`<iframe data-newsline …>`). It sizes each iframe to
 * the height its embed reports, hides the snippet's fallback link once the
 * embed is live, re-dispatches `newsline:selected` as a DOM event on the
 * iframe, and offers `window.newsline.select(iframe, id)`.
 *
 * A message counts only if it comes from a newsline iframe's own window
 * (`event.source === iframe.contentWindow`) and from that iframe's origin,
 * and only if its payload is well-formed; everything else is ignored.
 */
import { PING, readHeight, readSelection, SELECT, SELECTED, selectionMessage } from './protocol.ts';

/** What the script exposes as `window.newsline`. */
export interface NewslineHost {
	/** Selects an item (null clears) in an embed, given its iframe element. */
	select: (frame: HTMLIFrameElement, id: string | null) => void;
	/** Asks every embed to report its height and selection again. */
	ping: () => void;
}

const w = window as unknown as { newsline?: NewslineHost };

function frames(): HTMLIFrameElement[] {
	return Array.from(document.querySelectorAll<HTMLIFrameElement>('iframe[data-newsline]'));
}

function originOf(frame: HTMLIFrameElement): string | null {
	try {
		const o = new URL(frame.src, location.href);
		return o.protocol === 'https:' || o.protocol === 'http:' ? o.origin : null;
	} catch {
		return null;
	}
}

function post(frame: HTMLIFrameElement, msg: unknown) {
	const origin = originOf(frame);
	if (origin && frame.contentWindow) frame.contentWindow.postMessage(msg, origin);
}

function onMessage(e: MessageEvent) {
	if (!e.source) return;
	const frame = frames().find((f) => f.contentWindow === e.source);
	if (!frame || e.origin !== originOf(frame)) return;
	const height = readHeight(e.data);
	if (height !== null) {
		frame.style.setProperty('height', `${height}px`, 'important');
		const next = frame.nextElementSibling as HTMLElement | null;
		if (next?.hasAttribute('data-newsline-fallback')) next.style.display = 'none';
		return;
	}
	const id = readSelection(e.data, SELECTED);
	if (id !== undefined)
		frame.dispatchEvent(new CustomEvent(SELECTED, { detail: { id }, bubbles: true }));
}

if (!w.newsline) {
	const ping = () => frames().forEach((f) => post(f, { type: PING }));
	w.newsline = { select: (frame, id) => post(frame, selectionMessage(SELECT, id)), ping };
	window.addEventListener('message', onMessage);
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ping);
	else ping();
}
