/**
 * Views loaded as chunks of their own (the first view's bytes: scripts/first-view.mjs), through `chunk()`: once a
 * module is in, `{#await}` renders it in the same pass. The first view's parts have one loader
 * each here (all from one chunk, viewParts.ts), shared by the components that render them and by
 * main.ts, which starts them while the dataset and catalogue load: rendering then finds them in
 * place (no fetch and no stylesheet `<link>` added in the middle of drawing the first view).
 */

/** A chunk's loader: the module itself once loaded, else the promise of it. */
export interface Chunk<T> {
	(): T | Promise<T>;
	/** The module if it has loaded, else undefined. */
	loaded(): T | undefined;
}

/**
 * Wraps a dynamic import so that, once the module is in, `{#await chunk() then …}` renders it in
 * the same pass (Svelte renders a value that is not a promise at once; a promise, even a settled
 * one, only in a later task once the import resolves again).
 */
export function chunk<T>(load: () => Promise<T>): Chunk<T> {
	let module: T | undefined;
	let pending: Promise<T> | undefined;
	const get = () =>
		module ??
		(pending ??= load().then(
			(m) => (module = m),
			(error: unknown) => {
				pending = undefined; // tried again next time (offline for a moment)
				throw error;
			}
		));
	return Object.assign(get, { loaded: () => module });
}

const parts = () => import('./viewParts');
export const headerActions = chunk(() => parts().then((m) => ({ default: m.headerActions })));
export const dataSource = chunk(() => parts().then((m) => ({ default: m.dataSource })));
export const searchBox = chunk(() => parts().then((m) => ({ default: m.searchBox })));
export const filterBar = chunk(() => parts().then((m) => ({ default: m.filterBar })));
// Drawn once the lanes are painted (Timeline.svelte): one chunk, requested then.
const later = () => import('./laterParts');
export const legend = chunk(() => later().then((m) => ({ default: m.legend })));
export const overview = chunk(() => later().then((m) => ({ default: m.overview })));
/** The filters' choices, built when the disclosure opens (warmed when the page is idle). */
export const filterPanel = chunk(() => import('./FilterPanel.svelte'));
/** Many events: their marks are drawn on a canvas (a chunk of its own: few events need none). */
export const markCanvas = chunk(() => import('./MarkCanvas.svelte'));

/**
 * Loads the first view's later parts (one chunk; with `many`, the canvas for many events too) and
 * keeps each part's module, so that rendering finds every one in place. Resolves when they are in
 * or failed (a failed part shows empty; it is tried again when rendered).
 */
export function warmFirstView(many = false): Promise<unknown> {
	const all = [headerActions, dataSource, searchBox, filterBar, ...(many ? [markCanvas] : [])];
	return Promise.all(all.map((load) => Promise.resolve(load()).catch(() => null)));
}
