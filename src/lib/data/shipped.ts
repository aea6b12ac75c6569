/**
 * The shipped dataset, its own chunk. The first view loads it unless the page was given a dataset
 * URL (`?data=`): then it is fetched only if that fails, or when the reader goes back to it.
 */
import type { LoadResult } from './load';
import type { Dataset } from './schema';

/**
 * The shipped dataset is validated in CI (load.test.ts: no issue, and parsing changes nothing), so
 * the first view does not carry the validator; user-loaded datasets go through it.
 */
export const loadShipped = (): Promise<LoadResult> =>
	import('$data/kazakhstan.json').then((m) => ({
		dataset: m.default as unknown as Dataset,
		issues: []
	}));
