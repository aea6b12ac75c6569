/**
 * Keyboard stepping as data (STYLE.md G): pure neighbour look-ups over the time-ordered events.
 * ←/→ walk time order; ↑/↓ jump to the nearest non-empty lane above or below, to the event
 * closest in date.
 */
import type { TimelineEvent } from '$lib/data/events';

/**
 * The next (dir 1) or previous (dir −1) event in time order, staying put at either end. An unknown
 * id (nothing focused yet) starts at the first or the last event.
 * @example nextEvent(events, 'berne-adoption', 1)?.id // 'berne-in-force'
 */
export function nextEvent(
	events: readonly TimelineEvent[],
	id: string | null,
	dir: 1 | -1
): TimelineEvent | null {
	const i = id === null ? -1 : events.findIndex((e) => e.id === id);
	if (i < 0) return (dir === 1 ? events[0] : events.at(-1)) ?? null;
	const j = Math.min(Math.max(i + dir, 0), events.length - 1);
	return events[j] ?? null;
}

/**
 * The event in the nearest non-empty lane above (dir −1) or below (dir 1) the given event's lane,
 * closest in date; on a tie the earlier one. Null at the top or bottom, or for an unknown id.
 * @example laneNeighbour(events, 'berne-kz-in-force', 1, 7)?.id // 'rome-kz-law' (2012, nearer than 1964)
 */
export function laneNeighbour(
	events: readonly TimelineEvent[],
	id: string,
	dir: 1 | -1,
	laneCount: number
): TimelineEvent | null {
	const from = events.find((e) => e.id === id);
	if (!from) return null;
	for (let lane = from.lane + dir; lane >= 0 && lane < laneCount; lane += dir) {
		let best: TimelineEvent | null = null;
		let bestDistance = Infinity;
		// Events are in time order, so on equal distance the first one met is the earlier: strict <.
		for (const e of events) {
			if (e.lane !== lane) continue;
			const distance = Math.abs(e.ms - from.ms);
			if (distance < bestDistance) {
				best = e;
				bestDistance = distance;
			}
		}
		if (best) return best;
	}
	return null;
}
