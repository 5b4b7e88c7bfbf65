/**
 * Stance of a statement toward its target: from the reporting verb where it
 * carries one ("condemned", "welcomed", "denied"), else from the words the
 * actor said (a quote or a reported clause), negation-aware ("did not
 * welcome" is critical), never from sentiment scores.
 */
import type { Stance } from '../story/schema.ts';
import {
	DENIAL,
	NAMED_THING_AFTER,
	NEGATIONS,
	PLEDGE_VERBS,
	ACTS_AGAINST,
	STANCE_VERBS,
	STANCE_WORDS,
	STATEMENT_VERB_STANCES,
	APPEAL_VERBS,
	CALM_WORDS
} from './lexicon.ts';

/** A stance and the words that carry it. */
export interface StanceReading {
	stance: Stance;
	/** The words read ("condemned", "unacceptable"), empty when neutral by default. */
	cue: string;
	/** How sure the reading is: a stance verb is surer than words in a quote. */
	confidence: number;
}

const VERB_STANCE: Record<string, Stance> = { ...STANCE_VERBS, ...STATEMENT_VERB_STANCES };

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
// A word matches with its common endings: "concern" finds "concerns", "scandal" finds "scandalous".
const WORDS = (['critical', 'supportive'] as const).map(
	(k) =>
		[
			k,
			new RegExp(
				`\\b(?:${STANCE_WORDS[k].map(escape).join('|')})(?:s|es|d|ed|ing|ly|ous|ful)?\\b`,
				'giu'
			)
		] as const
);
/** After "back": a retreat ("back down", "backed off", "backing away"), not support. */
const BACK_AWAY = /^\s+(?:down|off|away)\b/i;
/** Before "back": a verb it is the particle of ("hit back", "fired back", "came back"), not support. */
const BACK_PARTICLE =
	/\b(?:\p{L}+ed|hit|hits|hitting|fire|fires|firing|shot|shoot|shoots|fought|fight|fights|struck|strike|strikes|came|come|comes|went|go|goes|got|get|gets|held|hold|holds|brought|bring|ran|run|set|cut|put|wrote|write|spoke|speak)\s+$/iu;

/**
 * Whether a form of "back" is something other than support: a retreat (`after`
 * opens "down", "off", "away") or the particle of another verb (`before` ends
 * "hit", "fired", …).
 */
export function backIsNotSupport(form: string, before: string, after: string): boolean {
	if (!/^back/i.test(form)) return false;
	return BACK_AWAY.test(after) || (/^back$/i.test(form) && BACK_PARTICLE.test(before));
}

/** Appeals for calm take no side: "urged restraint", "called for calm". */
const CALM = new RegExp(`^\\s+(?:[\\w'’"“”-]+\\s+){0,8}?["“]?(?:${CALM_WORDS.join('|')})\\b`, 'i');

