/**
 * Temporal expressions of a sentence, normalised against the publication
 * date at the precision the words support. Weekdays, today/yesterday,
 * weeks, months, bare years, durations, vague past and expressions anchored
 * to another event are read by rules here; chrono-node reads full calendar
 * dates ("3 March 2024", "March 3"). Nothing is dated that the text does
 * not date: "for three years" is a range ending at publication, and
 * lower-case "sat" is never Saturday.
 */
import * as chrono from 'chrono-node';
import type { Precision } from '../story/schema.ts';
import { atPrecision, dayMs, isoDay, MONTHS, mondayOf, shift, WEEKDAYS } from './calendar.ts';
import {
	ACCOUNT_NOUNS,
	DATED_EVENT_NOUNS,
	NUMBER_WORDS,
	TENURE_PHRASES,
	YEAR_NOUNS,
	MONTH_ABBREVIATIONS,
	MONTH_LEAD_WORDS,
	WEEKDAY_LEAD_WORDS
} from './lexicon.ts';

/** What a temporal expression says. */
export type DateKind = 'point' | 'range' | 'vague' | 'anchored' | 'offset' | 'sequel';

/** A temporal expression found in a sentence. */
export interface DateMention {
	start: number;
	end: number;
	/** The article's words. */
	text: string;
	kind: DateKind;
	/** Resolved value (absent for anchored expressions not yet resolved). */
	value?: { start: string; end?: string; precision: Precision; approximate: boolean };
	/** For anchored expressions: the event words ("the meeting"), and the offset if any. */
	anchor?: { noun: string; direction: 'before' | 'after'; offset?: { n: number; unit: Unit } };
	/** For a sequel ("two days later", "the next day"): how long after the item told before. */
	after?: { n: number; unit: Unit };
}

type Unit = 'year' | 'month' | 'week' | 'day';

const NUM = `(\\d+|${Object.keys(NUMBER_WORDS).join('|')})`;
const UNIT = '(years?|months?|weeks?|days?)';
const EVENT_NOUNS = DATED_EVENT_NOUNS.join('|');

