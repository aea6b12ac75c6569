/**
 * The shipped dataset, its own chunk. The first view loads it unless the page was given a dataset
 * URL (`?data=`): then it is fetched only if that fails, or when the reader goes back to it. It is
 * validated in CI (load.test.ts), so the first view does not carry the validator.
 */
import type { LoadResult } from './load';
import type { Dataset } from './schema';

export const loadShipped = (): Promise<LoadResult> =>
	import('$data/kazakhstan.json').then((m) => ({
		dataset: m.default as unknown as Dataset,
		issues: []
	}));
