/**
 * A dataset's text → a LoadResult, with the size limits. Big texts are checked in a worker
 * (data/loadWorker.ts): the page stays responsive. Small ones, and every text where no worker
 * can start (the single file under `file:`, whose policy allows no worker), in the page.
 */
import type { Issue } from '$lib/data/validate';
import { parseDatasetText, type LoadResult } from '$lib/data/load';
import { WORKER_CHARS, WORKER_OBJECTS } from '$lib/data/limits';

export const MAX_BYTES = 10 * 1024 * 1024;

/** A failed load with one error. */
export const fail = (code: string, params: Issue['params'] = {}): LoadResult => ({
	dataset: null,
	issues: [{ path: '', code, params, severity: 'error' }]
});

/**
 * Checks text as a dataset: in a worker above WORKER_CHARS characters or WORKER_OBJECTS objects,
 * else in the page. An
 * aborted check (a newer load began) stops its worker and answers `load.aborted`.
 */
export async function checkText(text: string, signal?: AbortSignal): Promise<LoadResult> {
	if (text.length > MAX_BYTES) return fail('load.tooBig', { max: '10 MB' });
	if (/^\s*</.test(text)) return fail('load.notJson');
	if (text.length > WORKER_CHARS || objects(text) > WORKER_OBJECTS) {
		const result = await inWorker(text, signal);
		if (signal?.aborted) return fail('load.aborted');
		if (result) return result;
	}
	return parseDatasetText(text);
}

/** How many `{` a text holds, counting stopped past WORKER_OBJECTS. */
function objects(text: string): number {
	let n = 0;
	for (let i = text.indexOf('{'); i >= 0 && n <= WORKER_OBJECTS; i = text.indexOf('{', i + 1)) n++;
	return n;
}

/** The worker's answer, or null where none can run, it fails (a policy, a crash) or is aborted. */
async function inWorker(text: string, signal?: AbortSignal): Promise<LoadResult | null> {
	let worker: Worker;
	try {
		if (typeof Worker === 'undefined' || location.protocol === 'file:') return null;
		worker = new Worker(new URL('../data/loadWorker.ts', import.meta.url), { type: 'module' });
	} catch {
		return null;
	}
	return new Promise((resolve) => {
		// Removed when done: a listener left on a live signal would keep this scope, and with it
		// the whole text, for as long as the signal lives.
		const abort = () => done(null);
		const done = (r: LoadResult | null) => {
			signal?.removeEventListener('abort', abort);
			worker.terminate();
			resolve(r);
		};
		worker.onmessage = (e: MessageEvent<LoadResult>) => done(e.data);
		worker.onerror = (e) => {
			e.preventDefault();
			done(null);
		};
		worker.onmessageerror = () => done(null);
		signal?.addEventListener('abort', abort, { once: true });
		worker.postMessage(text);
	});
}