/** An alternation of words that may open a sentence, so capitalised or not ("In January"). */
function capitalOrNot(words: readonly string[]): string {
	return words
		.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1).replace(/ /g, '\\s+')}`)
		.join('|');
}

const MONTH_WORD = `(?:${[...MONTH_ABBREVIATIONS, 'May'].join('|')})[a-z]*\\.?`;
/**
 * Words before a month's name that make it a date ("in January", "In January," opening a
 * sentence, "the end of June"); the month's name is matched in capitals only, so "may" is not May.
 */
const MONTH_LEADS = capitalOrNot(MONTH_LEAD_WORDS);
const WEEKDAY_LEADS = capitalOrNot(WEEKDAY_LEAD_WORDS);
/** A calendar date right after a weekday ("Monday, Feb. 26", "Thursday 29 February"): it dates the day. */
const CALENDAR_AFTER = `(?!,?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_WORD}|${MONTH_WORD}\\s+\\d))`;
const CALENDAR_HINT = new RegExp(
	`\\b${MONTH_WORD}\\s+\\d|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_WORD}|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b`
);

/** Words before a date that put it in the future ("will meet on Monday"). */
const FUTURE_MARKER =
	/\b(?:will|would|shall|(?:is|are) (?:due|set|expected|scheduled|slated) (?:to|for)|plans? to|is to|are to)\b([^.;]*)$/i;
/** Word of a past happening between a future verb and a date: "reports by hikers of a rockfall". */
const ACCOUNT_OF = new RegExp(`\\b(?:${ACCOUNT_NOUNS.join('|')})\\s+(?:\\S+\\s+){0,4}?of\\b`, 'i');
/**
 * Whether the words before a date put it in the future: a future marker with
 * no past participle between it and the date ("would look into a spill
 * sighted on Monday" is last Monday; "will be loaded on Monday" is next),
 * and no word of a past happening ("would look into reports of a spill on
 * Monday" is last Monday too).
 */
function isFuture(before: string): boolean {
	const m = before.match(FUTURE_MARKER);
	// A participle of the future verb itself ("will be loaded", "will have ended") does not count.
	return (
		!!m && !/(?<!\b(?:be|been|have|get)\s+)\b\p{L}{3,}ed\b/u.test(m[1]!) && !ACCOUNT_OF.test(m[1]!)
	);
}

/** A future verb later in the sentence: "once it signs on June 2, it will file claims". */
const FUTURE_AFTER =
	/\b(?:will|shall|(?:is|are) (?:due|set|expected|scheduled) to)\b(?!\s+(?:have|be\s+\w+ed)\b)/i;

/** Words right before a calendar date that look ahead: "ahead of the May 9 vote". */
const AHEAD_BEFORE = /\b(?:ahead of|upcoming|forthcoming)\s+(?:the\s+|this\s+)?$/i;

const num = (w: string) => (/^\d+$/.test(w) ? Number(w) : (NUMBER_WORDS[w.toLowerCase()] ?? 1));
const unitOf = (w: string) => w.toLowerCase().replace(/s$/, '') as Unit;

interface Rule {
	re: RegExp;
	read: (
		m: RegExpMatchArray,
		published: string
	) => Omit<DateMention, 'start' | 'end' | 'text'> | null;
}

const day = (iso: string, approximate = false) => ({
	kind: 'point' as const,
	value: { start: iso, precision: 'day' as const, approximate }
});

const RULES: Rule[] = [
	{
		// Told after something else: "two days later", "a week later", "the next day", "the following
		// morning", "hours later" (the same day); dated from the item before it.
		re: new RegExp(
			`\\b(?:${NUM}\\s+${UNIT}\\s+later|the\\s+(?:next|following)\\s+(day|morning|afternoon|evening|night|week|month|year)|(?:hours|minutes|moments)\\s+later|later\\s+that\\s+(?:day|morning|afternoon|evening|night))\\b(?!\\s+than\\b)`,
			'gi'
		),
		read: (m) => {
			if (m[1]) return { kind: 'sequel', after: { n: num(m[1]), unit: unitOf(m[2]!) } };
			const word = m[3]?.toLowerCase();
			if (word && ['week', 'month', 'year'].includes(word))
				return { kind: 'sequel', after: { n: 1, unit: word as Unit } };
			return { kind: 'sequel', after: { n: word ? 1 : 0, unit: 'day' } };
		}
	},
	{
		// N units before/after an event: "three years before the republic's founding", or a clause
		// of a pronoun and its verb up to a preposition, "five years after she left the firm for …".
		re: new RegExp(
			`\\b${NUM}\\s+${UNIT}\\s+(before|after|earlier than|later than)\\s+((?:the\\s+|a\\s+|his\\s+|her\\s+|their\\s+)?[\\p{L}'’ -]{3,60}?(?=[,.;:!?)]|\\s+-|\\s+and\\b|$)|(?:he|she|they|we|it)\\s+(?:[\\p{L}'’-]+\\s+){0,4}?[\\p{L}'’-]+(?=\\s+(?:at|in|on|to|from|with|for|by|of|into)\\b|[,.;:!?)]|$))`,
			'giu'
		),
		read: (m) => ({
			kind: 'offset',
			anchor: {
				noun: m[4]!.trim(),
				direction: /^(?:before|earlier)/i.test(m[3]!) ? 'before' : 'after',
				offset: { n: num(m[1]!), unit: unitOf(m[2]!) }
			}
		})
	},
	{
		re: new RegExp(`\\b${NUM}\\s+${UNIT}\\s+ago\\b`, 'gi'),
		read: (m, pub) => {
			const unit = unitOf(m[2]!);
			const iso = shift(pub, -num(m[1]!), unit);
			return {
				kind: 'point',
				value: {
					start: atPrecision(iso, unit),
					precision: unit,
					approximate: unit === 'day' ? false : true
				}
			};
		}
	},
	{
		// Durations: "for three years", "three years' of state support", "over the past two weeks",
		// "two-and-a-half years at the helm" (a half year is six months).
		re: new RegExp(
			`\\b(?:(?:for|over|during|in)\\s+)?(?:the\\s+)?(?:(?:past|last)\\s+)?${NUM}((?:-|\\s+)and(?:-|\\s+)a(?:-|\\s+)half)?\\s+${UNIT}(?:['’]s?)?(?=\\s+of\\b|\\s*[,.;)]|\\s+(?:now|running|in a row|straight|${TENURE_PHRASES.join('|')})\\b)`,
			'gi'
		),
		read: (m, pub) => {
			// "within 28 days of receiving them", "up to three years": a limit, no span that passed.
			if (/\b(?:within|up\s+to|no\s+more\s+than|at\s+most)\s+$/i.test(m.input!.slice(0, m.index)))
				return null;
			const unit = unitOf(m[3]!);
			const precision: Precision = unit === 'year' || unit === 'month' ? 'month' : 'day';
			// "two-and-a-half years" counted in months, a half month or week in days (a half day dropped).
			const [n, by]: [number, Unit] = !m[2]
				? [num(m[1]!), unit]
				: unit === 'year'
					? [num(m[1]!) * 12 + 6, 'month']
					: unit === 'month'
						? [num(m[1]!) * 30 + 15, 'day']
						: unit === 'week'
							? [num(m[1]!) * 7 + 3, 'day']
							: [num(m[1]!), 'day'];
			// "will review the pact in six months": a time ahead, not a span behind.
			if (/^in\s+\S+\s+\S+$/i.test(m[0]) && isFuture(m.input!.slice(0, m.index)))
				return {
					kind: 'point',
					value: {
						start: atPrecision(shift(pub, n, by), precision),
						precision,
						approximate: true
					}
				};
			const from = shift(pub, -n, by);
			return {
				kind: 'range',
				value: {
					start: atPrecision(from, precision),
					end: atPrecision(pub, precision),
					precision,
					approximate: true
				}
			};
		}
	},
	{
		// Vague past spans; "(so far) this season" reaches back like "recently", about the three
		// months a season of the year lasts.
		re: /\b(?:in|over)\s+(?:the\s+)?(?:recent|past|last)\s+(?:few\s+)?(days|weeks|months)\b|\b(recently|lately|(?:so far\s+)?this season)\b/gi,
		read: (m, pub) => {
			const w = (m[1] ?? m[2]!).toLowerCase();
			if (w === 'days')
				return {
					kind: 'vague',
					value: { start: mondayOf(pub), precision: 'week', approximate: true }
				};
			// "In recent weeks" reaches back about three weeks, which may be last month.
			if (w === 'weeks')
				return {
					kind: 'vague',
					value: {
						start: shift(pub, -3, 'week').slice(0, 7),
						end: pub.slice(0, 7),
						precision: 'month',
						approximate: true
					}
				};
			// "will play ten games this season": the season ahead.
			const ahead = /season$/.test(w) && isFuture(m.input!.slice(0, m.index));
			return {
				kind: 'vague',
				value: {
					start: (ahead ? pub : shift(pub, -3, 'month')).slice(0, 7),
					end: (ahead ? shift(pub, 3, 'month') : pub).slice(0, 7),
					precision: 'month',
					approximate: true
				}
			};
		}
	},
	{
		re: new RegExp(
			`\\b(?:(${MONTH_LEADS})\\s+|([Mm]id-))(${MONTHS.join('|')})(?:\\s+((?:19|20)\\d{2})|\\s+(?:of\\s+)?(last|this|next)\\s+year)?\\b(?!\\s+\\d)`,
			'g'
		),
		read: (m, pub) => {
			// "mid-November" is written without a space.
			const [rel, name, yearWord, whichYear] = [m[1] ?? m[2], m[3]!, m[4], m[5]];
			const month = MONTHS.indexOf(name) + 1;
			let year = yearWord ? Number(yearWord) : Number(pub.slice(0, 4));
			const future = isFuture(m.input!.slice(0, m.index));
			const ahead = future || FUTURE_AFTER.test(m.input!.slice(m.index! + m[0].length));
			// "in June last year", "the end of March next year".
			if (whichYear) year += whichYear === 'last' ? -1 : whichYear === 'next' ? 1 : 0;
			else if (
				!yearWord &&
				!ahead &&
				(month > Number(pub.slice(5, 7)) ||
					(month === Number(pub.slice(5, 7)) && rel?.toLowerCase() === 'last'))
			)
				year--;
			else if (!yearWord && future && month < Number(pub.slice(5, 7))) year++;
			const start = `${year}-${String(month).padStart(2, '0')}`;
			return {
				kind: 'point',
				value: {
					start,
					precision: 'month',
					approximate: /early|late|mid|start|end|beginning|middle/i.test(rel ?? '')
				}
			};
		}
	},
	{
		re: /\b(earlier|later|last|this|next)\s+(?:this\s+)?(week|month|year)\b/gi,
		read: (m, pub) => {
			const rel = m[1]!.toLowerCase();
			const unit = m[2]!.toLowerCase() as 'week' | 'month' | 'year';
			const n = rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
			const iso = shift(pub, n, unit);
			return {
				kind: 'point',
				value: { start: atPrecision(iso, unit), precision: unit, approximate: false }
			};
		}
	},
	{
		// The weekend: the one just gone ("over the weekend", "last weekend"), or the coming one
		// ("next weekend", "will … this weekend"); dated by its week.
		re: /\b(last|next|this past|this|over the|at the|during the|on the)\s+weekend\b/gi,
		read: (m, pub) => {
			// "this past weekend" is the last one.
			const rel = m[1]!.toLowerCase() === 'this past' ? 'last' : m[1]!.toLowerCase();
			const dow = new Date(dayMs(pub)).getUTCDay();
			const ahead = rel === 'next' || (rel !== 'last' && isFuture(m.input!.slice(0, m.index)));
			// Saturday of the weekend meant: the last on or before publication, or the next one.
			let saturday = shift(pub, -((dow + 1) % 7), 'day');
			if (ahead && dow !== 6 && dow !== 0) saturday = shift(saturday, 1, 'week');
			if (rel === 'last' && (dow === 6 || dow === 0)) saturday = shift(saturday, -1, 'week');
			return {
				kind: 'point',
				value: { start: mondayOf(saturday), precision: 'week', approximate: false }
			};
		}
	},
	{
		re: /\b(today|tonight|this (?:morning|afternoon|evening)|yesterday|last night|tomorrow)\b/gi,
		read: (m, pub) => {
			const w = m[1]!.toLowerCase();
			if (w === 'yesterday' || w === 'last night') return day(shift(pub, -1, 'day'));
			if (w === 'tomorrow') return day(shift(pub, 1, 'day'));
			return day(pub);
		}
	},
	{
		re: new RegExp(
			`\\b(?:(${WEEKDAY_LEADS})\\s+)?(${WEEKDAYS.join('|')})(?:['’]s)?(?:\\s+(morning|afternoon|evening|night))?\\b${CALENDAR_AFTER}`,
			'g'
		),
		read: (m, pub) => {
			const target = WEEKDAYS.indexOf(m[2]!);
			const dow = new Date(dayMs(pub)).getUTCDay();
			const rel = (m[1] ?? '').toLowerCase();
			if (rel === 'next' || (rel !== 'last' && isFuture(m.input!.slice(0, m.index))))
				// "will search on Tuesday" in Tuesday's paper is that day; "next Tuesday" is a week on.
				return day(shift(pub, (target - dow + 7) % 7 || (rel === 'next' ? 7 : 0), 'day'));
			let back = (dow - target + 7) % 7;
			if (rel === 'last' && back === 0) back = 7;
			return day(shift(pub, -back, 'day'));
		}
	},
	{
		re: new RegExp(
			`\\b(?:(in|since|by|until|during|of|from|early|late|mid-|before|after|throughout|back in|back to|as early as)\\s+|(mid-))((?:1[89]|20)\\d{2})\\b(?!\\s*[-–]\\s*\\d)|\\b((?:1[89]|20)\\d{2})(?=\\s+(?:${YEAR_NOUNS.join('|')}))`,
			'gi'
		),
		read: (m) => ({
			kind: 'point',
			value: {
				start: m[3] ?? m[4]!,
				precision: 'year',
				approximate: /early|late|mid/i.test(m[1] ?? m[2] ?? '')
			}
		})
	},
	{
		// One unit from another event: "the day after the storm", "a week before the vote".
		re: new RegExp(
			`\\b(?:the|a)\\s+(day|week|month|year)\\s+(after|before)\\s+((?:the|his|her|their|its|this|that)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${EVENT_NOUNS}))\\b`,
			'giu'
		),
		read: (m) => ({
			kind: 'anchored',
			anchor: {
				noun: m[3]!,
				direction: m[2]!.toLowerCase() === 'before' ? 'before' : 'after',
				offset: { n: 1, unit: m[1]!.toLowerCase() as Unit }
			}
		})
	},
	{
		// Expressions anchored to another event: "soon after the summit", "ahead of the vote".
		re: new RegExp(
			`\\b(?:(?:not long|shortly|soon|hours|days|moments|minutes|just|weeks|immediately)\\s+)?(after|before|following|ahead of|prior to|since|during)\\s+((?:the|his|her|their|its|this|that|(?:${WEEKDAYS.join('|')})['’]s)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${EVENT_NOUNS}))\\b`,
			'giu'
		),
		read: (m) => ({
			kind: 'anchored',
			anchor: {
				noun: m[2]!,
				direction: /^(?:before|ahead|prior)/i.test(m[1]!) ? 'before' : 'after'
			}
		})
	},
	{
		re: /\b(?:had\s+(?:\w+\s+)?earlier|earlier\s+(?:on|in the day)|earlier)\b/gi,
		read: () => ({ kind: 'vague' })
	}
];

