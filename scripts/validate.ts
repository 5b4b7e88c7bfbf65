/**
 * `npm run validate [-- --data <dir>] [--quiet]`: checks every story folder
 * (by default those of `NEWSLINE_STORIES`, else `data/stories`)
 * and prints every problem as `file: path: reason`. Exits 1 on any problem.
 */
import { loadStories, storiesDirs } from '../src/lib/server/stories.ts';
import { formatProblem } from '../src/lib/story/problems.ts';

const args = process.argv.slice(2);
const dataAt = args.indexOf('--data');
const quiet = args.includes('--quiet');
if (dataAt >= 0 && !args[dataAt + 1]) {
	console.error('validate: --data needs a folder, e.g. --data data/stories');
	process.exit(2);
}
const dir = dataAt >= 0 ? args[dataAt + 1]! : storiesDirs();

let loaded: ReturnType<typeof loadStories>;
try {
	loaded = loadStories(dir);
} catch (e) {
	// Every known fault is a problem value; anything else still gets one line, not a trace.
	console.error(`validate: could not check ${dir}: ${e instanceof Error ? e.message : String(e)}`);
	process.exit(2);
}
const { stories, problems } = loaded;
for (const p of problems) console.error(formatProblem(p));
if (problems.length) {
	console.error(
		`\n${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was published.`
	);
	process.exit(1);
}
if (stories.length === 0) {
	console.error(`validate: no stories found in ${dir}`);
	process.exit(1);
}
if (!quiet)
	for (const { story, paragraphs } of stories)
		console.log(
			`ok  ${story.slug}: ${paragraphs.length} paragraphs, ${story.actors.length} actors, ${story.events.length} events, ${story.reactions.length} reactions`
		);