/** A pledged act against what it names: "to fight the closure", not "to fight for the ferry". */
const ACT_AGAINST = new RegExp(`^(${ACTS_AGAINST.join('|')})\\s+(?!for\\b|on\\b|back\\b)`, 'i');
/** What a pledge promises: "to …", right away or after a phrase of up to ten words without a stop. */
const PLEDGED_ACT =
	/^\s*(?:(?:in|on|at|during|before|after|ahead of|for|by|with|under)\s+[^.;:"“”]{0,80}?\s)?to\s/i;

/** Whether an appeal ("urged …", "called on …") asks only for calm: "urged both sides to show restraint". */
export function appealsForCalm(verb: string, said: string): boolean {
	return APPEAL_VERBS.includes(verb) && calmAfter(said);
}

/** Whether the words after an appeal ask only for calm ("for restraint on all sides"). */
export function calmAfter(said: string): boolean {
	return CALM.test(said);
}

/** A participle or a need after "badly": it says how much, not how well. */
const DEGREE_AFTER = /^\s+(?:\p{L}+(?:ed|en)|needs?|wants?)\b/iu;

/** Stance carried by the words of a span, negation-aware; neutral when none. */
export function stanceOfWords(words: string): StanceReading {
	const found: { stance: 'critical' | 'supportive'; cue: string }[] = [];
	for (const [stance, re] of WORDS)
		for (const m of words.matchAll(re)) {
			// "Honestly, …", "Frankly, …": an adverb set off by a comma qualifies the speaking.
			if (/ly$/i.test(m[0]) && /^\s*,/.test(words.slice(m.index + m[0].length))) continue;
			// "badly needed", "badly damaged": an adverb of degree, not a judgement ("handled it badly" is).
			if (/^badly$/i.test(m[0]) && DEGREE_AFTER.test(words.slice(m.index + m[0].length))) continue;
			// "back down", "hit back": a retreat or a particle, not support.
			if (backIsNotSupport(m[0], words.slice(0, m.index), words.slice(m.index + m[0].length)))
				continue;
			// "the attack on …", "the scandal,": a head noun after "the" names a thing, it does not
			// judge it ("the illegal occupation", "the right decision" still do).
			if (
				/\bthe\s+$/i.test(words.slice(Math.max(0, m.index - 4), m.index)) &&
				!/\s/.test(m[0]) &&
				NAMED_THING_AFTER.test(words.slice(m.index + m[0].length))
			)
				continue;
			const negated = NEGATIONS.test(words.slice(Math.max(0, m.index - 30), m.index));
			found.push({
				stance: negated ? (stance === 'critical' ? 'supportive' : 'critical') : stance,
				cue: negated ? `not ${m[0]}` : m[0]
			});
		}
	const critical = found.filter((f) => f.stance === 'critical');
	const supportive = found.filter((f) => f.stance === 'supportive');
	if (!found.length) {
		// "We don't target civilians": a denial is critical of what it denies.
		const denial = words.match(DENIAL);
		if (denial) return { stance: 'critical', cue: denial[0].trim(), confidence: 0.45 };
		return { stance: 'neutral', cue: '', confidence: 0.4 };
	}
	if (critical.length && supportive.length) {
		if (critical.length >= 2 * supportive.length)
			return { stance: 'critical', cue: critical[0]!.cue, confidence: 0.5 };
		if (supportive.length >= 2 * critical.length)
			return { stance: 'supportive', cue: supportive[0]!.cue, confidence: 0.5 };
		return { stance: 'mixed', cue: `${critical[0]!.cue}, ${supportive[0]!.cue}`, confidence: 0.45 };
	}
	return { stance: found[0]!.stance, cue: found[0]!.cue, confidence: 0.55 };
}

/** Stance of a statement: its verb's, unless negated, else its words'. */
export function stanceOfStatement(verb: string, before: string, said: string): StanceReading {
	return verbStance(verb, before, said) ?? stanceOfWords(said);
}

/**
 * The stance a verb's side takes after a negation ending `before` ("declined to back" is
 * critical, "did not condemn" takes no side), or null where no negation stands or the verb
 * takes no side.
 */
export function turnedOver(stance: Stance, before: string): Stance | null {
	if (stance === 'neutral' || !NEGATIONS.test(before.slice(-30))) return null;
	return stance === 'supportive' ? 'critical' : 'neutral';
}

/** The stance a reporting verb carries ("condemned", "did not welcome", "urged calm"), or null. */
export function verbStance(verb: string, before: string, said: string): StanceReading | null {
	// A pledge takes the stance of what is pledged: "vowed to punish …" is critical.
	// The "to" may follow a short phrase: "vowed in its manifesto to scrap …".
	if (PLEDGE_VERBS.includes(verb) && PLEDGED_ACT.test(said)) {
		// "vowed to fight the closure" (not "to fight for the ferry"): against what it names.
		const against = said.replace(PLEDGED_ACT, '').match(ACT_AGAINST);
		if (against) return { stance: 'critical', cue: `${verb} to ${against[1]}`, confidence: 0.6 };
		const act = stanceOfWords(said);
		if (act.stance !== 'neutral') return { ...act, confidence: 0.6 };
	}
	let fromVerb = VERB_STANCE[verb];
	if (fromVerb && appealsForCalm(verb, said)) fromVerb = 'neutral';
	if (fromVerb && fromVerb !== 'mixed') {
		// A negation turns a side over; "did not confirm" takes none.
		const turned = turnedOver(fromVerb, before);
		if (turned) return { stance: turned, cue: `not ${verb}`, confidence: 0.6 };
		return { stance: fromVerb, cue: verb, confidence: 0.75 };
	}
	return null;
}
