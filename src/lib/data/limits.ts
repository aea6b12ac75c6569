/**
 * Above this many characters (some 1 800 events), a dataset is parsed and checked in a worker: the
 * page stays responsive, and on two cores the worker's check runs beside the main thread's own
 * start-up work. (Checking 5 000 events in the page was measured no faster, kept ~0.5 MB more JS
 * heap and made a task of over 200 ms.) Also read by the build: index.html starts that worker as
 * soon as a `?data=` response says it is this big (vite.config.ts, `firstChunks`).
 */
export const WORKER_CHARS = 300_000;

/**
 * Up to this many events, a dataset's first view is built in one task: checked, mounted, laid out
 * and drawn. Above it, each of those is a task of its own (one task would be ~200 ms at 5 000),
 * at the price of a frame or so between them (main.ts, Timeline.svelte).
 */
export const ONE_TASK_EVENTS = 2_000;
