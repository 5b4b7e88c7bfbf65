/**
 * Zoom and pan gestures of the timeline as one attachment: wheel and
 * trackpad, drag, two-finger pinch. It only reports factors and offsets;
 * the frame turns them into a view with the pure functions of
 * `timelineView.ts`. A drag never ends in a click on a mark.
 */
import type { Attachment } from 'svelte/attachments';

/** Callbacks of the gestures; positions are px from the element's left edge. */
export interface GestureHandlers {
	/** Zoom by `factor` around x position `at`. */
	zoom: (factor: number, at: number) => void;
	/** Pan by `dx` px. */
	pan: (dx: number) => void;
	/** True when zooming out would change anything (else the wheel scrolls the page). */
	canZoomOut: () => boolean;
	/** False while the chart does not zoom (the phone layout): gestures are left to the page. */
	active: () => boolean;
}

/** Attaches wheel, drag and pinch handling to an element. */
export function gestures(h: GestureHandlers): Attachment<HTMLElement> {
	return (node) => {
		const pointers = new Map<number, number>();
		let moved = 0;
		let pinch = 0;
		const localX = (clientX: number) => clientX - node.getBoundingClientRect().left;

		function wheel(e: WheelEvent) {
			if (!h.active()) return;
			if (Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
				e.preventDefault();
				h.pan(-e.deltaX);
				return;
			}
			const factor = Math.exp(-e.deltaY * (e.ctrlKey ? 0.01 : 0.002));
			if (factor < 1 && !h.canZoomOut()) return;
			e.preventDefault();
			h.zoom(factor, localX(e.clientX));
		}
		function spread() {
			const xs = [...pointers.values()];
			return Math.abs(xs[0]! - xs[1]!);
		}
		function down(e: PointerEvent) {
			if (e.button !== 0 || !h.active()) return;
			pointers.set(e.pointerId, e.clientX);
			if (pointers.size === 1) moved = 0;
			if (pointers.size === 2) pinch = spread();
			window.addEventListener('pointermove', move);
			window.addEventListener('pointerup', up);
			window.addEventListener('pointercancel', up);
		}
		function move(e: PointerEvent) {
			const last = pointers.get(e.pointerId);
			if (last === undefined) return;
			pointers.set(e.pointerId, e.clientX);
			if (pointers.size === 2) {
				const d = spread();
				if (pinch > 0 && d > 0) {
					const xs = [...pointers.values()];
					h.zoom(d / pinch, localX((xs[0]! + xs[1]!) / 2));
				}
				pinch = d;
				moved += 10;
				return;
			}
			const dx = e.clientX - last;
			moved += Math.abs(dx);
			if (moved > 4) h.pan(dx);
		}
		function up(e: PointerEvent) {
			pointers.delete(e.pointerId);
			if (pointers.size) return;
			window.removeEventListener('pointermove', move);
			window.removeEventListener('pointerup', up);
			window.removeEventListener('pointercancel', up);
		}
		function click(e: MouseEvent) {
			if (moved > 4) {
				e.preventDefault();
				e.stopPropagation();
				moved = 0;
			}
		}
		function dragstart(e: Event) {
			e.preventDefault();
		}
		node.addEventListener('wheel', wheel, { passive: false });
		node.addEventListener('pointerdown', down);
		node.addEventListener('click', click, true);
		node.addEventListener('dragstart', dragstart);
		return () => {
			node.removeEventListener('wheel', wheel);
			node.removeEventListener('pointerdown', down);
			node.removeEventListener('click', click, true);
			node.removeEventListener('dragstart', dragstart);
			pointers.clear();
			window.removeEventListener('pointermove', move);
			window.removeEventListener('pointerup', up);
			window.removeEventListener('pointercancel', up);
		};
	};
}
