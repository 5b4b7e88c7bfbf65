/**
 * The embed message protocol, shared by the embed pages and the host
 * script (`/embed.js`). Messages are plain objects with a namespaced `type`;
 * they carry heights and public item ids only, never anything sensitive.
 *
 * embed → host: `{ type: "newsline:height", height }` on load and on every
 * size change; `{ type: "newsline:selected", id }` when the selection
 * changes (id null when cleared). AMP's `{ sentinel: "amp", type:
 * "embed-size", height }` is sent alongside the height.
 * host → embed: `{ type: "newsline:select", id }` selects an item (null
 * clears); `{ type: "newsline:ping" }` asks for the height and selection again.
 */

/** Prefix of every newsline message type. */
export const NS = 'newsline:';
/** embed → host: the embed's content height in CSS px. */
export const HEIGHT = 'newsline:height';
/** embed → host: the selected item's id (or null). */
export const SELECTED = 'newsline:selected';
/** host → embed: select an item by id (or clear with null). */
export const SELECT = 'newsline:select';
/** host → embed: report height and selection again. */
export const PING = 'newsline:ping';

/** Smallest and largest height a host accepts, in CSS px. */
export const MIN_HEIGHT = 80;
/** Largest height a host accepts; taller content is capped (the embed scrolls). */
export const MAX_HEIGHT = 10000;

/** A height message. */
export interface HeightMessage {
	type: typeof HEIGHT;
	height: number;
}
/** A selection message, either way. */
export interface SelectionMessage {
	type: typeof SELECT | typeof SELECTED;
	id: string | null;
}

/** Item ids as the schema allows them (lowercase words joined by hyphens). */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+){0,20}$/;

function isRecord(data: unknown): data is Record<string, unknown> {
	return typeof data === 'object' && data !== null && !Array.isArray(data);
}

/** The height a message asks for, capped to [MIN_HEIGHT, MAX_HEIGHT], or null if malformed. */
export function readHeight(data: unknown): number | null {
	if (!isRecord(data) || data.type !== HEIGHT) return null;
	const h = data.height;
	if (typeof h !== 'number' || !Number.isFinite(h) || h <= 0) return null;
	return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(h)));
}

/** The id of a `select`/`selected` message of the given type, or undefined if malformed. */
export function readSelection(
	data: unknown,
	type: typeof SELECT | typeof SELECTED
): string | null | undefined {
	if (!isRecord(data) || data.type !== type) return undefined;
	if (data.id === null) return null;
	return typeof data.id === 'string' && ID.test(data.id) ? data.id : undefined;
}

/** True for a well-formed ping. */
export function isPing(data: unknown): boolean {
	return isRecord(data) && data.type === PING;
}

/** The height message for a content height. */
export function heightMessage(height: number): HeightMessage {
	return { type: HEIGHT, height: Math.ceil(height) };
}

/** AMP's resize request (`amp-iframe` with `resizable`), for the same height. */
export function ampSizeMessage(height: number) {
	return { sentinel: 'amp', type: 'embed-size', height: Math.ceil(height) };
}

/** A selection message of the given type. */
export function selectionMessage(
	type: typeof SELECT | typeof SELECTED,
	id: string | null
): SelectionMessage {
	return { type, id };
}
