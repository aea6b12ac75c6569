/**
 * The parts of the first view that follow it (header actions, source line, search, filters), as
 * one chunk: one request for all of them, not one each. chunks.ts loads them from here; the legend
 * and the overview strip (laterParts.ts) and the canvas for many events are chunks of their own.
 */
export { default as headerActions } from './HeaderActions.svelte';
export { default as dataSource } from './DataSource.svelte';
export { default as searchBox } from './SearchBox.svelte';
export { default as filterBar } from './FilterBar.svelte';
