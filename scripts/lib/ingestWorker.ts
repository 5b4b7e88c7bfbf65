/**
 * Worker thread of `npm run ingest` for many files: ingests the files it
 * is sent, one message per file, and answers with the outcome.
 */
import { parentPort } from 'node:worker_threads';
import { ingestFile, type IngestOptions } from './ingestFile.ts';

parentPort?.on('message', (msg: { file: string; options: IngestOptions } | null) => {
	if (msg === null) return process.exit(0);
	parentPort!.postMessage(ingestFile(msg.file, msg.options));
});
