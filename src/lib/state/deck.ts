/**
 * The lecture: the dataset's `story[]` as steps with a window each, or, without a story, every
 * event in time order. `step` in the URL is 1-based and indexes these steps; the title screen
 * (name and QR code) comes before step 1.
 */
import type { TimelineEvent } from '$lib/data/events';
import type { Dataset, Text } from '$lib/data/schema';
import { clampDomain } from '$lib/layout/zoom';
import type { Domain } from '$lib/layout/types';
import { windowToDomain } from './window';

export interface Step {
	/** The event shown, when the step names one. */
	event: string | null;
	/** The treaty shown (the event's, or the step's own). */
	treaty: string | null;
	domain: Domain;
	caption: Text | null;
}

const YEAR = 365.2425 * 86_400_000;

/** A window around an instant: `span` years, centred. */
function around(ms: number, years: number, home: Domain): Domain {
	return clampDomain([ms - (years / 2) * YEAR, ms + (years / 2) * YEAR], home);
}

/**
 * @example buildDeck(dataset, orderEvents(dataset), home)[0] // {event: 'berne-adoption', …}
 */
export function buildDeck(
	dataset: Dataset,
	events: readonly TimelineEvent[],
	home: Domain
): Step[] {
	const byId = new Map(events.map((e) => [e.id, e]));
	if (!dataset.story?.length) {
		return events.map((e) => ({
			event: e.id,
			treaty: e.treaty?.id ?? null,
			domain: around(e.ms, 12, home),
			caption: null
		}));
	}
	return dataset.story.map((s) => {
		const ev = s.event ? byId.get(s.event) : undefined;
		const treaty = s.treaty ?? ev?.treaty?.id ?? null;
		const own = s.from && s.to ? windowToDomain(s.from, s.to) : null;
		let domain: Domain;
		if (own) domain = clampDomain(own, home);
		else if (ev) domain = around(ev.ms, 12, home);
		else {
			const mine = events.filter((e) => e.treaty?.id === treaty).map((e) => e.ms);
			domain = mine.length
				? clampDomain([Math.min(...mine) - YEAR, Math.max(...mine) + YEAR], home)
				: home;
		}
		return { event: ev?.id ?? null, treaty, domain, caption: s.caption ?? null };
	});
}

/** Clamps a requested step into 1…steps (0 is the title screen). */
export function clampStep(step: number, steps: number): number {
	return Math.max(0, Math.min(steps, Math.round(step)));
}