/**
 * Finds the temporal expressions of a sentence. `published` is
 * `YYYY-MM-DD`. Overlapping matches keep the first rule's.
 */
export function findDates(sentence: string, published: string): DateMention[] {
	const out: DateMention[] = [];
	const free = (s: number, e: number) => !out.some((d) => s < d.end && e > d.start);
	for (const rule of RULES) {
		rule.re.lastIndex = 0;
		for (const m of sentence.matchAll(rule.re)) {
			const start = m.index;
			const end = start + m[0].length;
			if (!free(start, end)) continue;
			const read = rule.read(m, published);
			if (read) out.push({ start, end, text: m[0].trim(), ...read });
		}
	}
	// chrono only where a calendar date can be: a month name next to a number, or a numeric date.
	if (!CALENDAR_HINT.test(sentence)) return out.sort((a, b) => a.start - b.start);
	for (const r of chrono.en.casual.parse(sentence, new Date(`${published}T12:00:00Z`), {
		forwardDate: false
	})) {
		const c = r.start;
		if (!c.isCertain('month') || !c.isCertain('day')) continue;
		if (!/\d/.test(r.text)) continue;
		const start = r.index;
		const end = start + r.text.length;
		if (!free(start, end)) continue;
		let iso = isoDay(
			Date.UTC(c.get('year') ?? Number(published.slice(0, 4)), c.get('month')! - 1, c.get('day')!)
		);
		// A day later in the year than publication is last year's, unless the sentence looks ahead.
		if (
			!c.isCertain('year') &&
			iso > published &&
			!isFuture(sentence.slice(0, start)) &&
			!AHEAD_BEFORE.test(sentence.slice(0, start)) &&
			!FUTURE_AFTER.test(sentence.slice(end))
		)
			iso = shift(iso, -1, 'year');
		out.push({ start, end, text: r.text, ...day(iso) });
	}
	return out.sort((a, b) => a.start - b.start);
}
