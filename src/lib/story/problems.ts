/**
 * Problems are values with a file and a path, never thrown strings, so that
 * every problem of every story can be reported at once.
 */
import { findJsonFault, lineColumn } from './jsonError.ts';

/** One thing wrong with a story. */
export interface Problem {
	/** The file at fault, relative to the project, e.g. `data/stories/x/story.json`. */
	file: string;
	/** Path to the field, e.g. `reactions[3].sources[0].quote`; empty for the whole file. */
	path: string;
	message: string;
}

/** `file: path: reason`, or `file: reason` when the whole file is at fault. */
export function formatProblem(p: Problem): string {
	return p.path ? `${p.file}: ${p.path}: ${p.message}` : `${p.file}: ${p.message}`;
}

/** Turns a list of object keys and array indexes into `a.b[3].c`. */
export function formatPath(keys: readonly (string | number)[]): string {
	return keys.reduce<string>(
		(acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${k}` : k),
		''
	);
}

/**
 * Parses JSON (a leading byte-order mark is allowed); a syntax error becomes
 * a problem with line and column, and never quotes the whole input back.
 */
export function parseJson(
	text: string,
	file: string
): { ok: true; value: unknown } | { ok: false; problem: Problem } {
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	try {
		return { ok: true, value: JSON.parse(body) };
	} catch {
		const fault = findJsonFault(body) ?? { offset: 0, reason: 'not valid JSON' };
		const { line, column } = lineColumn(body, fault.offset);
		return {
			ok: false,
			problem: {
				file,
				path: '',
				message: `malformed JSON at line ${line}, column ${column}: ${fault.reason}`
			}
		};
	}
}
