/**
 * Parses and validates a dataset's text off the main thread (remote.ts): thousands of events take
 * hundreds of ms to check, which would freeze the page as one long task. Given the text, answers
 * with the LoadResult (plain data: structured clone). Given `{ text, verdict: true }` (the page
 * has the schema's output already and is drawing it, unseen), answers with the Verdict only: the
 * page then does not spend a long task taking in a copy of what it has.
 */
import { parseDatasetText, verdictOf, type CheckRequest } from './load';

const scope = self as unknown as {
	onmessage: ((e: MessageEvent<CheckRequest>) => void) | null;
	postMessage(message: unknown): void;
};
scope.onmessage = (e) =>
	scope.postMessage(
		typeof e.data === 'string'
			? parseDatasetText(e.data)
			: verdictOf(parseDatasetText(String(e.data.text)))
	);
