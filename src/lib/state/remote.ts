/**
 * Bringing in a dataset from elsewhere: a URL (`?data=https://…`) or a local file. Every failure
 * ends as an issue with a code the catalogue renders in the reader's language; nothing throws.
 * This module and the validator are one chunk, loaded on first use (one request, not two in a row).
 */
import type { Issue } from '$lib/data/validate';
import {
	checkShape,
	parseDatasetText,
	readJson,
	settle,
	type CheckRequest,
	type LoadResult,
	type Verdict
} from '$lib/data/load';
import { WORKER_CHARS } from '$lib/data/limits';
import { eventCount } from '$lib/data/events';

export const MAX_BYTES = 10 * 1024 * 1024;
export const MAX_EVENTS = 20_000;
export const TIMEOUT_MS = 15_000;

const fail = (code: string, params: Issue['params'] = {}): LoadResult => ({
	dataset: null,
	issues: [{ path: '', code, params, severity: 'error' }]
});

/**
 * A dataset loaded `provisional`ly: `dataset` is the schema's output (checkShape) while a worker
 * still runs the cross-record rules; `checking` settles to the real result (the same dataset, its
 * cleaned copy, or null with the errors). Whoever draws it keeps it unseen until then.
 */
export type Loaded = LoadResult & { checking?: Promise<LoadResult> };

/**
 * Validates text as a dataset, with the size limits; lazy-loads the validator. Big texts are
 * checked in a worker (a long task otherwise); small ones sooner in the page. `provisional`: a
 * big text that passes the schema is returned at once with `checking` (see Loaded), so that the
 * page draws it while the worker checks the rules, not after.
 */
export async function parseText(text: string, provisional = false): Promise<Loaded> {
	if (text.length > MAX_BYTES) return fail('load.tooBig', { max: '10 MB' });
	if (/^\s*</.test(text)) return fail('load.notJson');
	const result = text.length > WORKER_CHARS ? await inWorker(text, provisional) : null;
	return limited(result ?? parseDatasetText(text));
}

/** No more events than MAX_EVENTS. */
function limited(result: Loaded): Loaded {
	const n = result.dataset ? eventCount(result.dataset) : 0;
	return n > MAX_EVENTS ? fail('load.tooManyEvents', { count: n, max: MAX_EVENTS }) : result;
}

/** A big text checked in a worker (see parseText); null where no worker can run. */
async function inWorker(text: string, provisional: boolean): Promise<Loaded | null> {
	const worker = spare ?? startWorker();
	spare = null;
	if (!worker) return null;
	let shape = null;
	if (provisional) {
		try {
			shape = checkShape(readJson(text));
		} catch {
			// Not JSON: the worker says so, as for any text with schema issues.
		}
	}
	if (!shape) return ask<LoadResult>(worker, text);
	const dataset = shape;
	const checking = ask<Verdict>(worker, { text, verdict: true }).then((verdict) =>
		verdict ? settle(dataset, verdict) : parseDatasetText(text)
	);
	return { dataset, issues: [], checking };
}

/** A worker started while the dataset downloads, so that its script is ready when the text is. */
let spare: Worker | null = null;

function startWorker(): Worker | null {
	// index.html starts one as soon as a big `?data=` response's size is known (firstChunks).
	const scope = globalThis as { __datasetWorker?: Worker };
	const early = scope.__datasetWorker;
	if (early) {
		delete scope.__datasetWorker;
		return early;
	}
	if (typeof Worker === 'undefined' || location.protocol === 'file:') return null;
	try {
		return new Worker(new URL('../data/loadWorker.ts', import.meta.url), { type: 'module' });
	} catch {
		return null;
	}
}

/**
 * Sends a worker the text (or `{ text, verdict }`) and resolves with its answer (loadWorker.ts),
 * or null when it fails (a policy that forbids it, a crash): the caller then validates in the page.
 */
function ask<T>(worker: Worker, message: CheckRequest): Promise<T | null> {
	return new Promise((resolve) => {
		const done = (r: T | null) => {
			worker.terminate();
			resolve(r);
		};
		worker.onmessage = (e: MessageEvent<T>) => done(e.data);
		worker.onerror = (e) => {
			e.preventDefault();
			done(null);
		};
		worker.onmessageerror = () => done(null);
		worker.postMessage(message);
	});
}

/** UTF-8 text of `bytes` (a BOM dropped), or null for bytes in another encoding (never garbled). */
function decodeUtf8(bytes: Uint8Array): string | null {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return null;
	}
}

