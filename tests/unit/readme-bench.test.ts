import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	ARCHIVE_END,
	ARCHIVE_START,
	BENCH_FILE,
	README,
	archiveBlock,
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

	it('on the archive are the ones rendered from the committed run', async () => {
		const run = JSON.parse(readFileSync(BENCH_FILE, 'utf8')) as BenchRun;
		const block = currentBlock(readFileSync(README, 'utf8'), ARCHIVE_START, ARCHIVE_END);
		expect(block, 'README has a bench:archive block').not.toBeNull();
		expect(block).toBe(await archiveBlock(run));
	});

	it('on the archive say whether the budget was met and growth was linear', async () => {
		const run = JSON.parse(readFileSync(BENCH_FILE, 'utf8')) as BenchRun;
		const rows = run.results.archive!;
		const marginal = rows.find((r) => /^build per additional story .*CPU$/.test(r.name))!;
		const growth = rows.find((r) => r.name.startsWith('growth: '))!;
		marginal.value = 400;
		marginal.ok = false;
		growth.value = 60;
		const block = await archiveBlock(run);
		expect(block).toContain('400 ms of CPU time');
		expect(block).toContain('missed');
		expect(block).toContain('not linear');
	});
});
