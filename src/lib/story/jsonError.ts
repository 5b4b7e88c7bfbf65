/**
 * Finds where JSON text goes wrong. `JSON.parse` does not always say where
 * (Node 20 reports "Unexpected token" and "Unexpected end" without a
 * position), so this scanner walks the text by the JSON grammar and stops
 * at the first fault.
 */

/** The first syntax fault of JSON text: its offset and what is wrong there. */
export interface JsonFault {
	/** 0-based offset into the text. */
	offset: number;
	reason: string;
}

class Fault extends Error {
	constructor(
		readonly offset: number,
		readonly reason: string
	) {
		super(reason);
	}
}

/** The first syntax fault of `text`, or null if it is valid JSON. */
export function findJsonFault(text: string): JsonFault | null {
	let i = 0;
	const show = (at: number) =>
		at >= text.length
			? 'end of input'
			: `'${JSON.stringify(String.fromCodePoint(text.codePointAt(at)!)).slice(1, -1)}'`;
	const fail = (reason: string, at = i): never => {
		throw new Fault(at, reason);
	};
	const ws = () => {
		while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
	};
	const expect = (ch: string, what: string) => {
		if (text[i] !== ch) fail(`expected ${what}, found ${show(i)}`);
		i++;
	};
	const literal = (word: string) => {
		const word0 = i;
		const found = text.slice(i).match(/^[A-Za-z]*/)![0];
		if (found !== word) fail(`expected ${word}, found ${found.slice(0, 20)}`, word0);
		i += word.length;
	};
	const string = () => {
		expect('"', 'a double-quoted string');
		while (i < text.length && text[i] !== '"') {
			const c = text.charCodeAt(i);
			if (c < 0x20) fail('control character in a string (escape it)');
			if (text[i] === '\\') {
				i++;
				const e = text[i];
				if (e === 'u') {
					if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('bad \\u escape');
					i += 5;
					continue;
				}
				if (e === undefined || !'"\\/bfnrt'.includes(e)) fail(`bad escape \\${e ?? ''}`);
			}
			i++;
		}
		if (i >= text.length) fail('unterminated string');
		i++;
	};
	const number = () => {
		const m = text.slice(i).match(/^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/);
		if (!m || !m[0] || m[0] === '-') fail(`unexpected ${show(i)}`);
		i += m![0].length;
	};
	const value = (): void => {
		ws();
		const c = text[i];
		if (c === '{') {
			i++;
			ws();
			if (text[i] === '}') return void i++;
			for (;;) {
				ws();
				if (text[i] !== '"') fail(`expected a double-quoted property name, found ${show(i)}`);
				string();
				ws();
				expect(':', "':' after a property name");
				value();
				ws();
				if (text[i] === ',') {
					i++;
					ws();
					if (text[i] === '}') fail("trailing comma before '}'");
					continue;
				}
				expect('}', "',' or '}' after a property value");
				return;
			}
		}
		if (c === '[') {
			i++;
			ws();
			if (text[i] === ']') return void i++;
			for (;;) {
				value();
				ws();
				if (text[i] === ',') {
					i++;
					ws();
					if (text[i] === ']') fail("trailing comma before ']'");
					continue;
				}
				expect(']', "',' or ']' after an array element");
				return;
			}
		}
		if (c === '"') return string();
		if (c === 't') return literal('true');
		if (c === 'f') return literal('false');
		if (c === 'n') return literal('null');
		if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
		fail(c === undefined ? 'unexpected end of input' : `unexpected ${show(i)}`);
	};
	try {
		if (text.charCodeAt(0) === 0xfeff) i = 1;
		value();
		ws();
		if (i < text.length) fail(`unexpected ${show(i)} after the end of the JSON value`);
		return null;
	} catch (e) {
		if (e instanceof Fault) return { offset: Math.min(e.offset, text.length), reason: e.reason };
		throw e;
	}
}

/** 1-based line and column of an offset (columns count UTF-16 units). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, offset);
	const line = before.split(/\r\n|\r|\n/).length;
	const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
	return { line, column: offset - lastBreak };
}