/**
 * A response body's bytes, counted as they arrive: null as soon as they pass `max`, the rest left
 * unread (the server may send no Content-Length, or a false one).
 */
async function readCapped(
	res: Response,
	max: number,
	onSize: (bytes: number) => void = () => {}
): Promise<Uint8Array | null> {
	if (!res.body) {
		const all = new Uint8Array(await res.arrayBuffer());
		return all.byteLength > max ? null : all;
	}
	const reader = res.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		onSize(size);
		if (size > max) {
			// Stops the download; a failure to cancel changes nothing for the reader.
			reader.cancel().catch(() => {});
			return null;
		}
		chunks.push(value);
	}
	const bytes = new Uint8Array(size);
	let at = 0;
	for (const c of chunks) {
		bytes.set(c, at);
		at += c.byteLength;
	}
	return bytes;
}

/**
 * Fetches a dataset over http(s) with normal CORS rules, a 15 s timeout, a 10 MB limit (checked
 * while reading, whatever the headers say) and the same UTF-8 check as a chosen file.
 * @example await fetchDataset('https://example.org/data.json')
 */
export async function fetchDataset(
	url: string,
	opts: { timeoutMs?: number; fetcher?: typeof fetch; provisional?: boolean } = {}
): Promise<Loaded> {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return fail('load.badUrl', { value: url.slice(0, 80) });
	}
	if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
		return fail('load.scheme', { value: parsed.protocol });
	}
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), opts.timeoutMs ?? TIMEOUT_MS);
	try {
		const res = await (opts.fetcher ?? fetch)(parsed.href, {
			signal: controller.signal,
			credentials: 'omit'
		});
		if (!res.ok) return fail('load.http', { status: res.status });
		const length = Number(res.headers.get('content-length') ?? 0);
		if (length > MAX_BYTES) return fail('load.tooBig', { max: '10 MB' });
		const type = res.headers.get('content-type') ?? '';
		if (/text\/html/i.test(type)) return fail('load.notJson');
		// A big text will be checked in a worker: start it while the text downloads.
		const big = (size: number) => {
			if (size > WORKER_CHARS) spare ??= startWorker();
		};
		big(length);
		const bytes = await readCapped(res, MAX_BYTES, big);
		if (!bytes) return fail('load.tooBig', { max: '10 MB' });
		const text = decodeUtf8(bytes);
		return text === null ? fail('load.notUtf8') : await parseText(text, opts.provisional);
	} catch (e) {
		return controller.signal.aborted
			? fail('load.timeout', { seconds: Math.round((opts.timeoutMs ?? TIMEOUT_MS) / 1000) })
			: fail('load.network', { detail: e instanceof Error ? e.message.slice(0, 120) : '' });
	} finally {
		clearTimeout(timer);
	}
}

/** What index.html's inline script started for `?data=`: that dataset's response, on its way. */
interface Prefetch {
	url: string;
	response: Promise<Response>;
	controller: AbortController;
}

/**
 * The fetch index.html started for exactly this URL, as a fetcher that answers once with it (the
 * caller's abort signal aborts it); undefined when the page started none.
 * @example fetchDataset(url, { fetcher: takePrefetch(url) })
 */
export function takePrefetch(url: string): typeof fetch | undefined {
	const scope = globalThis as { __datasetPrefetch?: Prefetch };
	const p = scope.__datasetPrefetch;
	if (!p || p.url !== url || !(p.response instanceof Promise)) return undefined;
	delete scope.__datasetPrefetch;
	return ((_input: RequestInfo | URL, init?: RequestInit) => {
		init?.signal?.addEventListener('abort', () => p.controller.abort(), { once: true });
		return p.response;
	}) as typeof fetch;
}

/** A Blob's bytes (FileReader where `arrayBuffer` is missing, as in older engines and jsdom). */
function bytesOf(file: Blob): Promise<ArrayBuffer> {
	if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
	return new Promise((resolve, reject) => {
		const reader = new FileReader();
		reader.onload = () => resolve(reader.result as ArrayBuffer);
		reader.onerror = () => reject(reader.error);
		reader.readAsArrayBuffer(file);
	});
}

/** Reads a local file as UTF-8 (a file in another encoding is refused, not garbled). */
export async function readDatasetFile(file: Blob): Promise<LoadResult> {
	if (file.size > MAX_BYTES) return fail('load.tooBig', { max: '10 MB' });
	let text: string | null;
	try {
		text = decodeUtf8(new Uint8Array(await bytesOf(file)));
	} catch {
		text = null;
	}
	return text === null ? fail('load.notUtf8') : parseText(text);
}
