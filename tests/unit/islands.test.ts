import { describe, expect, it } from 'vitest';
import { islandJson, islandProps, takeIslandProps } from '$lib/islands/json.ts';

describe('islandJson', () => {
	it('cannot end its script element early or open a comment', () => {
		const text = 'a </script><script>alert(1)</script> <!-- b';
		const json = islandJson({ text });
		expect(json).not.toMatch(/<\/script|<!--/i);
		expect(JSON.parse(json)).toEqual({ text });
	});
});

describe('islandProps', () => {
	it('hands a load only a small key, and the render the same props and their JSON, once', () => {
		const props = { story: { title: 'A </script> title', paragraphs: ['x'.repeat(5000)] } };
		const key = islandProps(props);
		expect(JSON.stringify(key).length).toBeLessThan(40);
		const taken = takeIslandProps(key);
		expect(taken.props).toBe(props);
		expect(taken.json).toBe(islandJson(props));
		expect(() => takeIslandProps(key)).toThrow(/no props held/);
	});

	it('keeps the props of pages loaded one after another apart', () => {
		const a = islandProps({ n: 1 });
		const b = islandProps({ n: 2 });
		expect(a.island).not.toBe(b.island);
		expect(takeIslandProps(b).props).toEqual({ n: 2 });
		expect(takeIslandProps(a).props).toEqual({ n: 1 });
	});
});
