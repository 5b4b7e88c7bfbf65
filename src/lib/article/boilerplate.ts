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
	/** True right after a bare caption label ("Image caption,"): this line is the caption. */
	afterCaptionLabel?: boolean;
}

/** A caption label on a line of its own, whose caption text follows on the next line. */
export const isCaptionLabel = (text: string) =>
	/^(image|photo|picture|video|media) caption\s*[,:]?$/i.test(text.trim());

/** Every word starts with a capital or digit (a name, not a sentence); "via", "and", "&" allowed. */
const titleCase = (ws: string[]) =>
	ws.length > 0 && ws.every((x) => /^[\p{Lu}0-9&/(]/u.test(x) || /^(via|and|of|the)$/.test(x));

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
// A banner addresses the reader ("we use", "your choices", "this site");
// a news sentence about cookies reports on others, so it does not match.
const CONSENT_CONTEXT =
	/\b(this (web)?site|our (web)?site|we use|we and our partners|(we|you) (can )?(store|access|consent|agree)|your (browser|device|preferences|privacy|choices|consent)|accept all|manage (settings|preferences|cookies)|cookie (settings|policy|preferences)|opt[- ]out|user experience)\b/i;

const UI_CONTROLS =
	/^(accept( all( cookies)?)?|reject( all)?|agree|i agree|ok(ay)?|got it|manage (preferences|settings|cookies)|cookie settings|share( this( article)?| (on|via|to) \w+( \w+)?)?|save|print|email|copy link|advertisement|sponsored|sign (in|up)( (for|to) [\w ]+)?|subscribe( now| to [\w ]+)?|log ?in|read more|skip to (main )?content|close|menu|search|listen( to this article)?|watch|more on this story|related (topics|stories|content)|top stories|follow us( on [\w ]+)?|©.*|copyright\b.*|all rights reserved\.?)$/i;

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
		test: ({ text, afterCaptionLabel }) => {
			const t = text.trim();
			if (afterCaptionLabel) return words(t).length <= 40;
			if (/^(image|photo|picture|video|media) (source|caption|credit)s?\b/i.test(t)) return true;
			// A bare agency credit ("Getty Images", "AFP via Getty Images"), not a sentence about one.
			return (
				/^(getty images|reuters|ap photo|afp|epa|pa media|shutterstock)\b/i.test(t) &&
				words(t).length <= 6 &&
				!endsLikeSentence(t) &&
				titleCase(words(t.replace(/[/,]/g, ' ')))
			);
		}
	},
	{
		reason: 'page-chrome',
		describe: 'a button, menu or footer line of the page',
		test: ({ text }) => {
			const t = text.trim();
			if (UI_CONTROLS.test(t) && words(t).length <= 8) return true;
			if (LINK_TEASER.test(t) && words(t).length <= 20) return true;
			// A time stamp line: "Published 2 hours ago", "Updated 28 February 2025, 14:05 GMT".
			return (
				/^((last )?updated|published|posted)\b/i.test(t) &&
				/\d|\bago\b|\b(yesterday|today)\b/i.test(t) &&
				words(t).length <= 8 &&
				!/\.$/.test(t)
			);
		}
	},
	{
		reason: 'masthead',
		describe: 'a site name or byline on a short line of its own before the body',
		test: ({ text, beforeBody }) => {
			const t = text.trim();
			const w = words(t);
			if (!beforeBody || endsLikeSentence(t)) return false;
			if (w.length <= 4 && t.length <= 32 && w.every((x) => /^[A-Z0-9&]/.test(x))) return true;
			// A byline: "By Jane Doe", "By Jane Doe and John Roe, BBC News".
			const byline = t.match(/^by\s+([^,]+)(?:,(.*))?$/i);
			return (
				!!byline &&
				w.length <= 12 &&
				byline[1]!
					.split(/\s+(?:and|&)\s+/)
					.every((name) => words(name).length <= 4 && titleCase(words(name)))
			);
		}
	}
];

/** The first rule that matches a line, or undefined for body text. */
export function matchBoilerplate(line: LineContext): BoilerplateRule | undefined {
	return BOILERPLATE_RULES.find((r) => r.test(line));
}
