/**
 * Views loaded as chunks of their own (the first view's bytes: scripts/first-view.mjs), through
 * `chunk()`: once a module is in, `{#await}` renders it in the same pass. The parts of the first
 * view that follow its first frame have one loader each here (all from one chunk, viewParts.ts),
 * requested once that frame is painted, with an outline in their place until then.
 */
import { firstFrame } from '$lib/state/firstFrame.svelte';

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

const never = new Promise<never>(() => {});

/**
 * A part of the first view that follows its first frame: `load()` once the frame is painted
 * (firstFrame), a promise that never settles before, so `{#await}` shows the part's outline.
 */
export function afterFirstFrame<T>(load: Chunk<T>): T | Promise<T> {
	return firstFrame.painted ? load() : never;
}

// Requested once the first frame is painted (afterFirstFrame): one chunk for the four parts.
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

/** With `?data=` many events are likely: main.ts starts the canvas's chunk beside the dataset's. */
export function warmCanvas(): Promise<unknown> {
	return Promise.resolve(markCanvas()).catch(() => null);
}
