import { afterEach, describe, expect, it, vi } from 'vitest';
import minimal from '../../../tests/fixtures/minimal.json';
import { DatasetSource } from './dataset.svelte';

/** A dataset like `minimal` whose title names it, as the text of a response. */
const named = (title: string) => JSON.stringify({ ...minimal, title: { en: title } });
const titleOf = (s: DatasetSource) => s.dataset?.title.en;

/** A fetch whose responses arrive when the test says (`answer(url, body)`). */
function deferredFetch() {
	const waiting = new Map<string, (r: Response) => void>();
	const fetcher = vi.fn(
		(url: string, init?: RequestInit) =>
			new Promise<Response>((resolve, reject) => {
				waiting.set(url, resolve);
				init?.signal?.addEventListener('abort', () => reject(new DOMException('', 'AbortError')));
			})
	);
	const answer = (url: string, body: string, status = 200) =>
		waiting.get(url)?.(new Response(body, { status }));
	return { fetcher, answer };
}

describe('DatasetSource', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('starts with the shipped dataset when the page names none', async () => {
		const s = new DatasetSource();
		await s.start(null);
		expect(s.origin).toEqual({ kind: 'shipped' });
		expect(s.dataset?.treaties.length).toBeGreaterThan(5);
		expect(s.issues).toEqual([]);
	});

	it("starts with the page's dataset, or the shipped one with the failure's problems and its address to retry", async () => {
		vi.stubGlobal('fetch', async () => new Response(named('Given')));
		const ok = new DatasetSource();
		await ok.start('https://example.org/d.json');
		expect(titleOf(ok)).toBe('Given');
		expect(ok.origin).toMatchObject({ kind: 'url', host: 'example.org' });

		vi.stubGlobal('fetch', async () => new Response('nope', { status: 404 }));
		const failed = new DatasetSource();
		await failed.start('https://example.org/d.json');
		expect(failed.origin).toEqual({ kind: 'shipped' });
		expect(failed.issues.map((i) => i.code)).toEqual(['load.http']);
		expect(failed.failedUrl).toBe('https://example.org/d.json');
	});

	it('keeps the dataset on screen when a load is refused', async () => {
		const s = new DatasetSource();
		await s.start(null);
		const before = s.dataset;
		expect(await s.loadFile(new File(['{"treaties": 1}'], 'bad.json'))).toBe(false);
		expect(s.dataset).toBe(before);
		expect(s.issues.length).toBeGreaterThan(0);
		s.dismissIssues();
		expect(s.issues).toEqual([]);
	});

	it('shows the most recent load, whichever finishes first, and aborts the earlier one', async () => {
		const { fetcher, answer } = deferredFetch();
		vi.stubGlobal('fetch', fetcher);
		const s = new DatasetSource();
		await s.start(null);
		const first = s.loadUrl('https://example.org/big.json');
		await vi.waitFor(() => expect(fetcher).toHaveBeenCalledTimes(1));
		const second = s.loadUrl('https://example.org/small.json');
		await vi.waitFor(() => expect(fetcher).toHaveBeenCalledTimes(2));
		answer('https://example.org/small.json', named('Small'));
		expect(await second).toBe(true);
		answer('https://example.org/big.json', named('Big'));
		expect(await first).toBe(false);
		expect(titleOf(s)).toBe('Small');
		expect(s.loading).toBe(false);
	});

	it("does not let an earlier load's failure replace a later load's problems", async () => {
		const { fetcher, answer } = deferredFetch();
		vi.stubGlobal('fetch', fetcher);
		const s = new DatasetSource();
		await s.start(null);
		const first = s.loadUrl('https://example.org/a.json');
		await vi.waitFor(() => expect(fetcher).toHaveBeenCalledTimes(1));
		const second = s.loadUrl('https://example.org/b.json');
		await vi.waitFor(() => expect(fetcher).toHaveBeenCalledTimes(2));
		answer('https://example.org/b.json', '{"treaties": []}');
		await second;
		const problems = s.issues;
		expect(problems.length).toBeGreaterThan(0);
		await first;
		expect(s.issues).toBe(problems);
		expect(s.failedUrl).toBe('https://example.org/b.json');
	});

	it('reads a relative address against the page, and names where each list of problems comes from', async () => {
		const fetcher = vi.fn(async (_url: string) => new Response(named('Relative')));
		vi.stubGlobal('fetch', fetcher);
		const s = new DatasetSource();
		await s.start(null);
		expect(await s.loadUrl('data/d.json', 'https://timeline.example/app/index.html')).toBe(true);
		expect(fetcher.mock.calls[0]![0]).toBe('https://timeline.example/app/data/d.json');
		expect(s.origin).toEqual({
			kind: 'url',
			url: 'https://timeline.example/app/data/d.json',
			host: 'timeline.example'
		});

		vi.stubGlobal('fetch', async () => new Response('{"treaties": []}'));
		await s.loadUrl('/other.json', 'https://timeline.example/app/');
		expect(s.issues.origin).toEqual({
			kind: 'url',
			url: 'https://timeline.example/other.json',
			host: 'timeline.example'
		});
		await s.loadFile(new File(['{"treaties": 1}'], 'broken.json'));
		expect(s.issues.origin).toEqual({ kind: 'file', name: 'broken.json' });
		expect(s.issues.length).toBeGreaterThan(1);
	});

	it('counts the problems left out of a long list', async () => {
		const s = new DatasetSource();
		await s.start(null);
		const raw = structuredClone(minimal) as {
			treaties: { events: unknown[] }[];
			context: unknown[];
		};
		raw.treaties[0]!.events = Array.from({ length: 1_000 }, () => ({}));
		await s.loadFile(new File([JSON.stringify(raw)], 'empty-events.json'));
		expect(s.issues).toHaveLength(1_000);
		expect(s.issues.omitted?.[0]).toMatchObject({ code: 'required' });
	});
});
