/**
 * Where a country stands among a treaty's parties: its place in the order of entry into force, the
 * share of parties that were bound before it, and how long it took, from the treaty's own entry
 * into force and, for the former USSR states, from the day it could act as a State. Pure.
 */
import { daysBetween, monthsBetween, parseDate, type CalendarDate } from '../data/dates';
import type { CompareData, CompareEntry, CompareTreaty } from './types';

/** A signed span between two calendar days: negative when the end comes first. */
export interface Span {
	days: number;
	/** Whole years (calendar), with the sign of `days`. */
	years: number;
}

export interface TreatyRank {
	treaty: CompareTreaty;
	/** The country's row for the treaty, if any (a party's, or a signatory's). */
	entry: CompareEntry | null;
	/** The treaty's entry into force for the country; null when it is not a party. */
	entryIntoForce: string | null;
	/** 1 + the parties bound strictly earlier; null when not a party. */
	rank: number | null;
	/** Another party shares the country's date of entry into force. */
	joint: boolean;
	/** Parties bound strictly earlier. */
	before: number;
	/** Parties with an entry into force, the country included. */
	total: number;
	/** `before / total` (0 for the first, or for a treaty without parties). */
	shareBefore: number;
	/** From the treaty's own entry into force to the country's. */
	fromTreatyForce: Span | null;
	/** From the country's independence (where the table has it) to its entry into force. */
	fromIndependence: Span | null;
	/** Codes of the rows without an entry into force (signed, or deposited and not yet in force). */
	signatories: string[];
}

/** A party of a treaty: its code and the day the treaty entered into force for it. */
export interface PartyDate {
	iso: string;
	date: string;
}

const day = (s: string): CalendarDate => parseDate(s) ?? { y: 1 };

/**
 * The span from one calendar day to another.
 * @example spanBetween('1887-12-05', '1999-04-12') // { days: 40670, years: 111 }
 */
export function spanBetween(from: string, to: string): Span {
	const [a, b] = [day(from), day(to)];
	const days = daysBetween(a, b);
	const years = Math.floor(monthsBetween(days < 0 ? b : a, days < 0 ? a : b).months / 12);
	return { days, years: days < 0 ? -years : years };
}

/**
 * The parties of a treaty (rows with an entry into force), by date, then by code.
 * @example partiesOf(data, 'berne')[0] // { iso: 'BE', date: '1887-12-05' }
 */
export function partiesOf(data: CompareData, treaty: CompareTreaty): PartyDate[] {
	return data.entries
		.filter((e) => e.treaty === treaty && e.entryIntoForce)
		.map((e) => ({ iso: e.iso, date: e.entryIntoForce! }))
		.sort((a, b) => a.date.localeCompare(b.date) || a.iso.localeCompare(b.iso));
}

/** The country's standing among the treaty's parties. */
export function rankIn(data: CompareData, treaty: CompareTreaty, iso: string): TreatyRank {
	const rows = data.entries.filter((e) => e.treaty === treaty);
	const entry = rows.find((e) => e.iso === iso) ?? null;
	const dates = rows.flatMap((e) => (e.entryIntoForce ? [e.entryIntoForce] : []));
	const own = entry?.entryIntoForce ?? null;
	const before = own ? dates.filter((d) => d < own).length : 0;
	const general = data.treaties.find((t) => t.id === treaty)?.entryIntoForce;
	const since = data.countries.find((c) => c.iso === iso)?.independence?.date;
	return {
		treaty,
		entry,
		entryIntoForce: own,
		rank: own ? before + 1 : null,
		joint: own ? dates.filter((d) => d === own).length > 1 : false,
		before,
		total: dates.length,
		shareBefore: dates.length ? before / dates.length : 0,
		fromTreatyForce: own && general ? spanBetween(general, own) : null,
		fromIndependence: own && since ? spanBetween(since, own) : null,
		signatories: rows
			.filter((e) => !e.entryIntoForce)
			.map((e) => e.iso)
			.sort()
	};
}
