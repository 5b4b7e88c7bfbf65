/**
 * Scores a drafted story against a hand-made gold story of the same
 * article: quote attribution, reactions (actor + stance + target), event
 * dates at the gold item's precision, and actor merging. Pure; used by
 * `npm run eval` and its test.
 */
import type { Actor, Precision, Story, StoryEvent } from '../story/schema.ts';
import { sameAt } from './calendar.ts';
import type { Quote } from './quotes.ts';

/** Counts behind one article's scores (summed for the whole set). */
export interface EvalCounts {
	quotes: { gold: number; correct: number };
	reactions: { gold: number; predicted: number; matched: number };
	dates: { gold: number; aligned: number; correct: number };
	actors: { gold: number; merged: number };
}

/** Scores from counts: each a ratio 0–1 (1 where there was nothing to score). */
export interface EvalScores {
	quoteAccuracy: number;
	reactionPrecision: number;
	reactionRecall: number;
	reactionF1: number;
	/** Correct dates among gold events that a drafted event matches. */
	dateAccuracy: number;
	/** Share of gold events that a drafted event matches. */
	eventRecall: number;
	actorMerge: number;
}

const norm = (s: string) =>
	s
		.toLowerCase()
		.replace(/^the\s+/, '')
		.replace(/[^a-z0-9 ]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
const words = (s: string) =>
	new Set(
		norm(s)
			.split(' ')
			.filter((w) => w.length > 2)
	);

/** Whether a drafted actor is the gold actor (same name, surname, or one name within the other). */
export function sameActor(pred: Actor, gold: Actor): boolean {
	// An unnamed speaker's name carries its country in brackets: "Foreign ministry spokeswoman (RU)".
	const a = norm(pred.name.replace(/\s*\([A-Z]{2}\)$/, ''));
	const b = norm(gold.name);
	if (a === b) return true;
	if (pred.kind === 'person' && gold.kind === 'person')
		return a.split(' ').at(-1) === b.split(' ').at(-1);
	if (pred.kind === 'government' && gold.kind === 'government')
		return !!pred.country && pred.country === gold.country;
	return new RegExp(`\\b${b}\\b`).test(a) || new RegExp(`\\b${a}\\b`).test(b);
}

/** Gold actor id for each drafted actor id that matches one. */
export function alignActors(pred: Story, gold: Story): Map<string, string> {
	const map = new Map<string, string>();
	for (const p of pred.actors) {
		const g = gold.actors.find((x) => sameActor(p, x));
		if (g) map.set(p.id, g.id);
	}
	return map;
}

function overlap(a: string, b: string): number {
	const x = words(a);
	const y = words(b);
	if (!x.size || !y.size) return 0;
	let n = 0;
	for (const w of x) if (y.has(w)) n++;
	return n / Math.min(x.size, y.size);
}

/** The drafted event that best matches a gold event (same paragraph, shared words), if any. */
export function alignEvent(gold: StoryEvent, pred: readonly StoryEvent[]): StoryEvent | undefined {
	let best: StoryEvent | undefined;
	let score = 0.5;
	for (const e of pred)
		for (const s of e.sources)
			for (const g of gold.sources) {
				if (s.paragraph !== g.paragraph) continue;
				const o = overlap(s.quote, g.quote);
				if (o > score || (o === score && !best)) {
					score = o;
					best = e;
				}
			}
	return best;
}

/** Direct quotes of a gold story (≥ 2 words) with their speaker: a reaction's actor, an event's first actor. */
export function goldQuotes(gold: Story): { paragraph: number; text: string; speaker: string }[] {
	const out = new Map<string, { paragraph: number; text: string; speaker: string }>();
	const items = [
		...gold.reactions.map((r) => ({ speaker: r.actor, sources: r.sources })),
		...gold.events.map((e) => ({ speaker: e.actors[0], sources: e.sources }))
	];
	for (const item of items) {
		if (!item.speaker) continue;
		for (const s of item.sources)
			for (const m of s.quote.matchAll(/["“]([^"”]+)["”]?/g)) {
				const text = m[1]!.trim();
				if (text.split(/\s+/).length < 2) continue;
				const key = `${s.paragraph}:${norm(text)}`;
				if (!out.has(key)) out.set(key, { paragraph: s.paragraph, text, speaker: item.speaker });
			}
	}
	return [...out.values()];
}

const RANK: Record<Precision, number> = { year: 0, month: 1, week: 2, day: 3 };

/** Counts for one article. */
export function evaluateDraft(pred: Story, quotes: readonly Quote[], gold: Story): EvalCounts {
	const actorMap = alignActors(pred, gold);
	const eventMap = new Map<string, string>();
	const counts: EvalCounts = {
		quotes: { gold: 0, correct: 0 },
		reactions: { gold: 0, predicted: 0, matched: 0 },
		dates: { gold: gold.events.length, aligned: 0, correct: 0 },
		actors: { gold: gold.actors.length, merged: 0 }
	};
	for (const g of gold.events) {
		const e = alignEvent(g, pred.events);
		if (!e) continue;
		eventMap.set(e.id, g.id);
		counts.dates.aligned++;
		if (
			RANK[e.when.precision] >= RANK[g.when.precision] &&
			sameAt(e.when.start, g.when.start, g.when.precision)
		)
			counts.dates.correct++;
	}
	for (const q of goldQuotes(gold)) {
		counts.quotes.gold++;
		const found = quotes.find(
			(p) =>
				p.paragraph === q.paragraph &&
				(norm(p.text).includes(norm(q.text)) || norm(q.text).includes(norm(p.text)))
		);
		if (found?.speaker && actorMap.get(found.speaker) === q.speaker) counts.quotes.correct++;
	}
	const key = (actor: string, stance: string, toward: string) => `${actor}|${stance}|${toward}`;
	const goldSet = new Set(gold.reactions.map((r) => key(r.actor, r.stance, r.toward)));
	const predSet = new Set(
		pred.reactions.map((r) =>
			key(
				actorMap.get(r.actor) ?? `?${r.actor}`,
				r.stance,
				actorMap.get(r.toward) ?? eventMap.get(r.toward) ?? `?${r.toward}`
			)
		)
	);
	counts.reactions.gold = goldSet.size;
	counts.reactions.predicted = predSet.size;
	for (const k of predSet) if (goldSet.has(k)) counts.reactions.matched++;
	for (const g of gold.actors) {
		const matches = pred.actors.filter((p) => actorMap.get(p.id) === g.id);
		if (matches.length === 1) counts.actors.merged++;
	}
	return counts;
}

/** Sums counts over articles. */
export function sumCounts(list: readonly EvalCounts[]): EvalCounts {
	const zero: EvalCounts = {
		quotes: { gold: 0, correct: 0 },
		reactions: { gold: 0, predicted: 0, matched: 0 },
		dates: { gold: 0, aligned: 0, correct: 0 },
		actors: { gold: 0, merged: 0 }
	};
	for (const c of list) {
		zero.quotes.gold += c.quotes.gold;
		zero.quotes.correct += c.quotes.correct;
		zero.reactions.gold += c.reactions.gold;
		zero.reactions.predicted += c.reactions.predicted;
		zero.reactions.matched += c.reactions.matched;
		zero.dates.gold += c.dates.gold;
		zero.dates.aligned += c.dates.aligned;
		zero.dates.correct += c.dates.correct;
		zero.actors.gold += c.actors.gold;
		zero.actors.merged += c.actors.merged;
	}
	return zero;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** Scores from counts. */
export function scores(c: EvalCounts): EvalScores {
	const p = ratio(c.reactions.matched, c.reactions.predicted);
	const r = ratio(c.reactions.matched, c.reactions.gold);
	return {
		quoteAccuracy: ratio(c.quotes.correct, c.quotes.gold),
		reactionPrecision: p,
		reactionRecall: r,
		reactionF1: p + r === 0 ? 0 : (2 * p * r) / (p + r),
		dateAccuracy: ratio(c.dates.correct, c.dates.aligned),
		eventRecall: ratio(c.dates.aligned, c.dates.gold),
		actorMerge: ratio(c.actors.merged, c.actors.gold)
	};
}
