/**
 * A dataset's text → a LoadResult, with the size limits. Big texts are checked in a worker
 * (data/loadWorker.ts): the page stays responsive. Small ones, and every text where no worker
 * can start (the single file under `file:`, whose policy allows no worker), in the page.
 */
import type { Issue } from '$lib/data/validate';
import { parseDatasetText, type LoadResult } from '$lib/data/load';
import { WORKER_CHARS } from '$lib/data/limits';
import { eventCount } from '$lib/data/events';

export const MAX_BYTES = 10 * 1024 * 1024;
export const MAX_EVENTS = 20_000;

/** A failed load with one error. */
export const fail = (code: string, params: Issue['params'] = {}): LoadResult => ({
	dataset: null,
	issues: [{ path: '', code, params, severity: 'error' }]
});

/** Checks text as a dataset: in a worker above WORKER_CHARS characters, else in the page. */
export async function checkText(text: string): Promise<LoadResult> {
	if (text.length > MAX_BYTES) return fail('load.tooBig', { max: '10 MB' });
	if (/^\s*</.test(text)) return fail('load.notJson');
	const result = (text.length > WORKER_CHARS && (await inWorker(text))) || parseDatasetText(text);
	const n = result.dataset ? eventCount(result.dataset) : 0;
	return n > MAX_EVENTS ? fail('load.tooManyEvents', { count: n, max: MAX_EVENTS }) : result;
}

/** The worker's answer, or null where none can run or it fails (a policy, a crash). */
function inWorker(text: string): Promise<LoadResult | null> {
	let worker: Worker;
	try {
		if (typeof Worker === 'undefined' || location.protocol === 'file:')
			return Promise.resolve(null);
		worker = new Worker(new URL('../data/loadWorker.ts', import.meta.url), { type: 'module' });
	} catch {
		return Promise.resolve(null);
	}
	return new Promise((resolve) => {
		const done = (r: LoadResult | null) => {
			worker.terminate();
			resolve(r);
		};
		worker.onmessage = (e: MessageEvent<LoadResult>) => done(e.data);
		worker.onerror = (e) => {
			e.preventDefault();
			done(null);
		};
		worker.onmessageerror = () => done(null);
		worker.postMessage(text);
	});
}
