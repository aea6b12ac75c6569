/**
 * Bringing in a dataset from elsewhere: a URL (`?data=https://…`) or a local file, read with
 * limits, then checked (checkText.ts). Every failure ends as an issue with a code the catalogue
 * renders in the reader's language; nothing throws. A chunk of its own, with the validator.
 */
import { checkText, fail, MAX_BYTES } from './checkText';
import type { LoadResult } from '$lib/data/load';

const TIMEOUT_MS = 15_000;

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
async function readCapped(res: Response, max: number): Promise<Uint8Array | null> {
	if (!res.body) return new Uint8Array(); // a null body is an empty one (a 204)
	const reader = res.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
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
 * Fetches a dataset over https (or http from the page's own server: the page's policy allows no
 * other) with normal CORS rules, a 15 s timeout, a 10 MB limit (checked while reading, whatever
 * the headers say) and the same UTF-8 check as a chosen file. `page` is the page's address.
 * @example await fetchDataset('https://example.org/data.json')
 */
export async function fetchDataset(
	url: string,
	opts: { timeoutMs?: number; fetcher?: typeof fetch; signal?: AbortSignal; page?: string } = {}
): Promise<LoadResult> {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return fail('load.badUrl', { value: url.slice(0, 80) });
	}
	if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
		return fail('load.scheme', { value: parsed.protocol });
	}
	if (parsed.protocol === 'http:' && parsed.origin !== originOf(opts.page)) {
		return fail('load.insecure', { value: parsed.origin });
	}
	const { timeoutMs = TIMEOUT_MS } = opts;
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), timeoutMs);
	opts.signal?.addEventListener('abort', () => controller.abort(), { once: true });
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
		const bytes = await readCapped(res, MAX_BYTES);
		if (!bytes) return fail('load.tooBig', { max: '10 MB' });
		const text = decodeUtf8(bytes);
		return text === null ? fail('load.notUtf8') : await checkText(text, opts.signal);
	} catch (e) {
		return controller.signal.aborted
			? fail('load.timeout', { seconds: Math.round(timeoutMs / 1000) })
			: fail('load.network', { detail: e instanceof Error ? e.message.slice(0, 120) : '' });
	} finally {
		clearTimeout(timer);
	}
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

/** The origin of an address (`https://example.org`), or null. */
function originOf(url: string | undefined): string | null {
	try {
		return url ? new URL(url).origin : null;
	} catch {
		return null;
	}
}

/**
 * Reads a local file as UTF-8 (a file in another encoding is refused, not garbled); `signal`
 * stops its check when a newer load begins.
 */
export async function readDatasetFile(file: Blob, signal?: AbortSignal): Promise<LoadResult> {
	if (file.size > MAX_BYTES) return fail('load.tooBig', { max: '10 MB' });
	let text: string | null;
	try {
		text = decodeUtf8(new Uint8Array(await bytesOf(file)));
	} catch {
		text = null;
	}
	return text === null ? fail('load.notUtf8') : checkText(text, signal);
}
