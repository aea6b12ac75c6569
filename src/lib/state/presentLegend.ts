/**
 * The presenter's compact legend: the party's glyphs on every step (the audience learns them
 * once), then only what the step's window shows — the other kinds of mark in it, hollow dashed
 * marks, ≤ and ≈ dates, delay lines.
 */
import { toUtcMs } from '$lib/data/dates';
import { treatyDelays } from '$lib/data/delays';
import type { TimelineEvent } from '$lib/data/events';
import type { EventKind, Treaty } from '$lib/data/schema';
import type { Domain } from '$lib/layout/types';

/** A kind of mark, the composite "joins" mark, or a style. */
export type LegendItem = EventKind | 'joining' | 'uncertain' | 'qualifier' | 'delay';

/** The party's glyphs: shown on every step when the dataset has them. */
const PARTY: readonly LegendItem[] = [
	'party-signature',
	'party-instrument',
	'party-entry-into-force',
	'joining'
];
/** The rest, in the order the legend lists them. */
const REST: readonly LegendItem[] = [
	'domestic-act',
	'adoption',
	'entry-into-force',
	'revision',
	'context',
	'uncertain',
	'qualifier',
	'delay'
];

/**
 * @example presentLegend(events, dataset.treaties, windowToDomain('1999-01', '1999-06')!)
 * // ['party-signature', 'party-instrument', 'party-entry-into-force', 'joining', 'entry-into-force', 'uncertain', 'qualifier', 'delay']
 */
export function presentLegend(
	events: readonly TimelineEvent[],
	treaties: readonly Treaty[],
	domain: Domain
): LegendItem[] {
	const all = new Set<LegendItem>(events.map((e) => e.event.kind));
	// A treaty the party joined: its instrument and entry into force, close together, are one mark.
	if (
		treaties.some(
			(t) =>
				t.events.some((e) => e.kind === 'party-instrument') &&
				t.events.some((e) => e.kind === 'party-entry-into-force')
		)
	)
		all.add('joining');
	const [d0, d1] = domain;
	const inView = new Set<LegendItem>();
	for (const e of events) {
		if (e.ms < d0 || e.ms >= d1) continue;
		inView.add(e.event.kind);
		if (e.event.evidence !== 'record') inView.add('uncertain');
		if (e.event.qualifier) inView.add('qualifier');
	}
	for (const t of treaties) {
		const d = treatyDelays(t).forceToPartyForce;
		if (!d) continue;
		const [a, b] = [toUtcMs(d.from.date), toUtcMs(d.to.date)];
		if (Math.min(a, b) < d1 && Math.max(a, b) > d0) inView.add('delay');
	}
	return [...PARTY.filter((k) => all.has(k)), ...REST.filter((k) => inView.has(k))];
}
