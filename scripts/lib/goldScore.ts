/**
 * Scores a draft against a real article's hand-made gold (the format of
 * tests/eval/real/ANNOTATION.md): reaction recall and precision by actor +
 * paragraph, stance of the matched reactions, quote attribution, and event
 * dates at the gold precision. The definitions are those of the corpus
 * scorer (`score.mjs` beside the corpus), so both print the same figures.
 */
import type { Story } from '../../src/lib/story/schema.ts';

/** One gold reaction. */
export interface GoldReaction {
	actor: string;
	actor_type: string;
	country: string | null;
	stance: string;
	toward: string;
	quote: string | null;
	paragraph: number;
}

/** One gold event. */
export interface GoldEvent {
	id: string;
	label: string;
	when: { start: string; end?: string; precision: string };
	paragraphs: number[];
	actors: string[];
}

/** A gold file. */
export interface Gold {
	published: string;
	events: GoldEvent[];
	reactions: GoldReaction[];
}

/** An article's figures, each 0–1, with the counts behind them. */
export interface GoldScores {
	recall: number;
	precision: number;
	stance: number;
	quotes: number;
	dates: number;
	counts: {
		gold: number;
		predicted: number;
		matched: number;
		stanceRight: number;
		quotes: number;
		quotesRight: number;
		events: number;
		datesRight: number;
	};
	/** Gold quotes whose speaker the draft got wrong, for reading. */
	quoteMisses: string[];
	/** Gold reactions the draft did not find. */
	missed: GoldReaction[];
}

const STOP = new Set(
	'the and of in for said president minister prime foreign ministry spokesman spokeswoman spokesperson office state secretary general government party leader national united some former chief'.split(
		' '
	)
);
const STOP2 = new Set('of in to on at by an as is it he we a'.split(' '));

/** Name tokens, as the scorer reads them (lower case, accents dropped, titles and short words left out). */
export function nameTokens(s: string | null | undefined): Set<string> {
	return new Set(
		(s ?? '')
			.toLowerCase()
			.normalize('NFKD')
			.replace(/[^a-z0-9 ]+/g, ' ')
			.split(/\s+/)
			.filter((t) => t.length >= 2 && !STOP.has(t) && !STOP2.has(t))
	);
}

function sameName(a: string | null | undefined, b: string | null | undefined): boolean {
	if (a && a === b) return true;
	const A = nameTokens(a);
	for (const t of nameTokens(b)) if (A.has(t)) return true;
	return false;
}

interface Pred {
	name: string;
	role: string;
	country: string | null;
	stance: string;
	paras: Set<number>;
	quotes: string[];
}

/** Gold actor vs drafted actor: a shared name token, or the same country when the gold name is generic. */
function sameActor(g: GoldReaction, p: Pred): boolean {
	return (
		sameName(g.actor, p.name) ||
		sameName(g.actor, p.role) ||
		(!!g.country &&
			g.country === p.country &&
			(nameTokens(g.actor).size === 0 || /ministry|office|government|spokes/i.test(g.actor)))
	);
}

const PREC: Record<string, number> = { year: 4, month: 7, week: 10, day: 10, approx: 7 };

function dateOk(
	g: GoldEvent['when'],
	p: { start?: string; precision?: string } | undefined
): boolean {
	if (!p?.start) return false;
	const n = Math.min(
		PREC[g.precision] ?? 10,
		PREC[p.precision ?? ''] ?? p.start.length,
		g.start.length,
		p.start.length
	);
	const day = (s: string) => Date.parse(s.padEnd(10, '-01').slice(0, 10));
	if (g.precision === 'week' || p.precision === 'week')
		return Math.abs(day(g.start) - day(p.start)) <= 7 * 864e5;
	return g.start.slice(0, n) === p.start.slice(0, n);
}

/**
 * Scores one draft. `body` is the article's body as the gold numbers it:
 * every non-empty line after the header's `---` (all non-empty lines when
 * there is no header).
 */
export function scoreAgainstGold(story: Story | null, gold: Gold, body: string[]): GoldScores {
	const paraOf = (q: string) => body.findIndex((p) => !!q && p.includes(q)) + 1;
	const actors = new Map((story?.actors ?? []).map((a) => [a.id, a]));
	const preds: Pred[] = (story?.reactions ?? []).map((r) => {
		const a = actors.get(r.actor);
		return {
			name: a?.name ?? r.actor,
			role: a?.role ?? '',
			country: a?.country ?? null,
			stance: r.stance,
			paras: new Set(r.sources.map((s) => paraOf(s.quote))),
			quotes: r.sources.map((s) => s.quote)
		};
	});
	const used = new Set<number>();
	let stanceRight = 0;
	let quotes = 0;
	let quotesRight = 0;
	const quoteMisses: string[] = [];
	const missed: GoldReaction[] = [];
	for (const g of gold.reactions) {
		const m = preds.findIndex(
			(p, i) => !used.has(i) && p.paras.has(g.paragraph) && sameActor(g, p)
		);
		if (m >= 0) {
			used.add(m);
			if (preds[m]!.stance === g.stance) stanceRight++;
		} else missed.push(g);
		if (g.quote) {
			quotes++;
			const q = g.quote;
			const withQ = preds.filter((p) =>
				p.quotes.some((x) => x && (x.includes(q.slice(0, 40)) || (q.includes(x) && x.length >= 12)))
			);
			if (withQ.some((p) => sameActor(g, p))) quotesRight++;
			else
				quoteMisses.push(
					`${g.actor}: ${q.slice(0, 50)} → ${withQ.map((p) => p.name).join(', ') || 'no item'}`
				);
		}
	}
	const predEvents = [...(story?.events ?? []), ...(story?.reactions ?? [])].map((e) => ({
		when: e.when,
		paras: new Set(e.sources.map((s) => paraOf(s.quote)))
	}));
	let datesRight = 0;
	for (const g of gold.events)
		if (
			predEvents.some(
				(p) => g.paragraphs.some((n) => p.paras.has(n)) && dateOk(g.when, p.when as never)
			)
		)
			datesRight++;
	const matched = used.size;
	return {
		recall: gold.reactions.length ? matched / gold.reactions.length : 0,
		precision: preds.length ? matched / preds.length : 0,
		stance: matched ? stanceRight / matched : 0,
		quotes: quotes ? quotesRight / quotes : 1,
		dates: gold.events.length ? datesRight / gold.events.length : 0,
		counts: {
			gold: gold.reactions.length,
			predicted: preds.length,
			matched,
			stanceRight,
			quotes,
			quotesRight,
			events: gold.events.length,
			datesRight
		},
		quoteMisses,
		missed
	};
}

/** The five figures. */
export type Figure = 'recall' | 'precision' | 'stance' | 'quotes' | 'dates';
/** The five figures, in print order. */
export const FIGURES: Figure[] = ['recall', 'precision', 'stance', 'quotes', 'dates'];

/** Mean of each figure over articles (the corpus scorer's overall figures). */
export function meanScores(rows: readonly Pick<GoldScores, Figure>[]): Record<Figure, number> {
	const mean = (k: Figure) => rows.reduce((s, r) => s + r[k], 0) / Math.max(1, rows.length);
	return Object.fromEntries(FIGURES.map((k) => [k, mean(k)])) as Record<Figure, number>;
}
