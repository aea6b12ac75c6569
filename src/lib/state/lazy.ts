/**
 * Views outside the first one are chunks fetched on first use. `lazy()` wraps such a dynamic
 * import so that, once the module is in, `{#await view() then …}` renders it in the same pass:
 * Svelte renders a value that is not a promise at once, but a promise, even a settled one, only
 * in a later task (a panel would flash empty on every click).
 */

/** A chunk's loader: the module itself once loaded, else the promise of it. */
export interface Lazy<T> {
	(): T | Promise<T>;
	/** The module if it has loaded, else undefined. */
	loaded(): T | undefined;
}

/** @example const Panel = lazy(() => import('./Panel.svelte')); … {#await Panel() then m}… */
export function lazy<T>(load: () => Promise<T>): Lazy<T> {
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
