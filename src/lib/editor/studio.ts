/**
 * The client side of `npm run studio`'s Save: posts the story to the local
 * write endpoint and turns its answers into one outcome. The endpoint
 * exists only in the studio server; the static build has none.
 */
import type { Story } from '../story/schema.ts';

/** Where the studio server takes saves. */
export const SAVE_URL = '/__studio/save';

/** What a save asks the server to write. */
export interface SaveRequest {
	story: Story;
	/** The article's text, written as `article.txt` for a new story. */
	article?: string;
	/** Hash of `story.json` as loaded; null or absent for a story new to the data folder. */
	baseHash?: string | null;
	/** True once the editor has agreed to replace a file that exists or changed. */
	overwrite?: boolean;
}

/** The server's answer. */
export type SaveResponse =
	| { ok: true; hash: string; file: string }
	| { ok: false; conflict: 'exists' | 'changed'; message: string }
	| { ok: false; problems: string[]; message: string };

/** The outcome shown to the editor. */
export type SaveOutcome =
	{ ok: true; hash: string; message: string } | { ok: false; message: string };

/**
 * Saves; where the file exists or changed since it was loaded, asks
 * `confirm` before overwriting, and sends again only if it says yes.
 */
export async function saveToStudio(
	req: SaveRequest,
	confirm: (question: string) => boolean,
	post: (body: SaveRequest) => Promise<SaveResponse> = postJson
): Promise<SaveOutcome> {
	let res: SaveResponse;
	try {
		res = await post(req);
		if (!res.ok && 'conflict' in res) {
			if (!confirm(`${res.message} Overwrite it?`))
				return { ok: false, message: 'Not saved: the file on disk was kept.' };
			res = await post({ ...req, overwrite: true });
		}
	} catch (e) {
		return { ok: false, message: `Not saved: ${e instanceof Error ? e.message : String(e)}` };
	}
	if (res.ok) return { ok: true, hash: res.hash, message: `Saved ${res.file}.` };
	return {
		ok: false,
		message:
			'problems' in res ? `Not saved: ${res.message}\n${res.problems.join('\n')}` : res.message
	};
}

async function postJson(body: SaveRequest): Promise<SaveResponse> {
	const r = await fetch(SAVE_URL, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body)
	});
	if (r.status === 404) throw new Error('this site has no write endpoint (run `npm run studio`)');
	return (await r.json()) as SaveResponse;
}
