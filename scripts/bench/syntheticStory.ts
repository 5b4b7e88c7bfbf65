/**
 * Seeded synthetic stories for the timeline benchmark and tests: `n`
 * events and reactions over 25 years, with busy days of many sequenced
 * items, and month, year, week and range items, some approximate.
 */
import type { Reaction, Story, StoryEvent, When } from '../../src/lib/story/schema.ts';

/** A small seeded PRNG (mulberry32): the same seed gives the same story. */
export function rng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const STANCES = ['supportive', 'critical', 'neutral', 'mixed'] as const;
const pad = (n: number) => String(n).padStart(2, '0');
const DAY = 86_400_000;
const FROM = Date.UTC(2000, 0, 1);
const SPAN_DAYS = 25 * 365;

/** A synthetic story of `n` items (about half reactions), from `seed`. */
export function syntheticStory(n: number, seed = 1): Story {
	const rand = rng(seed);
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
	const actors = Array.from({ length: 60 }, (_, i) => ({
		id: `actor-${i + 1}`,
		name: `Actor ${i + 1}`,
		kind: 'person' as const,
		country: null,
		role: 'synthetic'
	}));
	const busy = Array.from({ length: Math.max(1, Math.round(n / 25)) }, () =>
		Math.floor(rand() * SPAN_DAYS)
	);
	const seqOf = new Map<number, number>();
	const when = (): When => {
		const r = rand();
		const day = r < 0.5 ? pick(busy) : Math.floor(rand() * SPAN_DAYS);
		const d = new Date(FROM + day * DAY);
		const ymd = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
		const approximate = rand() < 0.3;
		if (r < 0.75) {
			const sequence = (seqOf.get(day) ?? 0) + 1;
			seqOf.set(day, sequence);
			return { start: ymd, precision: 'day', approximate, phrase: 'that day', sequence };
		}
		const ym = ymd.slice(0, 7);
		if (r < 0.85) return { start: ym, precision: 'month', approximate, phrase: 'that month' };
		if (r < 0.9)
			return { start: ymd.slice(0, 4), precision: 'year', approximate, phrase: 'that year' };
		if (r < 0.95) return { start: ymd, precision: 'week', approximate, phrase: 'that week' };
		const end = new Date(
			Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1 + Math.floor(rand() * 18), 1)
		);
		return {
			start: ym,
			end: `${end.getUTCFullYear()}-${pad(end.getUTCMonth() + 1)}`,
			precision: 'month',
			approximate,
			phrase: 'for months'
		};
	};
	const events: StoryEvent[] = [];
	const reactions: Reaction[] = [];
	for (let i = 0; i < n; i++) {
		const source = [{ paragraph: 1 + Math.floor(rand() * 40), quote: `synthetic quote ${i + 1}` }];
		if (i % 2 === 0 || events.length === 0)
			events.push({
				id: `event-${i + 1}`,
				label: `Synthetic event number ${i + 1} happens`,
				actors: [pick(actors).id, pick(actors).id],
				when: when(),
				sources: source
			});
		else
			reactions.push({
				id: `reaction-${i + 1}`,
				label: `Synthetic reaction ${i + 1}`,
				actor: pick(actors).id,
				toward: pick(events).id,
				stance: pick(STANCES),
				channel: null,
				when: when(),
				sources: source
			});
	}
	return {
		slug: `synthetic-${n}`,
		title: `Synthetic story of ${n} items`,
		outlet: 'newsline benchmark',
		sourceUrl: null,
		published: '2025-01-01',
		language: 'en',
		actors,
		events,
		reactions
	};
}
