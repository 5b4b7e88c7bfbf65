/** One figure a benchmark section reports. */
export interface BenchRow {
	name: string;
	value: number;
	unit: string;
	/** The target, in words, where an issue names one (e.g. "≤ 16 ms"). */
	target?: string;
}

/** A named part of `npm run bench`. */
export interface BenchSection {
	/** Short name, used to run one section: `npm run bench -- timeline`. */
	name: string;
	title: string;
	run: () => Promise<BenchRow[]>;
}
