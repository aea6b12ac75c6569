/**
 * The parts of the first view that follow it (header actions, source line, search, filters,
 * legend, overview strip, and the canvas for many events), as one chunk: one request for all of
 * them (with `?data=` they are all needed before the first paint), not one each. chunks.ts loads
 * them from here.
 */
export * as headerActions from './HeaderActions.svelte';
export * as dataSource from './DataSource.svelte';
export * as searchBox from './SearchBox.svelte';
export * as filterBar from './FilterBar.svelte';
export * as legend from './Legend.svelte';
export * as overview from './Overview.svelte';
export * as markCanvas from './MarkCanvas.svelte';
