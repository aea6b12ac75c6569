// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import minimal from '../../../tests/fixtures/minimal.json';
import { parseDatasetText } from '$lib/data/load';
import { WORKER_CHARS } from '$lib/data/limits';
import { fetchDataset, readDatasetFile } from './remote';
import { checkText } from './checkText';

const ok = (body: string, headers: Record<string, string> = {}) =>
	(async () => new Response(body, { status: 200, headers })) as unknown as typeof fetch;
const codes = (r: { issues: { code: string }[] }) => r.issues.map((i) => i.code);
const MB = 1024 * 1024;
const BOM = [0xef, 0xbb, 0xbf];
/** "{"é"}" with é as the Latin-1 byte 0xE9: not UTF-8. */
const LATIN1 = [0x7b, 0x22, 0xe9, 0x22, 0x7d];

/**
 * A fetch answering with a streamed body of `chunks` (no Content-Length, as with chunked transfer
 * encoding), produced only as they are read: `pulled` counts them, `cancelled` tells whether the
 * reader stopped the download.
 */
function streamed(chunks: Iterable<Uint8Array>, headers: Record<string, string> = {}) {
	const it = chunks[Symbol.iterator]();
	const state = { pulled: 0, cancelled: false };
	const fetcher = (async () =>
		new Response(
			new ReadableStream<Uint8Array>(
				{
					pull(c) {
						const next = it.next();
						if (next.done) return c.close();
						state.pulled++;
						c.enqueue(next.value);
					},
					cancel() {
						state.cancelled = true;
					}
				},
				{ highWaterMark: 0 }
			),
			{ status: 200, headers: { 'content-type': 'application/json', ...headers } }
		)) as unknown as typeof fetch;
	return { fetcher, state };
}
/** `n` chunks of `size` bytes of spaces (valid JSON whitespace). */
function* spaces(n: number, size = MB) {
	for (let i = 0; i < n; i++) yield new Uint8Array(size).fill(0x20);
}
const bytes = (...parts: (number[] | string)[]) =>
	parts.map((p) => (typeof p === 'string' ? new TextEncoder().encode(p) : new Uint8Array(p)));

