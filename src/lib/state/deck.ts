/**
 * The lecture: the dataset's `story[]` as steps with a window each, or, without a story, every
 * event in time order; then, when the party has instruments, the closing overview. `step` in the
 * URL is 1-based and indexes these steps; the title screen (name and QR code) comes before step 1.
 */
import type { TimelineEvent } from '$lib/data/events';
import type { Dataset, Text } from '$lib/data/schema';
import { isPartyKind } from '$lib/layout/markers';
import { clampDomain, MIN_SPAN_MS } from '$lib/layout/zoom';
import type { Domain } from '$lib/layout/types';
import { pathRows } from './pathRows';
import { windowToDomain } from './window';

export interface Step {
	/** The event shown, when the step names one. */
	event: string | null;
	/** The treaty shown (the event's, or the step's own). */
	treaty: string | null;
	domain: Domain;
	caption: Text | null;
	/** The closing overview: the party's instruments side by side, no chart. */
	overview?: true;
}

const YEAR = 365.2425 * 86_400_000;

/**
 * A step's event stays this share of its window away from the other events of its lane that could
 * fold with it into a count or a stack (a 1024 px screen's plot: about 30 px, more than the chart's
 * grouping distance). The party's own events never fold.
 */
export const APART = 1 / 25;

/** A window of 12 years centred on an instant. */
const around = (ms: number, home: Domain) => clampDomain([ms - 6 * YEAR, ms + 6 * YEAR], home);

/** The least or greatest of many numbers (no spread: 20 000 arguments can overflow the stack). */
const extent = (values: number[], pick: (a: number, b: number) => number) =>
	values.reduce((a, b) => pick(a, b));

/**
 * The window narrowed around `ev` (keeping where it sits in it) until the nearest event of its
 * lane that could fold with it is at least APART of the window away; `domain` when it already is.
 * Never narrower than MIN_SPAN_MS: events on the same day cannot be drawn apart.
 * @example apart([0, 100 * YEAR], ev, events, home) // [ev.ms - …, ev.ms + …] about 25 gaps wide
 */
export function apart(
	domain: Domain,
	ev: TimelineEvent,
	events: readonly TimelineEvent[],
	home: Domain
): Domain {
	if (isPartyKind(ev.event.kind)) return domain;
	let near = Infinity;
	for (const e of events)
		if (e !== ev && e.lane === ev.lane && !isPartyKind(e.event.kind))
			near = Math.min(near, Math.abs(e.ms - ev.ms));
	const span = domain[1] - domain[0];
	if (near >= span * APART) return domain;
	const f = Math.max(near / APART, MIN_SPAN_MS) / span;
	if (f >= 1) return domain;
	return clampDomain([ev.ms - (ev.ms - domain[0]) * f, ev.ms + (domain[1] - ev.ms) * f], home);
}

/**
 * @example buildDeck(dataset, orderEvents(dataset), home)[0] // {event: 'berne-adoption', …}
 * @example buildDeck(dataset, orderEvents(dataset), home).at(-1) // {overview: true, event: null, …}
 */
export function buildDeck(
	dataset: Dataset,
	events: readonly TimelineEvent[],
	home: Domain
): Step[] {
	const byId = new Map(events.map((e) => [e.id, e]));
	const steps: Step[] = dataset.story?.length
		? dataset.story.map((s) => {
				const ev = s.event ? byId.get(s.event) : undefined;
				const treaty = s.treaty ?? ev?.treaty?.id ?? null;
				const own = s.from && s.to ? windowToDomain(s.from, s.to) : null;
				let domain: Domain;
				if (own) domain = clampDomain(own, home);
				else if (ev) domain = around(ev.ms, home);
				else {
					const mine = events.filter((e) => e.treaty?.id === treaty).map((e) => e.ms);
					domain = mine.length
						? clampDomain([extent(mine, Math.min) - YEAR, extent(mine, Math.max) + YEAR], home)
						: home;
				}
				if (ev) domain = apart(domain, ev, events, home);
				return { event: ev?.id ?? null, treaty, domain, caption: s.caption ?? null };
			})
		: events.map((e) => ({
				event: e.id,
				treaty: e.treaty?.id ?? null,
				domain: apart(around(e.ms, home), e, events, home),
				caption: null
			}));
	// The party has instruments or entries into force: the lecture closes on them side by side.
	if (pathRows(dataset.treaties).length)
		steps.push({ event: null, treaty: null, domain: home, caption: null, overview: true });
	return steps;
}

/** Clamps a requested step into 1…steps (0 is the title screen). */
export function clampStep(step: number, steps: number): number {
	return Math.max(0, Math.min(steps, Math.round(step)));
}
