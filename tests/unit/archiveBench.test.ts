/** The archive bench's figures: per-story cost at the margin, its budget, and whether growth is linear. */
import { describe, expect, it } from 'vitest';
import {
	archiveRows,
	childrenCpuMs,
	leastCpu,
	STORY_BUDGET_MS
} from '../../scripts/bench/archive.ts';

/** A build of `n` stories costing `fixed` plus `each` ms of CPU per story. */
const build = (n: number, fixed: number, each: number, kb = 800) => ({
	stories: n,
	ms: 2 * (fixed + n * each),
	cpuMs: fixed + n * each,
	bytes: (2000 + n * kb) * 1024
});
const value = (rows: ReturnType<typeof archiveRows>, prefix: string) =>
	rows.find((r) => r.name.startsWith(prefix));

describe('archive bench rows', () => {
	it('give the marginal CPU cost per story and meet the budget when under it', () => {
		const rows = archiveRows([
			build(10, 20_000, 120),
			build(100, 20_000, 120),
			build(200, 20_000, 120)
		]);
		const marginal = value(rows, 'build per additional story (10 → 200), CPU')!;
		expect(marginal.value).toBe(120);
		expect(marginal.ok).toBe(true);
		expect(value(rows, 'build per additional story (10 → 200), wall')!.value).toBe(240);
		expect(value(rows, 'fixed cost')!.value).toBe(20);
		expect(value(rows, 'output per additional story')!.value).toBe(800);
		expect(value(rows, 'growth: ')!.value).toBe(0);
	});

	it('miss the budget when a further story costs more than it', () => {
		const each = STORY_BUDGET_MS + 30;
		const rows = archiveRows([
			build(10, 20_000, each),
			build(100, 20_000, each),
			build(200, 20_000, each)
		]);
		expect(value(rows, 'build per additional story (10 → 200), CPU')!.ok).toBe(false);
	});

	it('show growth that is not linear as the two halves apart', () => {
		// 100 ms a story up to 100 stories, 300 ms a story after.
		const mid = build(100, 10_000, 100);
		const large = { ...build(200, 0, 0), cpuMs: mid.cpuMs + 100 * 300, ms: mid.ms + 100 * 600 };
		const rows = archiveRows([build(10, 10_000, 100), mid, large]);
		expect(value(rows, 'build per additional story (10 → 100), CPU')!.value).toBe(100);
		expect(value(rows, 'build per additional story (100 → 200), CPU')!.value).toBe(300);
		expect(value(rows, 'growth: ')!.value).toBe(67);
	});
});

describe('archive bench rebuild rows', () => {
	it('report a rebuild of the largest archive, cards kept, where one was timed', () => {
		const large = { ...build(200, 20_000, 120), rebuildMs: 60_000, rebuildCpuMs: 30_000 };
		const rows = archiveRows([build(10, 20_000, 120), build(100, 20_000, 120), large]);
		expect(value(rows, 'rebuild, 200 unchanged stories')!.value).toBe(30);
		expect(value(rows, 'rebuild per story, 200 unchanged stories')!.value).toBe(150);
		// The budget is checked on first builds only.
		expect(value(rows, 'build per additional story (10 → 200), CPU')!.value).toBe(120);
	});

	it('give the cost of a further story with the cards kept where both ends were rebuilt', () => {
		const small = { ...build(10, 20_000, 120), rebuildCpuMs: 19_000 };
		const large = { ...build(200, 20_000, 120), rebuildCpuMs: 38_000 };
		const rows = archiveRows([small, build(100, 20_000, 120), large]);
		expect(value(rows, 'rebuild per additional story (10 → 200), share cards kept')!.value).toBe(
			100
		);
		const onlyLarge = archiveRows([build(10, 20_000, 120), build(100, 20_000, 120), { ...large }]);
		expect(value(onlyLarge, 'rebuild per additional story')).toBeUndefined();
	});

	it('leave the rebuild out where none was timed', () => {
		const rows = archiveRows([
			build(10, 20_000, 120),
			build(100, 20_000, 120),
			build(200, 20_000, 120)
		]);
		expect(rows.some((r) => r.name.startsWith('rebuild'))).toBe(false);
	});
});

describe('CPU time of finished child processes', () => {
	it('grows when a child has worked', async () => {
		const { spawnSync } = await import('node:child_process');
		const before = childrenCpuMs();
		expect(before).not.toBeNull();
		spawnSync(process.execPath, ['-e', 'const t = Date.now(); while (Date.now() - t < 300);']);
		expect(childrenCpuMs()!).toBeGreaterThan(before! + 100);
	});
});

describe('repeated runs', () => {
	it('keep the run with the least CPU time, its wall time with it', () => {
		const runs = [
			{ ms: 900, cpuMs: 1300 },
			{ ms: 1000, cpuMs: 1100 },
			{ ms: 800, cpuMs: 1200 }
		];
		expect(leastCpu(runs)).toEqual({ ms: 1000, cpuMs: 1100 });
		expect(leastCpu([runs[0]!])).toBe(runs[0]);
	});
});
