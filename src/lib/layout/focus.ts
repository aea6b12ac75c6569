/**
 * The timeline's roving focus as pure rules: one event holds its single tab stop, and moving the
 * window by key keeps the focus on an event in it. Which event an arrow key goes to is
 * state/keys.ts (over navigation.ts).
 */
import type { TimelineEvent } from '$lib/data/events';
import type { Domain, Marker } from './types';

type Timed = Pick<TimelineEvent, 'ms' | 'lane'>;

/** What is drawn: the rows in the DOM (in scrolling lanes, only those near the visible part). */
export interface DrawnRows {
	lanes: readonly { index: number }[];
	/** Each in time order. */
	markers: readonly Marker[];
	members: readonly Marker[];
}

/** Whether a time is inside the window [d0, d1). */
export const inDomain = (ms: number, [d0, d1]: Domain): boolean => ms >= d0 && ms < d1;

/**
 * Whether an event is inside the window and its lane is drawn (any lane when `rows` is null).
 * @example inWindow(byId.get('berne-adoption'), [toUtcMs({ y: 1880 }), toUtcMs({ y: 1900 })], null) // true
 */
export function inWindow(e: Timed | undefined, domain: Domain, rows: DrawnRows | null): boolean {
	return !!e && inDomain(e.ms, domain) && (!rows || rows.lanes.some((l) => l.index === e.lane));
}

/**
 * The earliest event drawn: the earlier of the first single marker and the first cluster member.
 * @example firstInView(geo) // 'berne-adoption'
 */
export function firstInView(rows: DrawnRows | null): string | undefined {
	const a = rows?.markers[0];
	const b = rows?.members[0];
	return (a && b ? (a.index < b.index ? a : b) : (a ?? b))?.id;
}

export interface ActiveInput {
	/** The event last focused, and the one open in the details panel. */
	focused: string | null;
	selected: string | null;
	/** Every event in time order. */
	events: readonly TimelineEvent[];
	byId: ReadonlyMap<string, Timed>;
	/** The drawn window and rows (null before the first layout). */
	domain: Domain;
	rows: DrawnRows | null;
}

/**
 * The event holding the timeline's one tab stop: the focused one, else the selected one, else the
 * first event, whichever is drawn; else the first drawn; else the first of those that exists.
 * @example activeEvent({ focused: null, selected: 'rome-adoption', … }) // 'rome-adoption' when in view
 */
export function activeEvent(a: ActiveInput): string | null {
	const candidates = [a.focused, a.selected, a.events[0]?.id ?? null];
	const drawn = (id: string | null) => id !== null && inWindow(a.byId.get(id), a.domain, a.rows);
	return (
		candidates.find(drawn) ?? firstInView(a.rows) ?? candidates.find((id) => id !== null) ?? null
	);
}

/**
 * The window to show an event in: the same span centred on it, or null if it is in the window.
 * @example reveal([0, 10], 25) // [20, 30]
 */
export function reveal(domain: Domain, ms: number): Domain | null {
	if (inDomain(ms, domain)) return null;
	const half = (domain[1] - domain[0]) / 2;
	return [ms - half, ms + half];
}

/**
 * Where a key zooms around: the active event if it is in the window (so it stays in view and
 * keeps the focus), else the window's middle.
 * @example zoomCentre([0, 10], 8) // 8
 */
export function zoomCentre(domain: Domain, ms: number | undefined): number {
	return ms !== undefined && inDomain(ms, domain) ? ms : (domain[0] + domain[1]) / 2;
}

/**
 * After the window moved by key: the event to focus instead of the active one, which left the
 * window, i.e. the event nearest the window's middle (the earlier on a tie); null while the active
 * one is still in the window.
 * @example refocus(events, byId.get(activeId), view.domain)?.id
 */
export function refocus(
	events: readonly TimelineEvent[],
	active: Timed | undefined,
	domain: Domain
): TimelineEvent | null {
	if (active && inDomain(active.ms, domain)) return null;
	const mid = (domain[0] + domain[1]) / 2;
	let best: TimelineEvent | null = null;
	for (const e of events) if (!best || Math.abs(e.ms - mid) < Math.abs(best.ms - mid)) best = e;
	return best;
}
