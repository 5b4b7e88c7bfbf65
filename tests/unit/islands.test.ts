import { describe, expect, it } from 'vitest';
import { islandJson } from '$lib/islands/json.ts';

describe('islandJson', () => {
	it('cannot end its script element early or open a comment', () => {
		const text = 'a </script><script>alert(1)</script> <!-- b';
		const json = islandJson({ text });
		expect(json).not.toMatch(/<\/script|<!--/i);
		expect(JSON.parse(json)).toEqual({ text });
	});
});