describe('fetchDataset', () => {
	it('loads a valid dataset', async () => {
		const r = await fetchDataset('https://example.org/d.json', {
			fetcher: ok(JSON.stringify(minimal))
		});
		expect(r.dataset?.party.id).toBe(minimal.party.id);
	});
	it('refuses a non-http scheme without fetching', async () => {
		let called = false;
		const fetcher = (async () => ((called = true), new Response(''))) as unknown as typeof fetch;
		expect(codes(await fetchDataset('javascript:alert(1)', { fetcher }))).toEqual(['load.scheme']);
		expect(codes(await fetchDataset('file:///etc/passwd', { fetcher }))).toEqual(['load.scheme']);
		expect(called).toBe(false);
	});
	it('refuses http from another server without fetching (the page allows only https there)', async () => {
		const fetcher = vi.fn(ok(JSON.stringify(minimal)));
		const page = 'https://timeline.example/app/';
		const r = await fetchDataset('http://data.example/d.json', { fetcher, page });
		expect(r.issues).toEqual([
			expect.objectContaining({ code: 'load.insecure', params: { value: 'http://data.example' } })
		]);
		expect(fetcher).not.toHaveBeenCalled();
		// The page's own server may answer over http (a page served over http).
		const own = await fetchDataset('http://localhost:4173/d.json', {
			fetcher,
			page: 'http://localhost:4173/'
		});
		expect(own.dataset).not.toBeNull();
		expect(fetcher).toHaveBeenCalledTimes(1);
	});

	it('reports a 404', async () => {
		const fetcher = (async () => new Response('nope', { status: 404 })) as unknown as typeof fetch;
		expect((await fetchDataset('https://x.org/missing.json', { fetcher })).issues[0]).toMatchObject(
			{
				code: 'load.http',
				params: { status: 404 }
			}
		);
	});
	it('reports HTML instead of JSON', async () => {
		expect(
			codes(await fetchDataset('https://x.org/', { fetcher: ok('<!doctype html><p>hi') }))
		).toEqual(['load.notJson']);
	});
	it('refuses a file over 10 MB by its declared length', async () => {
		const r = await fetchDataset('https://x.org/big.json', {
			fetcher: ok('{}', { 'content-length': String(11 * 1024 * 1024) })
		});
		expect(codes(r)).toEqual(['load.tooBig']);
	});
	it('refuses a body over 10 MB sent without Content-Length, without reading it all', async () => {
		const { fetcher, state } = streamed(spaces(64));
		const r = await fetchDataset('https://x.org/chunked.json', { fetcher });
		expect(codes(r)).toEqual(['load.tooBig']);
		// 10 MB plus the one chunk that crossed the line; the other 53 never came.
		expect(state.pulled).toBe(11);
		expect(state.cancelled).toBe(true);
	});
	it('refuses a body longer than its (false) Content-Length says', async () => {
		const { fetcher, state } = streamed(spaces(12), { 'content-length': '100' });
		expect(codes(await fetchDataset('https://x.org/liar.json', { fetcher }))).toEqual([
			'load.tooBig'
		]);
		expect(state.pulled).toBe(11);
	});
	it('reads a streamed body of exactly 10 MB (the limit is not off by one)', async () => {
		const json = new TextEncoder().encode(JSON.stringify(minimal));
		const pad = new Uint8Array(10 * MB - json.byteLength).fill(0x20);
		const { fetcher } = streamed([json, ...spaces(1, pad.byteLength)]);
		const r = await fetchDataset('https://x.org/d.json', { fetcher });
		expect(codes(r)).toEqual([]);
		expect(r.dataset?.party.id).toBe(minimal.party.id);
	});
	it('joins a dataset split into many chunks, even inside a multi-byte letter', async () => {
		const text = new TextEncoder().encode(JSON.stringify(minimal));
		const chunks = Array.from({ length: Math.ceil(text.length / 7) }, (_, i) =>
			text.slice(i * 7, i * 7 + 7)
		);
		const { fetcher } = streamed(chunks);
		const r = await fetchDataset('https://x.org/d.json', { fetcher });
		expect(r.dataset).toEqual((await readDatasetFile(new Blob([text]))).dataset);
		expect(r.dataset?.title.ru).toBe(minimal.title.ru);
	});
	it('refuses bytes that are not UTF-8 with the same message as a chosen file', async () => {
		const { fetcher } = streamed(bytes(LATIN1));
		const r = await fetchDataset('https://x.org/latin1.json', { fetcher });
		expect(codes(r)).toEqual(['load.notUtf8']);
		expect(r).toEqual(await readDatasetFile(new Blob([new Uint8Array(LATIN1)])));
	});
	it('refuses Latin-1 even when the server calls it UTF-8', async () => {
		const fetcher = (async () =>
			new Response(new Uint8Array(LATIN1), {
				headers: { 'content-type': 'application/json; charset=utf-8' }
			})) as unknown as typeof fetch;
		expect(codes(await fetchDataset('https://x.org/l.json', { fetcher }))).toEqual([
			'load.notUtf8'
		]);
	});
	it('accepts a UTF-8 file with a byte order mark, as a chosen file is', async () => {
		const { fetcher } = streamed(bytes(BOM, JSON.stringify(minimal)));
		const r = await fetchDataset('https://x.org/bom.json', { fetcher });
		expect(codes(r)).toEqual([]);
		expect(r.dataset?.party.id).toBe(minimal.party.id);
		const file = await readDatasetFile(new Blob([...bytes(BOM, JSON.stringify(minimal))]));
		expect(file.dataset).toEqual(r.dataset);
	});
	it('times out', async () => {
		const fetcher = ((_u: string, init: RequestInit) =>
			new Promise((_, reject) =>
				init.signal?.addEventListener('abort', () => reject(new Error('aborted')))
			)) as unknown as typeof fetch;
		const r = await fetchDataset('https://x.org/slow.json', { fetcher, timeoutMs: 20 });
		expect(r.issues[0]).toMatchObject({ code: 'load.timeout' });
	});
	it('times out when the body stalls after the headers', async () => {
		const fetcher = ((_u: string, init: RequestInit) =>
			Promise.resolve(
				new Response(
					new ReadableStream({
						start(c) {
							c.enqueue(new TextEncoder().encode('{"schemaVersion": 1,'));
							init.signal?.addEventListener('abort', () => c.error(new Error('aborted')));
						}
					})
				)
			)) as unknown as typeof fetch;
		const r = await fetchDataset('https://x.org/stall.json', { fetcher, timeoutMs: 20 });
		expect(codes(r)).toEqual(['load.timeout']);
	});
	it('passes validation issues through', async () => {
		const bad = structuredClone(minimal) as Record<string, unknown>;
		bad.schemaVersion = 2;
		const r = await fetchDataset('https://x.org/d.json', { fetcher: ok(JSON.stringify(bad)) });
		expect(r.dataset).toBeNull();
		expect(codes(r)).toContain('schema.version');
	});
});

describe('readDatasetFile', () => {
	it('refuses a file that is not UTF-8', async () => {
		const latin1 = new Blob([new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d])]);
		expect(codes(await readDatasetFile(latin1))).toEqual(['load.notUtf8']);
	});
	it('refuses a file over 10 MB by its size', async () => {
		expect(codes(await readDatasetFile(new Blob([...spaces(11)])))).toEqual(['load.tooBig']);
	});
	it('reads a valid file', async () => {
		const r = await readDatasetFile(new Blob([JSON.stringify(minimal)]));
		expect(r.dataset).not.toBeNull();
	});
});

