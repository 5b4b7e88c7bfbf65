/**
 * Problems are values with a file and a path, never thrown strings, so that
 * every problem of every story can be reported at once.
 */

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

/** Parses JSON; a syntax error becomes a problem with line and column. */
export function parseJson(
	text: string,
	file: string
): { ok: true; value: unknown } | { ok: false; problem: Problem } {
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch (e) {
		const message = e instanceof Error ? e.message : String(e);
		const pos = message.match(/position (\d+)/);
		let where = '';
		if (pos) {
			const before = text.slice(0, Number(pos[1]));
			const line = before.split('\n').length;
			const column = before.length - before.lastIndexOf('\n');
			where = ` at line ${line}, column ${column}`;
		}
		const reason = message
			.replace(/\s*in JSON at position \d+.*$/s, '')
			.replace(/^JSON\.parse: /, '');
		return { ok: false, problem: { file, path: '', message: `malformed JSON${where}: ${reason}` } };
	}
}
