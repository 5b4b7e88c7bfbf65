/**
 * Exports the chart shown in the browser as a standalone SVG (with a title
 * and a credit line, styles inlined) and as a PNG drawn from that SVG.
 * Charts that draw SVG mark their root `<svg data-chart>`; a chart area
 * without one is exported as a list of its `[data-item-id]` marks.
 */

/** Title and credit printed on the image. */
export interface ExportMeta {
	title: string;
	credit: string;
}

/** A standalone SVG document and its size in CSS px. */
export interface ExportedSvg {
	svg: string;
	width: number;
	height: number;
}

const STYLE_PROPS = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'opacity',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'text-anchor',
	'dominant-baseline',
	'visibility'
];
const NS = 'http://www.w3.org/2000/svg';
const PAD = 16;

function esc(s: string): string {
	return s
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/** Clones an SVG element with every computed style that matters inlined. */
function inlined(svg: SVGSVGElement): SVGSVGElement {
	const view = svg.ownerDocument.defaultView ?? window;
	const copy = svg.cloneNode(true) as SVGSVGElement;
	const from = [svg, ...svg.querySelectorAll('*')];
	const to = [copy, ...copy.querySelectorAll('*')];
	from.forEach((el, i) => {
		const cs = view.getComputedStyle(el);
		const style = STYLE_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
		to[i]!.setAttribute('style', style);
		to[i]!.removeAttribute('class');
	});
	return copy;
}

function text(x: number, y: number, s: string, size: number, fill: string, weight = 400): string {
	return `<text x="${x}" y="${y}" font-family="system-ui, sans-serif" font-size="${size}" font-weight="${weight}" fill="${fill}">${esc(s)}</text>`;
}

function clip(s: string, max: number): string {
	const t = s.replace(/\s+/g, ' ').trim();
	return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** The chart under `root` as a standalone SVG with title and credit. */
export function chartSvg(root: Element, meta: ExportMeta): ExportedSvg {
	const view = root.ownerDocument.defaultView ?? window;
	const cs = view.getComputedStyle(root);
	const bg = view.getComputedStyle(root.ownerDocument.documentElement).backgroundColor;
	const fg = cs.color;
	const muted = cs.getPropertyValue('--muted').trim() || fg;
	const width = Math.max(480, Math.round(root.getBoundingClientRect().width) + 2 * PAD);
	const parts: string[] = [];
	let y = PAD + 20;
	parts.push(text(PAD, y, meta.title, 18, fg, 700));
	y += 16;
	// Layers (a map's base and its markers) keep their places relative to the chart area;
	// charts hidden at this width (zero size) are left out.
	const charts = [...root.querySelectorAll<SVGSVGElement>('svg[data-chart]')].filter((svg) => {
		const box = svg.getBoundingClientRect();
		return box.width > 0 && box.height > 0;
	});
	if (charts.length) {
		const top = Math.min(...charts.map((svg) => svg.getBoundingClientRect().top));
		const left = root.getBoundingClientRect().left;
		let bottom = y;
		for (const svg of charts) {
			const box = svg.getBoundingClientRect();
			const copy = inlined(svg);
			copy.setAttribute('x', String(PAD + Math.round(box.left - left)));
			copy.setAttribute('y', String(y + Math.round(box.top - top)));
			copy.setAttribute('width', String(Math.round(box.width)));
			copy.setAttribute('height', String(Math.round(box.height)));
			parts.push(new XMLSerializer().serializeToString(copy));
			bottom = Math.max(bottom, y + Math.round(box.bottom - top) + 12);
		}
		y = bottom;
	} else {
		for (const mark of root.querySelectorAll<HTMLElement>('[data-item-id]')) {
			y += 22;
			const icon = mark.querySelector<SVGSVGElement>('svg');
			if (icon) {
				const copy = inlined(icon);
				copy.setAttribute('x', String(PAD));
				copy.setAttribute('y', String(y - 12));
				copy.setAttribute('width', '14');
				copy.setAttribute('height', '14');
				parts.push(new XMLSerializer().serializeToString(copy));
			}
			const label = mark.getAttribute('aria-label') ?? mark.textContent ?? '';
			parts.push(text(PAD + 22, y, clip(label, Math.floor((width - 60) / 6.5)), 12, fg));
		}
		y += 8;
	}
	y += 18;
	parts.push(text(PAD, y, meta.credit, 11, muted));
	const height = y + PAD;
	const svg =
		`<svg xmlns="${NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
		`<title>${esc(meta.title)}</title><rect width="100%" height="100%" fill="${bg}"/>` +
		parts.join('') +
		'</svg>';
	return { svg, width, height };
}

/** Draws an exported SVG onto a canvas at `scale` and returns it as a PNG. */
export async function svgToPng(img: ExportedSvg, scale = 2): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([img.svg], { type: 'image/svg+xml' }));
	try {
		const el = new Image();
		await new Promise<void>((ok, fail) => {
			el.onload = () => ok();
			el.onerror = () => fail(new Error('the SVG did not load as an image'));
			el.src = url;
		});
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(img.width * scale);
		canvas.height = Math.round(img.height * scale);
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error('no 2D canvas');
		ctx.drawImage(el, 0, 0, canvas.width, canvas.height);
		return await new Promise((ok, fail) =>
			canvas.toBlob((b) => (b ? ok(b) : fail(new Error('PNG encoding failed'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** Saves a blob as a file through a temporary download link. */
export function saveBlob(blob: Blob, filename: string) {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
