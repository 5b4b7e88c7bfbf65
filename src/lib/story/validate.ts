/**
 * Validation of a story against its article: the schema, then the
 * provenance checks (ids, references, paragraphs, verbatim quotes, dates).
 * Every problem is collected; nothing stops at the first.
 */
import * as v from 'valibot';
import type { Paragraph } from '../article/segment.ts';
import { formatPath, type Problem } from './problems.ts';
import { Story, type When } from './schema.ts';
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
	const parsed = v.safeParse(Story, value, { abortEarly: false });
	if (!parsed.success) {
		return {
			ok: false,
			problems: parsed.issues.map((issue) => ({
				file,
				path: formatPath((issue.path ?? []).map((p) => p.key as string | number)),
				message: issueMessage(issue)
			}))
		};
	}
	const story = parsed.output;
	const problems: Problem[] = [];
	const add = (path: string, message: string) => problems.push({ file, path, message });

	if (options.slug !== undefined && story.slug !== options.slug)
		add('slug', `"${story.slug}" does not match the folder name "${options.slug}"`);
	if (!parseCalendar(story.published))
		add('published', `"${story.published}" is not a calendar date`);

	const seen = new Map<string, string>();
	const claim = (id: string, path: string) => {
		const first = seen.get(id);
		if (first) add(path, `duplicate id "${id}" (first used at ${first})`);
		else seen.set(id, path);
	};
	story.actors.forEach((a, i) => claim(a.id, `actors[${i}].id`));
	story.events.forEach((e, i) => claim(e.id, `events[${i}].id`));
	story.reactions.forEach((r, i) => claim(r.id, `reactions[${i}].id`));

	const actorIds = new Set(story.actors.map((a) => a.id));
	const eventIds = new Set(story.events.map((e) => e.id));

	story.actors.forEach((a, i) => {
		if (a.country === null && !a.region)
			add(`actors[${i}].region`, 'an actor without a country needs a region');
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

	story.events.forEach((e, i) => {
		e.actors.forEach((id, j) => {
			if (!actorIds.has(id)) add(`events[${i}].actors[${j}]`, `unknown actor "${id}"`);
		});
		checkItem(`events[${i}]`, e);
	});
	story.reactions.forEach((r, i) => {
		if (!actorIds.has(r.actor)) add(`reactions[${i}].actor`, `unknown actor "${r.actor}"`);
		if (!actorIds.has(r.toward) && !eventIds.has(r.toward))
			add(`reactions[${i}].toward`, `"${r.toward}" is neither an actor nor an event`);
		checkItem(`reactions[${i}]`, r);
	});

	return problems.length ? { ok: false, problems } : { ok: true, story };
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
		.replace(/^Invalid (length|value|type): /, '');
}
