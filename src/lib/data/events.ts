/**
 * The dataset's events as one flat list in time order: the order the timeline, the keyboard, the
 * table and the lecture mode all share. Ties on the date are broken by kind (in the order of
 * EVENT_KINDS), then by treaty order (context events last).
 */
import {
	parseDate,
	precisionOf,
	PRECISION_RANK,
	toUtcMs,
	type CalendarDate,
	type Precision
} from './dates';
import { EVENT_KINDS } from './model';
import type { Dataset, Treaty, TreatyEvent } from './schema';

export interface TimelineEvent {
	id: string;
	/** `null` for a context event. */
	treaty: Treaty | null;
	/** Lane index: the treaty's index, or `treaties.length` for context events. */
	lane: number;
	event: TreatyEvent;
	date: CalendarDate;
	precision: Precision;
	/** Start of the date's period, ms since epoch (UTC). */
	ms: number;
	/** Position in time order. */
	index: number;
}

const kindRank = new Map<string, number>(EVENT_KINDS.map((k, i) => [k, i]));

/**
 * Sort key comparator: date, then kind, then lane. The date as compareDates orders it: the start
 * of its period (`ms`, already computed), then year before month before day precision.
 */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
	return (
		a.ms - b.ms ||
		PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision] ||
		(kindRank.get(a.event.kind) ?? 99) - (kindRank.get(b.event.kind) ?? 99) ||
		a.lane - b.lane
	);
}

/**
 * Flattens treaties' events and context events into one list sorted in time order.
 * Events with an unparseable date are skipped (the validator reports them).
 * @example orderEvents(dataset)[0].id // 'berne-adoption'
 */
export function orderEvents(dataset: Dataset): TimelineEvent[] {
	// Datasets are never mutated: the app, the view state and the views share one ordering.
	const known = ordered.get(dataset);
	if (known) return known;
	const out: TimelineEvent[] = [];
	const push = (event: TreatyEvent, treaty: Treaty | null, lane: number) => {
		const date = parseDate(event.date);
		if (!date) return;
		out.push({
			id: event.id,
			treaty,
			lane,
			event,
			date,
			precision: precisionOf(date),
			ms: toUtcMs(date),
			index: 0
		});
	};
	dataset.treaties.forEach((t, i) => t.events.forEach((e) => push(e, t, i)));
	for (const e of dataset.context) push(e, null, dataset.treaties.length);
	out.sort(compareEvents);
	out.forEach((e, i) => (e.index = i));
	ordered.set(dataset, out);
	return out;
}
const ordered = new WeakMap<Dataset, TimelineEvent[]>();
