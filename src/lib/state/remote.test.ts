import { describe, expect, it } from 'vitest';
import minimal from '../../../tests/fixtures/minimal.json';
import { fetchDataset, readDatasetFile } from './remote';

const ok = (body: string, headers: Record<string, string> = {}) =>
	(async () => new Response(body, { status: 200, headers })) as unknown as typeof fetch;
const codes = (r: { issues: { code: string }[] }) => r.issues.map((i) => i.code);

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
	it('times out', async () => {
		const fetcher = ((_u: string, init: RequestInit) =>
			new Promise((_, reject) =>
				init.signal?.addEventListener('abort', () => reject(new Error('aborted')))
			)) as unknown as typeof fetch;
		const r = await fetchDataset('https://x.org/slow.json', { fetcher, timeoutMs: 20 });
		expect(r.issues[0]).toMatchObject({ code: 'load.timeout' });
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
	it('reads a valid file', async () => {
		const r = await readDatasetFile(new Blob([JSON.stringify(minimal)]));
		expect(r.dataset).not.toBeNull();
	});
});
