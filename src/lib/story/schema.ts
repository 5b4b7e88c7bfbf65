/**
 * The one schema of a story. Types are inferred from it and shared by the
 * app, the validator, ingest and the tests.
 */
import * as v from 'valibot';

/** Ids: lowercase kebab-case, unique across actors, events and reactions. */
export const Id = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase kebab-case (a-z, 0-9, -)')
);

/** A calendar value at year, month or day precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const CalendarValue = v.pipe(
	v.string(),
	v.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
);

export const PRECISIONS = ['year', 'month', 'week', 'day'] as const;
export const STANCES = ['supportive', 'critical', 'neutral', 'mixed'] as const;
export const ACTOR_KINDS = ['person', 'government', 'party', 'organisation', 'group'] as const;

/** When an item happened, as precisely as the article says and no more. */
export const When = v.object({
	/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a week is given by its Monday. */
	start: CalendarValue,
	/** Optional end of a range, same precision as `start`, not before it. */
	end: v.optional(CalendarValue),
	precision: v.picklist(PRECISIONS),
	/** True where the article is vague ("in recent days", "earlier"). */
	approximate: v.boolean(),
	/** The article's own words for the time ("Friday", "in 2019"). */
	phrase: v.pipe(v.string(), v.minLength(1, 'must not be empty')),
	/** Order of items on the same day. */
	sequence: v.optional(v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1)))
});

/** Where an item comes from: a body paragraph and a verbatim quote from it. */
export const Source = v.object({
	paragraph: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1)),
	quote: v.pipe(v.string(), v.minLength(1, 'must not be empty'))
});

const Sources = v.pipe(v.array(Source), v.minLength(1, 'every item needs at least one source'));

/** Fields ingest adds to a drafted item. */
const DraftFields = {
	/** How sure ingest is of the item, 0–1. */
	confidence: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
	/** Why an editor should look at the item. */
	review: v.optional(v.string()),
	/** An editor's remark, e.g. where the article errs. */
	note: v.optional(v.string())
};

export const Actor = v.object({
	id: Id,
	name: v.pipe(v.string(), v.minLength(1, 'must not be empty')),
	kind: v.picklist(ACTOR_KINDS),
	/** ISO 3166-1 alpha-2, or null for actors without one country. */
	country: v.nullable(
		v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'))
	),
	/** Where an actor without a country belongs, e.g. "Europe". */
	region: v.optional(v.string()),
	/** Who the actor is, as the article words it. */
	role: v.string(),
	...DraftFields
});

export const Event = v.object({
	id: Id,
	label: v.pipe(v.string(), v.minLength(1, 'must not be empty')),
	actors: v.array(Id),
	when: When,
	sources: Sources,
	...DraftFields
});

export const Reaction = v.object({
	id: Id,
	label: v.pipe(v.string(), v.minLength(1, 'must not be empty')),
	actor: Id,
	/** The actor or event reacted to. */
	toward: Id,
	/** Stance toward `toward`. */
	stance: v.picklist(STANCES),
	/** Where the reaction was made ("Truth Social", "X", "statement"), or null. */
	channel: v.nullable(v.string()),
	when: When,
	sources: Sources,
	...DraftFields
});

export const Story = v.object({
	slug: Id,
	title: v.pipe(v.string(), v.minLength(1, 'must not be empty')),
	outlet: v.pipe(v.string(), v.minLength(1, 'must not be empty')),
	sourceUrl: v.nullable(v.pipe(v.string(), v.url('must be a URL'))),
	published: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')),
	language: v.pipe(v.string(), v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'must be a language tag')),
	/** True for a story drafted by ingest and not yet reviewed. */
	draft: v.optional(v.boolean()),
	actors: v.array(Actor),
	events: v.array(Event),
	reactions: v.array(Reaction)
});

export type Story = v.InferOutput<typeof Story>;
export type Actor = v.InferOutput<typeof Actor>;
export type StoryEvent = v.InferOutput<typeof Event>;
export type Reaction = v.InferOutput<typeof Reaction>;
export type When = v.InferOutput<typeof When>;
export type Source = v.InferOutput<typeof Source>;
export type Stance = (typeof STANCES)[number];
export type Precision = (typeof PRECISIONS)[number];
