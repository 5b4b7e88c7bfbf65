/**
 * Collision-free placement of marker groups on a map whose width varies.
 * Each group is a box anchored at a point given as a fraction of the frame
 * (so it moves with the map as the page resizes) plus an offset in CSS pixels
 * (so the markers keep their size). An offset is chosen for every group so that
 * no two boxes overlap and every box stays inside the frame at each of the
 * widths checked; big groups are placed first and stay nearest their anchors.
 */

/** A group of markers to place: its anchor (fractions of the frame) and size (px). */
export interface PlaceBox {
	key: string;
	/** Anchor as a fraction of the frame's width and height, 0–1. */
	fx: number;
	fy: number;
	/** Box size in px. */
	w: number;
	h: number;
}

/** How to place boxes. */
export interface PlaceOptions {
	/** Frame height divided by its width. */
	aspect: number;
	/** Frame widths (px) at which no overlap is allowed. */
	widths: readonly number[];
	/** Empty space kept between boxes, px. */
	gap?: number;
	/** Distance between candidate rings, px. */
	step?: number;
	/** Farthest a box may move from its anchor, px. */
	maxOffset?: number;
	/** Points (fractions of the frame) boxes should rather not cover, such as anchors where arcs start. */
	avoid?: readonly [number, number][];
	/** Clearance kept around each avoided point, px. */
	clearance?: number;
}

/** A box's offset from its anchor, px, to its centre. */
export interface Offset {
	dx: number;
	dy: number;
}

/** Where a placed box lies at a frame width: [x0, y0, x1, y1] in px. */
export function boxAt(b: PlaceBox, o: Offset, width: number, aspect: number): number[] {
	const cx = b.fx * width + o.dx;
	const cy = b.fy * width * aspect + o.dy;
	return [cx - b.w / 2, cy - b.h / 2, cx + b.w / 2, cy + b.h / 2];
}

/** Overlap area of two rectangles grown by `gap`, 0 when apart. */
export function overlap(a: number[], b: number[], gap = 0): number {
	const w = Math.min(a[2]!, b[2]!) + gap - Math.max(a[0]!, b[0]!);
	const h = Math.min(a[3]!, b[3]!) + gap - Math.max(a[1]!, b[1]!);
	return w > 0 && h > 0 ? w * h : 0;
}

/** How far a rectangle sticks out of a frame, as an area-like penalty. */
function outside(r: number[], width: number, height: number): number {
	const out =
		Math.max(0, -r[0]!) +
		Math.max(0, -r[1]!) +
		Math.max(0, r[2]! - width) +
		Math.max(0, r[3]! - height);
	return out * 50;
}

/** Candidate offsets: the anchor itself, then rings of 16 directions. */
function candidates(step: number, maxOffset: number): Offset[] {
	const list: Offset[] = [{ dx: 0, dy: 0 }];
	for (let r = step; r <= maxOffset; r += step)
		for (let k = 0; k < 16; k++) {
			const a = (k / 16) * 2 * Math.PI;
			list.push({ dx: Math.round(r * Math.cos(a)) + 0, dy: Math.round(r * Math.sin(a)) + 0 });
		}
	return list;
}

/** Offsets for every box, by key, avoiding overlaps at every width in `widths`. */
export function placeBoxes(boxes: readonly PlaceBox[], options: PlaceOptions): Map<string, Offset> {
	const { aspect, widths, gap = 4, step = 4, maxOffset = 240, avoid = [], clearance = 5 } = options;
	const order = [...boxes].sort((a, b) => b.w * b.h - a.w * a.h || (a.key < b.key ? -1 : 1));
	// The rectangles of the boxes placed so far, at each width.
	const placed: number[][][] = widths.map(() => []);
	const result = new Map<string, Offset>();
	const options16 = candidates(step, maxOffset);
	for (const box of order) {
		let best: Offset = { dx: 0, dy: 0 };
		let bestCost = Infinity;
		for (const o of options16) {
			let penalty = 0;
			let covered = 0;
			for (let wi = 0; wi < widths.length; wi++) {
				const width = widths[wi]!;
				const r = boxAt(box, o, width, aspect);
				penalty += outside(r, width, width * aspect);
				for (const p of placed[wi]!) penalty += overlap(r, p, gap);
				for (const [fx, fy] of avoid) {
					const x = fx * width;
					const y = fy * width * aspect;
					const c = clearance;
					if (x > r[0]! - c && x < r[2]! + c && y > r[1]! - c && y < r[3]! + c) covered++;
				}
			}
			// Overlaps and leaving the frame are ruled out; covering an anchor only costs.
			const cost = penalty * 1000 + covered * 300 + Math.hypot(o.dx, o.dy);
			if (cost < bestCost) {
				bestCost = cost;
				best = o;
				if (penalty === 0 && covered === 0) break;
			}
		}
		widths.forEach((width, wi) => placed[wi]!.push(boxAt(box, best, width, aspect)));
		result.set(box.key, best);
	}
	return result;
}
