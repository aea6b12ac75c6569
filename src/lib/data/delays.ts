/**
 * Delays between a treaty's milestones, as data (no words: the UI formats them). A delay is given
 * in the coarsest unit that still says something: whole years from two years on, else whole months
 * from one month on, else days. An end that comes before its start (a declaration of continued
 * application taking effect from independence) is `retroactive`, never a negative delay.
 */
import { compareDates, daysBetween, monthsBetween, parseDate, type CalendarDate } from './dates';
import type { EventKind, Evidence, Qualifier, Treaty } from './schema';

type DelayUnit = 'years' | 'months' | 'days';

export interface Delay {
	kind: DelayUnit | 'retroactive';
	/** Whole units, never negative; for `retroactive`, how far the end lies before the start. */
	value: number;
	/** The unit of `value` (equals `kind` unless retroactive). */
	unit: DelayUnit;
	/** Whole days between the two dates, never negative. */
	days: number;
}

/** A delay as days, negative where retroactive (for sorting, bar lengths and CSV). */
export const signedDays = (d: Delay) => (d.kind === 'retroactive' ? -d.days : d.days);

/**
 * The delay from one date to another.
 * @example computeDelay({ y: 1887, m: 12, d: 5 }, { y: 1999, m: 4, d: 12 }) // { kind: 'years', value: 111, unit: 'years', days: 40670 }
 */
export function computeDelay(from: CalendarDate, to: CalendarDate): Delay {
	const retroactive = compareDates(to, from) < 0;
	// monthsBetween wants its earlier date first; the direction is carried by `kind`.
	const [a, b] = retroactive ? [to, from] : [from, to];
	const { months } = monthsBetween(a, b);
	const days = daysBetween(a, b);
	const [unit, value]: [DelayUnit, number] =
		months >= 24
			? ['years', Math.floor(months / 12)]
			: months >= 1
				? ['months', months]
				: ['days', days];
	return { kind: retroactive ? 'retroactive' : unit, value, unit, days };
}

/** One end of a delay, with what the UI needs to draw an uncertain end differently. */
export interface DelayEnd {
	id: string;
	date: CalendarDate;
	evidence: Evidence;
	qualifier?: Qualifier;
}

export interface TreatyDelay {
	from: DelayEnd;
	to: DelayEnd;
	delay: Delay;
	/** Either end is inferred, article-only or qualified (`on-or-before`, `about`): dash it. */
	uncertain: boolean;
}

/** The delays the app shows; keys match the i18n keys `delay.<key>`. */
export const DELAY_KEYS = [
	'adoptionToForce',
	'forceToInstrument',
	'forceToPartyForce',
	'instrumentToPartyForce',
	'actToPartyForce'
] as const;
export type DelayKey = (typeof DELAY_KEYS)[number];
export type TreatyDelays = Record<DelayKey, TreatyDelay | null>;

/** The earliest event of a kind with a valid date (the end a delay counts from or to). */
export function firstOf(treaty: Treaty, kind: EventKind): DelayEnd | null {
	let best: DelayEnd | null = null;
	for (const e of treaty.events) {
		const date = e.kind === kind ? parseDate(e.date) : null;
		if (!date || (best && compareDates(date, best.date) >= 0)) continue;
		best = { id: e.id, date, evidence: e.evidence };
		if (e.qualifier) best.qualifier = e.qualifier;
	}
	return best;
}

function between(from: DelayEnd | null, to: DelayEnd | null): TreatyDelay | null {
	if (!from || !to) return null;
	const uncertain = [from, to].some(
		(end) => end.evidence !== 'record' || end.qualifier !== undefined
	);
	return { from, to, delay: computeDelay(from.date, to.date), uncertain };
}

/**
 * A treaty's delays: adoption → general entry into force, general entry into force → the party's
 * instrument and → its entry into force, instrument → entry into force for the party, and from
 * the day the party could first act (`canActFrom`, the dataset's party field: for Kazakhstan its
 * independence; the treaty's adoption where that is later, or where no such day is given) → its
 * entry into force. Each is null when an end is missing; with several events of a kind, the
 * earliest counts.
 * @example treatyDelays(berne, '1991-12-16').actToPartyForce?.delay // { kind: 'years', value: 7, … }
 */
export function treatyDelays(treaty: Treaty, canActFrom?: string): TreatyDelays {
	// Datasets are never mutated: each treaty's delays are computed once, not on every zoom step.
	let byStart = memo.get(treaty);
	if (!byStart) memo.set(treaty, (byStart = new Map()));
	const known = byStart.get(canActFrom ?? '');
	if (known) return known;
	const adoption = firstOf(treaty, 'adoption');
	const force = firstOf(treaty, 'entry-into-force');
	const instrument = firstOf(treaty, 'party-instrument');
	const partyForce = firstOf(treaty, 'party-entry-into-force');
	const able = canActFrom ? parseDate(canActFrom) : null;
	const start: DelayEnd | null =
		able && (!adoption || compareDates(able, adoption.date) > 0)
			? { id: 'party-can-act', date: able, evidence: 'record' }
			: adoption;
	const delays = {
		adoptionToForce: between(adoption, force),
		forceToInstrument: between(force, instrument),
		forceToPartyForce: between(force, partyForce),
		instrumentToPartyForce: between(instrument, partyForce),
		actToPartyForce: between(start, partyForce)
	};
	byStart.set(canActFrom ?? '', delays);
	return delays;
}
const memo = new WeakMap<Treaty, Map<string, TreatyDelays>>();
