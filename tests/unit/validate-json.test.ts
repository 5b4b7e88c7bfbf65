import { describe, expect, it } from 'vitest';
import { findJsonFault } from '../../src/lib/story/jsonError.ts';
import { parseJson } from '../../src/lib/story/problems.ts';

const message = (text: string) => {
	const r = parseJson(text, 'x/story.json');
	if (r.ok) throw new Error('parsed');
	return r.problem.message;
};

describe('parseJson', () => {
	it('parses valid JSON, with or without a byte-order mark', () => {
		expect(parseJson('{"a": [1, true, null, "x"]}', 'f')).toEqual({
			ok: true,
			value: { a: [1, true, null, 'x'] }
		});
		expect(parseJson('\uFEFF{"a": 1}', 'f')).toEqual({ ok: true, value: { a: 1 } });
	});

	it.each([
		['{\n  "a": 1,\n}', "line 3, column 1: trailing comma before '}'"],
		['{\n  "a": }', "line 2, column 8: unexpected '}'"],
		['{\n  "a": tru\n}', 'line 2, column 8: expected true, found tru'],
		['', 'line 1, column 1: unexpected end of input'],
		['{"a": 1', "line 1, column 8: expected ',' or '}' after a property value, found end of input"],
		['[1, 2] x', "line 1, column 8: unexpected 'x' after the end of the JSON value"],
		["{\n\n  'a': 1}", "line 3, column 3: expected a double-quoted property name, found '''"],
		['{"a": "one\ntwo"}', 'line 1, column 11: control character in a string (escape it)'],
		['{"a": 01}', "line 1, column 8: expected ',' or '}' after a property value, found '1'"],
		['{"a" 1}', "line 1, column 6: expected ':' after a property name, found '1'"],
		['{\r\n"a": [1,]}', "line 2, column 9: trailing comma before ']'"]
	])('reports %j at %s', (text, where) => {
		expect(message(text)).toBe(`malformed JSON at ${where}`);
	});

	it('never echoes the input back in the message', () => {
		const big = `{"secret": "${'x'.repeat(5000)}" ]`;
		const m = message(big);
		expect(m.length).toBeLessThan(200);
		expect(m).not.toContain('xxxx');
	});

	it('agrees with JSON.parse on what is valid', () => {
		for (const t of ['0', '-1.5e3', '"\\u00e9\\n"', '[]', '{}', ' [ {"a":{"b":[]}} ] ']) {
			expect(findJsonFault(t), t).toBeNull();
			expect(() => JSON.parse(t)).not.toThrow();
		}
		for (const t of ['-', '1.', '"\\x"', '[1 2]', 'nul', '{"a":1}}']) {
			expect(findJsonFault(t), t).not.toBeNull();
			expect(() => JSON.parse(t)).toThrow();
		}
	});
});
