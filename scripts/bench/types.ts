/** One figure a benchmark section reports. */
export interface BenchRow {
	name: string;
	value: number;
	unit: string;
	/** The target, in words (e.g. "≤ 16 ms"). */
	target?: string;
	/** Whether the figure meets a target the bench enforces; `false` makes `npm run bench` fail. */
	ok?: boolean;
}

/** A named part of `npm run bench`. */
export interface BenchSection {
	/** Short name, used to run one section: `npm run bench -- timeline`. */
	name: string;
	title: string;
	run: () => Promise<BenchRow[]>;
}

/** A row for a size with a budget: `≤ max` bytes, enforced. */
export function budgetRow(name: string, value: number, max: number): BenchRow {
	return { name, value, unit: 'B gz', target: `≤ ${max}`, ok: value <= max };
}
