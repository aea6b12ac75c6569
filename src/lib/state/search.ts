/**
 * Search over a dataset, in every language whatever the interface's: a chunk of its own, loaded
 * when the search box is first used (the box and its keys, combo.ts, are in the first view).
 * The index (searchIndex.ts) is built once per dataset; matching and ranking are searchRank.ts.
 */
export { buildSearchIndex } from './searchIndex';
export { searchIndex, type Hit, type HitGroup } from './searchRank';
