import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	BENCH_FILE,
	README,
	currentBlock,
	readmeBlock,
	type BenchRun
} from '../../scripts/bench/readme.ts';

describe('README figures', () => {
	it('are the ones rendered from the committed bench run', async () => {
		const run = JSON.parse(readFileSync(BENCH_FILE, 'utf8')) as BenchRun;
		const block = currentBlock(readFileSync(README, 'utf8'));
		expect(block, 'README has a bench:start … bench:end block').not.toBeNull();
		expect(block).toBe(await readmeBlock(run));
	});

	it('change when a figure of the run changes', async () => {
		const run = JSON.parse(readFileSync(BENCH_FILE, 'utf8')) as BenchRun;
		const story = run.results.weight!.find((r) => r.name.startsWith('story page JS'))!;
		const before = await readmeBlock(run);
		story.value += 2048;
		expect(await readmeBlock(run)).not.toBe(before);
	});
});
