/**
 * Parses and checks a big dataset's text off the main thread (state/checkText.ts): thousands of
 * events take hundreds of ms to check, which would freeze the page as one long task. Answers the
 * text with its LoadResult (plain data: structured clone).
 */
import { parseDatasetText } from './load';

const scope = self as unknown as {
	onmessage: ((e: MessageEvent<string>) => void) | null;
	postMessage(message: unknown): void;
};
scope.onmessage = (e) => scope.postMessage(parseDatasetText(String(e.data)));