describe('checkText with a worker (a big text)', () => {
	/** A stand-in for loadWorker.ts, answering in a later task as a worker would. */
	class FakeWorker {
		static made: FakeWorker[] = [];
		static fails = false;
		received: unknown[] = [];
		terminated = false;
		onmessage: ((e: { data: unknown }) => void) | null = null;
		onerror: ((e: { preventDefault(): void }) => void) | null = null;
		onmessageerror: (() => void) | null = null;
		constructor() {
			FakeWorker.made.push(this);
		}
		postMessage(message: string) {
			this.received.push(message);
			setTimeout(() => {
				if (FakeWorker.fails) return this.onerror?.({ preventDefault() {} });
				this.onmessage?.({ data: parseDatasetText(message) });
			});
		}
		terminate() {
			this.terminated = true;
		}
	}
	afterEach(() => {
		vi.unstubAllGlobals();
		FakeWorker.made = [];
		FakeWorker.fails = false;
	});
	/** The dataset as a text long enough for the worker (trailing spaces are valid JSON). */
	const big = (raw: unknown) => JSON.stringify(raw) + ' '.repeat(WORKER_CHARS);
	const repeatedId = () => {
		const raw = structuredClone(minimal) as { treaties: { events: { id: string }[] }[] };
		raw.treaties[0]!.events[1]!.id = raw.treaties[0]!.events[0]!.id;
		return raw;
	};

	it('checks it in the worker and returns its result', async () => {
		vi.stubGlobal('Worker', FakeWorker);
		const r = await checkText(big(minimal));
		expect(r.dataset).toEqual(parseDatasetText(JSON.stringify(minimal)).dataset);
		expect(FakeWorker.made).toHaveLength(1);
		expect(typeof FakeWorker.made[0]!.received[0]).toBe('string');
		expect(FakeWorker.made[0]!.terminated).toBe(true);
	});

	it('reports what the worker finds wrong (a rule across records)', async () => {
		vi.stubGlobal('Worker', FakeWorker);
		const r = await checkText(big(repeatedId()));
		expect(r.dataset).toBeNull();
		expect(codes(r)).toContain('id.duplicate');
	});

	it('checks in the page when the worker fails or none can start', async () => {
		vi.stubGlobal('Worker', FakeWorker);
		FakeWorker.fails = true;
		expect(codes(await checkText(big(repeatedId())))).toContain('id.duplicate');
		vi.unstubAllGlobals();
		expect(codes(await checkText(big(repeatedId())))).toContain('id.duplicate');
	});

	it('checks a short text of many objects in the worker (60 KB of {} costs 100 000 issues)', async () => {
		vi.stubGlobal('Worker', FakeWorker);
		const raw = structuredClone(minimal) as {
			treaties: { events: unknown[] }[];
			context: unknown[];
		};
		raw.treaties[0]!.events = Array.from({ length: 20_000 }, () => ({}));
		raw.context = [];
		const text = JSON.stringify(raw);
		expect(text.length).toBeLessThan(WORKER_CHARS);
		const r = await checkText(text);
		expect(FakeWorker.made).toHaveLength(1);
		expect(r.issues).toHaveLength(1_000);
		expect(r.omitted?.[0]?.code).toBe('required');
		expect(r.omitted?.[0]?.count).toBeGreaterThan(98_000);
	});

	it('stops the worker when a newer load aborts the check', async () => {
		vi.stubGlobal('Worker', FakeWorker);
		const controller = new AbortController();
		const pending = checkText(big(minimal), controller.signal);
		expect(FakeWorker.made[0]!.terminated).toBe(false);
		controller.abort();
		// At once, not when its answer comes.
		expect(FakeWorker.made[0]!.terminated).toBe(true);
		expect(codes(await pending)).toEqual(['load.aborted']);
	});

	it('lets go of the signal when the worker answers (a listener left on it keeps the whole text)', async () => {
		vi.stubGlobal('Worker', FakeWorker);
		const controller = new AbortController();
		const added: unknown[] = [];
		const removed: unknown[] = [];
		const signal = controller.signal;
		signal.addEventListener = (_t: string, l: unknown) => void added.push(l);
		signal.removeEventListener = (_t: string, l: unknown) => void removed.push(l);
		expect((await checkText(big(minimal), signal)).dataset).not.toBeNull();
		expect(added).toHaveLength(1);
		expect(removed).toEqual(added);
	});

	it('checks a small text in the page, without a worker', async () => {
		vi.stubGlobal('Worker', FakeWorker);
		expect((await checkText(JSON.stringify(minimal))).dataset).not.toBeNull();
		expect(FakeWorker.made).toHaveLength(0);
	});
});
