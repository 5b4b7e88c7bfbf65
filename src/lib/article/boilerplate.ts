/**
 * Rules that recognise page clutter in an article as received: consent
 * banners, image and data-URI lines, captions, mastheads, share buttons.
 * Each rule is general (it describes a kind of line, not one article's
 * strings) and names the reason shown to an editor.
 */

/** Why a line was left out of the body. */
export type RemovalReason =
	'consent-banner' | 'image' | 'data-uri' | 'caption' | 'masthead' | 'page-chrome' | 'header';

/** What a rule sees of a line: its text and whether body text has begun. */
export interface LineContext {
	text: string;
	/** True until the first body paragraph has been kept. */
	beforeBody: boolean;
}

/** A boilerplate rule: a name, a reason and a test. */
export interface BoilerplateRule {
	reason: RemovalReason;
	/** Human-readable description shown in the segmentation report. */
	describe: string;
	test: (line: LineContext) => boolean;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);
const endsLikeSentence = (s: string) => /[.!?:;,"'”’)\]]$/.test(s.trim());

const CONSENT_SUBJECT = /\b(cookies?|consent|gdpr|tracking technologies)\b/i;
const CONSENT_CONTEXT =
	/\b(this (web)?site|our (web)?site|we use|we and our partners|your (browser|device|preferences|privacy|choices)|accept|privacy (policy|settings)|user experience|opt[- ]out|manage (settings|preferences))\b/i;

const UI_CONTROLS =
	/^(accept( all( cookies)?)?|reject( all)?|agree|i agree|ok(ay)?|got it|manage (preferences|settings|cookies)|cookie settings|share( this( article)?)?|save|print|email|copy link|advertisement|sponsored|sign (in|up)( (for|to) [\w ]+)?|subscribe( now| to [\w ]+)?|log ?in|read more|skip to (main )?content|close|menu|search|listen( to this article)?|watch|more on this story|related (topics|stories|content)|top stories|follow us( on [\w ]+)?|©.*|copyright\b.*|all rights reserved\.?)$/i;

/** A link to another story: "Read more: …", "Related: …", "See also: …". */
const LINK_TEASER =
	/^(read more|related|see also|also read|more on this story|watch|listen)\s*:\s*\S/i;

/** The rules, tried in order; the first that matches names the reason. */
export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
	{
		reason: 'data-uri',
		describe: 'a line that is mostly an inline data: URI',
		test: ({ text }) => {
			const m = text.match(
				/data:[a-z]+\/[a-z0-9.+-]+(;[a-z0-9=-]+)*(;base64)?,[A-Za-z0-9+/=%._-]*/i
			);
			return (
				!!m &&
				!/<(?:[\w-]+:)?(image|img)\b|!\[/i.test(text) &&
				m[0].length >= text.trim().length * 0.5
			);
		}
	},
	{
		reason: 'image',
		describe: 'an image element, markdown image, or bare image URL',
		test: ({ text }) => {
			const t = text.trim();
			return (
				/^<(?:[\w-]+:)?(image|img|picture|figure)\b[^>]*>.*<\/(?:[\w-]+:)?\1>$/is.test(t) ||
				/^<(?:[\w-]+:)?(img|image)\b[^>]*\/?>$/is.test(t) ||
				/^!\[[^\]]*\]\([^)]*\)$/s.test(t) ||
				/^(https?:\/\/\S+|\S+)\.(jpe?g|png|gif|webp|avif|svg)(\?\S*)?$/i.test(t)
			);
		}
	},
	{
		reason: 'consent-banner',
		describe: 'a cookie or consent notice',
		test: ({ text }) => CONSENT_SUBJECT.test(text) && CONSENT_CONTEXT.test(text)
	},
	{
		reason: 'caption',
		describe: 'a photo caption or credit line',
		test: ({ text }) =>
			/^(image|photo|picture|video) (source|caption|credit)s?\b/i.test(text.trim()) ||
			(/^(getty images|reuters|ap photo|afp|epa|pa media)(\b.*)?$/i.test(text.trim()) &&
				words(text).length <= 8)
	},
	{
		reason: 'page-chrome',
		describe: 'a button, menu or footer line of the page',
		test: ({ text }) =>
			(UI_CONTROLS.test(text.trim()) && words(text).length <= 8) ||
			(LINK_TEASER.test(text.trim()) && words(text).length <= 20)
	},
	{
		reason: 'masthead',
		describe: 'a lone short title-case line (a site name) before the body',
		test: ({ text, beforeBody }) => {
			const t = text.trim();
			const w = words(t);
			return (
				beforeBody &&
				w.length >= 1 &&
				w.length <= 4 &&
				t.length <= 32 &&
				!endsLikeSentence(t) &&
				w.every((x) => /^[A-Z0-9&]/.test(x))
			);
		}
	}
];

/** The first rule that matches a line, or undefined for body text. */
export function matchBoilerplate(line: LineContext): BoilerplateRule | undefined {
	return BOILERPLATE_RULES.find((r) => r.test(line));
}
