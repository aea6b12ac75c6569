/**
 * Explore filters: which treaties, kinds and context events the reader keeps (hash keys `kinds`,
 * `cats`, `treaties`, `context`). Small: part of the first view.
 */
import { EVENT_KINDS, type EventKind } from '$lib/data/model';
import type { Dataset, Treaty } from '$lib/data/schema';
import type { NavState } from './url';

/** The filter part of the hash (`null` = no filter on that dimension; `context: null` = shown). */
export type Filters = Pick<NavState, 'kinds' | 'cats' | 'treaties' | 'context'>;

/** Kinds the kind filter offers: context events have their own toggle. */
export const FILTER_KINDS = EVENT_KINDS.filter(
	(k): k is Exclude<EventKind, 'context'> => k !== 'context'
);

/** Whether a filter list keeps `value` (`null` keeps everything). */
export const passes = (list: string[] | null, value: string) => !list || list.includes(value);

/**
 * The treaties the category and treaty filters keep (both apply), with all their events: what
 * a comparison across treaties (the delay chart) shows. `f` may be the ViewState itself.
 * @example keptTreaties(ds, { kinds: null, cats: ['copyright'], treaties: null, context: null }).map((t) => t.id) // ['berne', 'wct']
 */
export function keptTreaties(dataset: Dataset, f: Filters): Treaty[] {
	return dataset.treaties.filter((t) => passes(f.cats, t.category) && passes(f.treaties, t.id));
}

/**
 * The dataset as the filters leave it: a new object, the input untouched. Treaties as
 * `keptTreaties`; their events stay when their kind passes. Context events follow `context` alone
 * (emptied when it is `false`), not `kinds`. Lanes follow the treaties kept, so
 * `orderEvents(applyFilters(…))` is exactly what the views draw. `f` may be the ViewState itself
 * (do not spread it: its fields are accessors).
 * @example applyFilters(ds, { kinds: null, cats: null, treaties: null, context: false }).context // []
 */
export function applyFilters(dataset: Dataset, f: Filters): Dataset {
	const kinds = f.kinds;
	const treaties = keptTreaties(dataset, f).map((t) =>
		kinds ? { ...t, events: t.events.filter((e) => kinds.includes(e.kind)) } : t
	);
	return { ...dataset, treaties, context: f.context === false ? [] : dataset.context };
}

/** How many filter dimensions narrow the view (for the "Filters (2)" summary). */
export function activeFilters(f: Filters): number {
	return [f.kinds, f.cats, f.treaties].filter(Boolean).length + (f.context === false ? 1 : 0);
}

/**
 * A filter list after (un)checking `id`: `null` when every choice is checked (the default keeps
 * links short), never empty (unchecking the last choice changes nothing; the UI disables it).
 * @example toggleChoice(null, ['a', 'b'], 'a', false) // ['b']
 */
export function toggleChoice(
	list: string[] | null,
	all: readonly string[],
	id: string,
	on: boolean
): string[] | null {
	const next = all.filter((x) => (x === id ? on : passes(list, x)));
	if (next.length === 0) return list;
	return next.length === all.length ? null : next;
}
