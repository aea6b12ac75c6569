/**
 * The dataset on screen and where it came from: the shipped one, a `?data=` address or a file the
 * reader loaded. Every load is read → checked (remote.ts, checkText.ts) → shown; a refused one
 * leaves the dataset on screen in place and its problems in `issues`. The most recent load wins:
 * starting one aborts the one before, and an earlier one that finishes late changes nothing.
 */
import type { Dataset } from '$lib/data/schema';
import type { LoadResult, Omitted } from '$lib/data/load';
import type { Issue } from '$lib/data/validate';
import { loadShipped } from '$lib/data/shipped';

export type Origin =
	| { kind: 'shipped' }
	| { kind: 'url'; url: string; host: string }
	| { kind: 'file'; name: string }
	| { kind: 'country'; name: string };

/**
 * One load's issues, as an array with the load's `origin` and the issues left out of a long list
 * (`omitted`, counted by code) as properties, the way d3-dsv's rows carry their `columns`: the
 * panel that lists them names the file or address they belong to.
 */
export type IssueList = Issue[] & { origin?: Origin; omitted?: Omitted[] };

export class DatasetSource {
	/** The dataset on screen (null only when even the shipped one could not load). */
	dataset = $state.raw<Dataset | null>(null);
	origin = $state.raw<Origin>({ kind: 'shipped' });
	/** The last load's problems: its errors, or the warnings of the dataset it put on screen. */
	issues = $state.raw<IssueList>([]);
	/** A load is under way. */
	loading = $state(false);
	/** The address of the last load when it failed (it can be tried again). */
	failedUrl = $state<string | null>(null);
	#latest = 0;
	#abort: AbortController | null = null;

	/** The page's first dataset: `url`'s, or the shipped one without a `url` or when it fails. */
	async start(url: string | null): Promise<void> {
		if (url && (await this.loadUrl(url))) return;
		await this.#load(loadShipped, { kind: 'shipped' }, true);
	}

	/**
	 * Fetches and checks a dataset; true when it is now on screen. A relative address is read
	 * against the page's (`page`, the page's own address by default).
	 */
	loadUrl(url: string, page = globalThis.location?.href): Promise<boolean> {
		const origin = { kind: 'url' as const, ...resolve(url, page) };
		const read = (signal: AbortSignal) =>
			import('./remote').then((m) => m.fetchDataset(origin.url, { signal, page }));
		return this.#load(read, origin);
	}

	/** Reads and checks a local file; true when it is now on screen. */
	loadFile(file: File): Promise<boolean> {
		const read = (signal: AbortSignal) =>
			import('./remote').then((m) => m.readDatasetFile(file, signal));
		return this.#load(read, { kind: 'file', name: file.name });
	}

	/** Back to the shipped dataset, the problems of earlier loads dismissed. */
	showShipped(): Promise<boolean> {
		this.issues = [];
		return this.#load(loadShipped, { kind: 'shipped' });
	}

	/** A dataset the page built (the compare view's country timelines), shown as it is. */
	showDataset(dataset: Dataset, origin: Origin): Promise<boolean> {
		this.issues = [];
		return this.#load(async () => ({ dataset, issues: [] }), origin);
	}

	/** The reader has read the last load's problems. */
	dismissIssues(): void {
		this.issues = [];
	}

	/** `keepIssues`: the shipped dataset after a failed first load keeps that load's problems (and
	 * its address, to try again). */
	async #load(
		read: (signal: AbortSignal) => Promise<LoadResult>,
		origin: Origin,
		keepIssues = false
	): Promise<boolean> {
		const request = ++this.#latest;
		this.#abort?.abort();
		const controller = (this.#abort = new AbortController());
		this.loading = true;
		let result: LoadResult;
		try {
			result = await read(controller.signal);
		} catch (error) {
			const params = { detail: error instanceof Error ? error.message.slice(0, 120) : '' };
			result = {
				dataset: null,
				issues: [{ path: '', code: 'load.network', params, severity: 'error' }]
			};
		}
		if (request !== this.#latest) return false;
		this.loading = false;
		if (!keepIssues || !result.dataset) {
			this.issues = Object.assign([...result.issues], { origin, omitted: result.omitted });
			this.failedUrl = !result.dataset && origin.kind === 'url' ? origin.url : null;
		}
		if (!result.dataset) return false;
		this.dataset = result.dataset;
		this.origin = origin;
		return true;
	}
}

/** An address resolved against the page's when relative, with its host; as given if it is none. */
function resolve(url: string, page: string | undefined): { url: string; host: string } {
	try {
		const { href, host } = new URL(url, page);
		return { url: href, host };
	} catch {
		return { url, host: url.slice(0, 80) };
	}
}
