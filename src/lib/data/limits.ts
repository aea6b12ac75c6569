/**
 * Above this many characters (some 1 800 events), a dataset is parsed and checked in a worker, so
 * the page stays responsive. Also read by the build: index.html starts that worker as soon as a
 * `?data=` response says it is this big (vite.config.ts, `firstChunks`).
 */
export const WORKER_CHARS = 300_000;

/**
 * Or above this many `{` (objects, some 750 in a dataset of WORKER_CHARS): a short text of many
 * small broken records (60 KB of `{}`: 100 000 issues) costs as much to check as a big one.
 */
export const WORKER_OBJECTS = 2_000;

/**
 * Up to this many events, a dataset's first view is built in one task: checked, mounted, laid out
 * and drawn. Above it, each of those is a task of its own (main.ts, Timeline.svelte).
 */
export const ONE_TASK_EVENTS = 2_000;

/** Events in all (every treaty's and the context lane's): more is refused (`load.tooManyEvents`). */
export const MAX_EVENTS = 20_000;

/**
 * The most items each array of the format may hold (`array.long` beyond, with its path). The
 * schema (schema.ts) and the check before it (sizes.ts) both read them, so a hostile document is
 * refused before the elements of an over-long array are checked one by one; the views can then
 * draw every list whole. data/README.md documents them.
 */
export const LIMITS = {
	/** `treaties`: lanes. */
	treaties: 2_000,
	/** `events` of one treaty, and `context`. */
	events: MAX_EVENTS,
	/** The top-level `sources`. */
	sources: 5_000,
	/** `obligations` and `provisions` of one treaty. */
	obligations: 200,
	/** Every `claims` list. */
	claims: 50,
	/** A treaty's `administeredBy`. */
	administeredBy: 20,
	/** A record's list of source ids. */
	sourceIds: 100,
	/** `story` steps. */
	story: 1_000,
	/** A Text's `unverified` languages. */
	unverified: 3
} as const;

/** Issues kept of one load; the rest are counted by code ("and N more"). */
export const MAX_ISSUES = 1_000;

/** Combining marks kept on one base character; more are dropped with a `text.marks` warning. */
export const MAX_MARKS = 4;
