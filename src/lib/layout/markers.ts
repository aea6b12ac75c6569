/**
 * Event markers: one per event, at its date's x and its lane's centre. Culling cuts the time-ordered
 * events to the visible window by binary search on `ms`, so a pan over thousands of events costs
 * O(log n + visible) (STYLE.md B.5).
 */
import { bisector } from 'd3';
import type { TimelineEvent } from '$lib/data/events';
import type { EventKind } from '$lib/data/schema';
import { rowY } from './lanes';
import type { TimeScale } from './timeScale';
import type { Lane, Marker } from './types';

const PARTY_KINDS: ReadonlySet<EventKind> = new Set([
	'party-signature',
	'party-instrument',
	'party-entry-into-force',
	'domestic-act'
]);

/**
 * Whether an event kind is an act of the party: drawn in its lane's lower row, never folded into
 * a count, always labelled.
 * @example isPartyKind('domestic-act') // true
 */
export function isPartyKind(kind: EventKind): boolean {
	return PARTY_KINDS.has(kind);
}

export interface MarkerOptions {
	/** Keep only markers within [-margin, width + margin] px (no culling without it). */
	width?: number;
	/** Default 16 px, so a marker half off the edge is still drawn. */
	margin?: number;
}

const byMs = bisector((e: TimelineEvent) => e.ms);

/**
 * Lays out markers for events in time order. Events whose lane is not in `lanes` (a filtered-out
 * treaty) get no marker.
 * @example layoutMarkers(orderEvents(dataset), createTimeScale(domain, [0, 800]), lanes, { width: 800 })
 * // [{ id: 'berne-adoption', x: 4.3, y: 20, lane: 0, kind: 'adoption', evidence: 'record', index: 0, party: false }, …]
 */
export function layoutMarkers(
	events: readonly TimelineEvent[],
	scale: TimeScale,
	lanes: readonly Lane[],
	opts: MarkerOptions = {}
): Marker[] {
	const laneByIndex = new Map(lanes.map((lane) => [lane.index, lane]));
	let lo = 0;
	let hi = events.length;
	if (opts.width !== undefined) {
		const margin = opts.margin ?? 16;
		// Lanes interleave in the list but time does not: cut by the ms of the window's pixel edges.
		lo = byMs.left(events, scale.invert(-margin));
		hi = byMs.right(events, scale.invert(opts.width + margin));
	}
	const out: Marker[] = [];
	for (let i = lo; i < hi; i++) {
		const e = events[i] as TimelineEvent;
		const lane = laneByIndex.get(e.lane);
		if (!lane) continue;
		const party = isPartyKind(e.event.kind);
		out.push({
			id: e.id,
			x: scale(e.ms),
			y: rowY(lane, party ? 'party' : 'treaty'),
			lane: e.lane,
			kind: e.event.kind,
			evidence: e.event.evidence,
			index: e.index,
			party
		});
	}
	return out;
}
