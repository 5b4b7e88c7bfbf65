/**
 * Validation of a story against its article: the schema, then the
 * provenance checks (ids, references, paragraphs, verbatim quotes, dates).
 * Every problem is collected; nothing stops at the first.
 */
import * as v from 'valibot';
import type { Paragraph } from '../article/segment.ts';
import { formatPath, type Problem } from './problems.ts';
import { isRegion, REGION_NAMES } from './regions.ts';
import { Actor, Event, Reaction, Story, type When } from './schema.ts';
import { parseCalendar, partsOf } from './when.ts';

/** The outcome of validating one story. */
export type Validation = { ok: true; story: Story } | { ok: false; problems: Problem[] };

/** Validates a parsed `story.json` against the article's body paragraphs. */
export function validateStory(
	value: unknown,
	paragraphs: readonly Paragraph[],
	options: { file: string; slug?: string }
): Validation {
	const { file } = options;
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		const got = Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`;
		return {
			ok: false,
			problems: [{ file, path: '', message: `expected a story object, got ${got}` }]
		};
	}
	const parsed = v.safeParse(Story, value, { abortEarly: false });
	const problems: Problem[] = parsed.success
		? []
		: parsed.issues.map((issue) => ({
				file,
				path: formatPath((issue.path ?? []).map((p) => p.key as string | number)),
				message: issueMessage(issue)
			}));
	const add = (path: string, message: string) => problems.push({ file, path, message });
	// Where the schema fails, the parts that pass are still checked, so one
	// run reports every problem; an item that fails the schema still claims
	// its id, so references to it do not fail as well.
	const doc = value as Record<string, unknown>;
	const story = parsed.success ? parsed.output : undefined;
	const actors = story?.actors ?? valid(doc.actors, Actor);
	const events = story?.events ?? valid(doc.events, Event);
	const reactions = story?.reactions ?? valid(doc.reactions, Reaction);

	const slug = story?.slug ?? (typeof doc.slug === 'string' ? doc.slug : undefined);
	if (options.slug !== undefined && slug !== undefined && slug !== options.slug)
		add('slug', `"${slug}" does not match the folder name "${options.slug}"`);
	const published = story?.published ?? doc.published;
	if (
		typeof published === 'string' &&
		/^\d{4}-\d{2}-\d{2}$/.test(published) &&
		!parseCalendar(published)
	)
		add('published', `"${published}" is not a calendar date`);

	const seen = new Map<string, string>();
	const claim = (list: unknown, key: string) =>
		(Array.isArray(list) ? list : []).forEach((x: unknown, i) => {
			const id = (x as { id?: unknown } | null)?.id;
			if (typeof id !== 'string') return;
			const first = seen.get(id);
			if (first) add(`${key}[${i}].id`, `duplicate id "${id}" (first used at ${first})`);
			else seen.set(id, `${key}[${i}].id`);
		});
	claim(doc.actors, 'actors');
	claim(doc.events, 'events');
	claim(doc.reactions, 'reactions');
	const idsOf = (list: unknown) =>
		new Set(
			(Array.isArray(list) ? list : [])
				.map((x: unknown) => (x as { id?: unknown } | null)?.id)
				.filter((id): id is string => typeof id === 'string')
		);
	const actorIds = idsOf(doc.actors);
	const eventIds = idsOf(doc.events);
	// References are checked only against lists that exist.
	const canResolve = Array.isArray(doc.actors) && Array.isArray(doc.events);

	actors.forEach((a, i) => {
		if (a && a.country === null && !a.region)
			add(`actors[${i}].region`, 'an actor without a country needs a region');
		else if (a?.region && !isRegion(a.region))
			add(
				`actors[${i}].region`,
				`actor "${a.id}" has region "${a.region}", which the map cannot place; use one of: ${REGION_NAMES.join(', ')}`
			);
	});
	const checkItem = (
		base: string,
		item: { when: When; sources: { paragraph: number; quote: string }[] }
	) => {
		checkWhen(item.when, `${base}.when`, add);
		item.sources.forEach((s, j) => {
			const para = paragraphs[s.paragraph - 1];
			if (!para) {
				add(
					`${base}.sources[${j}].paragraph`,
					`paragraph ${s.paragraph} does not exist (the article has ${paragraphs.length})`
				);
			} else if (!para.text.includes(s.quote)) {
				add(`${base}.sources[${j}].quote`, `not found in paragraph ${s.paragraph}`);
			}
		});
	};

	events.forEach((e, i) => {
		if (!e) return;
		e.actors.forEach((id, j) => {
			if (canResolve && !actorIds.has(id))
				add(`events[${i}].actors[${j}]`, `unknown actor "${id}"`);
		});
		checkItem(`events[${i}]`, e);
	});
	reactions.forEach((r, i) => {
		if (!r) return;
		if (canResolve && !actorIds.has(r.actor))
			add(`reactions[${i}].actor`, `unknown actor "${r.actor}"`);
		if (canResolve && !actorIds.has(r.toward) && !eventIds.has(r.toward))
			add(`reactions[${i}].toward`, `"${r.toward}" is neither an actor nor an event`);
		checkItem(`reactions[${i}]`, r);
	});

	return problems.length || !story ? { ok: false, problems } : { ok: true, story };
}

/** Each element of a list that passes `schema`, else null (indexes kept). */
function valid<T extends v.GenericSchema>(list: unknown, schema: T): (v.InferOutput<T> | null)[] {
	return Array.isArray(list) ? list.map((x: unknown) => (v.is(schema, x) ? x : null)) : [];
}

function checkWhen(when: When, base: string, add: (path: string, message: string) => void) {
	const parts = partsOf(when.precision);
	const start = parseCalendar(when.start);
	if (!start) add(`${base}.start`, `"${when.start}" is not a calendar date`);
	else if (start.parts !== parts)
		add(`${base}.start`, `"${when.start}" does not match precision "${when.precision}"`);
	else if (when.precision === 'week' && new Date(`${when.start}T00:00:00Z`).getUTCDay() !== 1)
		add(`${base}.start`, `a week is given by its Monday; "${when.start}" is not a Monday`);
	if (when.end === undefined) return;
	const end = parseCalendar(when.end);
	if (!end) add(`${base}.end`, `"${when.end}" is not a calendar date`);
	else if (end.parts !== parts)
		add(`${base}.end`, `"${when.end}" does not match precision "${when.precision}"`);
	else if (start && when.end < when.start)
		add(`${base}.end`, `"${when.end}" is before start "${when.start}"`);
}

function issueMessage(issue: v.BaseIssue<unknown>): string {
	if (issue.kind === 'schema' && issue.type === 'object' && issue.input === undefined)
		return 'is required';
	if (issue.type === 'strict_object') return issue.message;
	return issue.message
		.replace(/^Invalid type: Expected (.*) but received (.*)$/, 'expected $1, got $2')
		.replace(/^expected \((.*)\), got/, 'expected one of $1, got')
		.replace(/^Invalid (length|value|type): /, '')
		.replace(/^Expected >=(\S+) but received (.*)$/, 'must be at least $1, got $2')
		.replace(/^Expected <=(\S+) but received (.*)$/, 'must be at most $1, got $2');
}
