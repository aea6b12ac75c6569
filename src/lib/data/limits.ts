/**
 * Above this many characters (some 1 800 events), a dataset is parsed and checked in a worker, so
 * the page stays responsive. Also read by the build: index.html starts that worker as soon as a
 * `?data=` response says it is this big (vite.config.ts, `firstChunks`).
 */
export const WORKER_CHARS = 300_000;

/**
 * Up to this many events, a dataset's first view is built in one task: checked, mounted, laid out
 * and drawn. Above it, each of those is a task of its own (main.ts, Timeline.svelte).
 */
export const ONE_TASK_EVENTS = 2_000;
