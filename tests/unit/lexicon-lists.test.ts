import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as lexicon from '../../src/lib/extract/lexicon.ts';

/** Every word list the lexicon exports, by name (a record's keys, or each of its lists). */
function wordLists(): Record<string, string[]> {
	const lists: Record<string, string[]> = {};
	for (const [name, value] of Object.entries(lexicon)) {
		if (Array.isArray(value) && value.every((x) => typeof x === 'string')) lists[name] = value;
		else if (value instanceof Set) lists[name] = [...value] as string[];
		else if (
			value &&
			typeof value === 'object' &&
			!Array.isArray(value) &&
			!(value instanceof RegExp)
		) {
			const entries = Object.entries(value);
			if (entries.every(([, v]) => Array.isArray(v)))
				for (const [k, v] of entries) lists[`${name}.${k}`] = v as string[];
			else if (entries.every(([, v]) => typeof v === 'string')) lists[name] = Object.keys(value);
		}
	}
	return lists;
}

/** Lists built from another on purpose: a chosen subset or a union. */
const DERIVED: [string, string][] = [
	['HEAD_TITLES', 'TITLES'],
	['HOME_OFFICES', 'TITLES'],
	['STANCE_VERBS', 'REPORTING_VERBS'],
	['STAKEHOLDER_NOUNS', 'GROUP_NOUNS'],
	['PLEDGE_VERBS', 'REPORTING_VERBS'],
	['STATEMENT_VERB_STANCES', 'REPORTING_VERBS'],
	['EVENT_NOUN_CUES.meeting', 'EVENT_NOUN_CUES.talks'],
	['EVENT_NOUN_SAME_AS', 'EVENT_TARGET_NOUNS'],
	['AMBIGUOUS_EVENT_WORDS', 'EVENT_VERBS'],
	['OBJECT_STANCE_VERBS', 'STANCE_VERBS'],
	['OBJECT_STANCE_VERBS', 'REPORTING_VERBS'],
	['CONCESSION_VERBS', 'REPORTING_VERBS'],
	['OBJECT_STANCE_VERBS', 'APPEAL_VERBS'],
	['APPEAL_VERBS', 'REPORTING_VERBS'],
	['GOVERNMENT_BODY_WORDS', 'BODY_NOUNS'],
	['SPOKEN_EVENT_VERBS', 'SPEECH_VERBS'],
	['SPOKEN_EVENT_VERBS', 'REPORTING_VERBS'],
	['OPINION_VERBS', 'REPORTING_VERBS'],
	['NAMING_VERBS', 'REPORTING_VERBS'],
	['SPEECH_AFTER_QUOTE', 'SPEECH_VERBS'],
	['CLUB_NAME_WORDS', 'ORG_HEADS'],
	['SEAT_HEADS', 'ORG_HEADS'],
	['MEASURE_VERBS', 'STANCE_VERBS'],
	['MEASURE_VERBS', 'REPORTING_VERBS']
];

describe('lexicon word lists', () => {
	const lists = wordLists();

	it('finds the word lists', () => {
		for (const name of ['TITLES', 'GROUP_NOUNS', 'EVENT_VERBS', 'REPORTING_VERBS', 'NOT_NAMES'])
			expect(lists[name]?.length, name).toBeGreaterThan(5);
	});

	it('holds no entry twice within one list', () => {
		for (const [name, words] of Object.entries(lists)) {
			const seen = new Set<string>();
			const twice = words.filter((w) => {
				const k = w.toLowerCase();
				if (seen.has(k)) return true;
				seen.add(k);
				return false;
			});
			expect(twice, name).toEqual([]);
		}
	});

	it('spells out no list twice: none is held whole inside another unless built from it', () => {
		const names = Object.keys(lists);
		for (const a of names)
			for (const b of names) {
				if (a === b || DERIVED.some(([x, y]) => x === a && y === b)) continue;
				const inB = new Set(lists[b]!.map((w) => w.toLowerCase()));
				const inside = lists[a]!.every((w) => inB.has(w.toLowerCase()));
				expect(inside, `${a} is held whole in ${b}`).toBe(false);
			}
	});

	it('the source lists of the lexicon spell out each entry once', () => {
		// REPORTING_VERBS is a union built at load time; its own additions must not repeat its sources.
		const source = readFileSync('src/lib/extract/lexicon.ts', 'utf8');
		const added = source
			.slice(source.indexOf('export const REPORTING_VERBS'))
			.split('])')[0]!
			.match(/'([a-z ]+)'/g)!
			.map((w) => w.slice(1, -1))
			.filter((w) => !lexicon.SPEECH_AFTER_QUOTE.includes(w));
		const sources = new Set([...lexicon.SPEECH_VERBS, ...Object.keys(lexicon.STANCE_VERBS)]);
		expect(added.filter((w) => sources.has(w))).toEqual([]);
	});

	it('no other extraction module spells out the group nouns again', () => {
		const dir = 'src/lib/extract';
		const nouns = lexicon.GROUP_NOUNS.map((w) => w.toLowerCase());
		for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'lexicon.ts')) {
			const text = readFileSync(`${dir}/${file}`, 'utf8');
			// An alternation of words, as a list written inside a pattern.
			for (const alt of text.match(/(?:[A-Za-z]+\|){5,}[A-Za-z]+/g) ?? []) {
				const words = alt.split('|').map((w) => w.toLowerCase());
				const shared = words.filter((w) => nouns.includes(w));
				expect(shared.length, `${file}: ${alt.slice(0, 60)}…`).toBeLessThan(words.length / 2);
			}
		}
	});
});

describe('one lexicon', () => {
	/** Runs of five or more lines that are each one quoted word, or one word keyed to a quoted word or a number. */
	function listsIn(text: string): string[] {
		const runs: string[] = [];
		let run: string[] = [];
		for (const line of [...text.split('\n'), '']) {
			if (/^\s+(?:(?:'[^']*'|[\p{L}]+)\s*:\s*)?(?:'[^']*'|\d+),?$/u.test(line))
				run.push(line.trim());
			else {
				if (run.length >= 5) runs.push(run.join(' '));
				run = [];
			}
		}
		return runs;
	}

	it('finds a list written one entry per line', () => {
		expect(listsIn("const X = [\n\t'a',\n\t'b',\n\t'c',\n\t'd',\n\t'e'\n];")).toHaveLength(1);
		expect(listsIn('const Y = {\n\ta: 1,\n\tb: 2,\n\tc: 3,\n\td: 4,\n\te: 5\n};')).toHaveLength(1);
	});

	it('no other extraction module writes out a word list of its own', () => {
		const dir = 'src/lib/extract';
		// The place vocabulary (gazetteer) and the calendar's day and month names are their own modules.
		const own = new Set(['lexicon.ts', 'gazetteer.ts', 'calendar.ts']);
		for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !own.has(f)))
			expect(listsIn(readFileSync(`${dir}/${file}`, 'utf8')), file).toEqual([]);
	});
});
