/**
 * The cross-record rules of `validate.ts` that concern ids, dates, event kinds and the story. Each
 * rule reports through a callback, so the rules stay independent of how issues are built.
 */
import { parseDate, precisionOf, PRECISION_RANK, type CalendarDate } from './dates';
import { DATE_PATTERN, type Dataset, type TreatyEvent } from './schema';

/** Records one issue: where, which code, and the values its message needs. */
export type Report = (path: string, code: string, params?: Record<string, string | number>) => void;

/** A parsed date with the event it belongs to and the event's index in its list. */
interface Dated {
	event: TreatyEvent;
	index: number;
	date: CalendarDate;
}

/** The closed interval the dataset covers; `null` when it is itself invalid. */
export type Range = { from: CalendarDate; to: CalendarDate; fromIso: string; toIso: string } | null;

const LABELLED = new Set(['revision', 'domestic-act', 'context']);
const CONTEXT_KINDS = new Set(['context', 'domestic-act']);

/**
 * Whether `a` is certainly earlier than `b`: both are compared at the coarser of their precisions,
 * so `1999-04` is not before `1999-04-12` (it may be the same day). Field by field, with no
 * truncated copies: it runs a few times for every event of a dataset being checked.
 * @example isBefore(parseDate('1999-03-31')!, parseDate('1999-04')!) // true
 */
export function isBefore(a: CalendarDate, b: CalendarDate): boolean {
	if (a.y !== b.y) return a.y < b.y;
	if (a.m === undefined || b.m === undefined) return false;
	if (a.m !== b.m) return a.m < b.m;
	return a.d !== undefined && b.d !== undefined && a.d < b.d;
}

/** 0, 1 or 2 for a year, month or day date. */
const depth = (d: CalendarDate) => PRECISION_RANK[precisionOf(d)];
/** A date cut to `q` (0 year, 1 month, 2 day) as one number that orders like the dates. */
const keyAt = (d: CalendarDate, q: number) =>
	q === 0 ? d.y : q === 1 ? d.y * 13 + (d.m ?? 0) : (d.y * 13 + (d.m ?? 0)) * 32 + (d.d ?? 0);

/**
 * `(a) => list.every((b) => isBefore(a, b))`, answered in constant time: for the dates of each
 * precision, their smallest key at each coarser-or-equal precision (`a` is compared with a date at
 * the coarser of the two precisions, so it is before all of them exactly when it is before that
 * smallest one).
 * @example beforeEvery([parseDate('2000-05')!, parseDate('2001')!])(parseDate('1999-12-31')!) // true
 */
export function beforeEvery(list: readonly CalendarDate[]): (a: CalendarDate) => boolean {
	const min = [[Infinity], [Infinity, Infinity], [Infinity, Infinity, Infinity]];
	for (const b of list) {
		const p = depth(b);
		const row = min[p] as number[];
		for (let q = 0; q <= p; q++) row[q] = Math.min(row[q] as number, keyAt(b, q));
	}
	return (a) => {
		const pa = depth(a);
		return min.every((row, p) => {
			const q = Math.min(pa, p);
			return keyAt(a, q) < (row[q] as number);
		});
	};
}

/**
 * Checks one date string: `date.format` (wrong shape), `date.year` (year 0000) or `date.invalid`
 * (no such day). Returns the parsed date when it is valid.
 * @example checkDate('2012-02-30', 'checkedAsOf', report) // null; reports date.invalid
 */
export function checkDate(value: string, path: string, report: Report): CalendarDate | null {
	const date = parseDate(value);
	if (date) return date;
	if (!DATE_PATTERN.test(value)) report(path, 'date.format', { value });
	else if (Number(value.slice(0, 4)) === 0) report(path, 'date.year', { value });
	else report(path, 'date.invalid', { value });
	return null;
}

/** Checks `range` and returns it parsed, or `null` when a bound is invalid or they are reversed. */
export function checkRange(d: Dataset, report: Report): Range {
	const from = checkDate(d.range.from, 'range.from', report);
	const to = checkDate(d.range.to, 'range.to', report);
	if (!from || !to) return null;
	if (isBefore(to, from)) {
		report('range', 'range.order', { from: d.range.from, to: d.range.to });
		return null;
	}
	return { from, to, fromIso: d.range.from, toIso: d.range.to };
}

/** Checks a date field, then that it lies within the range (`date.range`). */
function checkInRange(value: string, path: string, range: Range, report: Report) {
	const date = checkDate(value, path, report);
	if (date && range && (isBefore(date, range.from) || isBefore(range.to, date))) {
		report(path, 'date.range', { value, from: range.fromIso, to: range.toIso });
	}
	return date;
}

/**
 * Reports a second use of an id (`id.duplicate`, with the path of the first use). Paths are
 * functions, called only when a duplicate is reported (thousands of records: no string each).
 * @example checkUnique([['a', () => 'sources[0]'], ['a', () => 'sources[1]']], report)
 */
export function checkUnique(entries: Iterable<[id: string, path: () => string]>, report: Report) {
	const first = new Map<string, () => string>();
	for (const [id, path] of entries) {
		const seen = first.get(id);
		if (seen === undefined) first.set(id, path);
		else report(`${path()}.id`, 'id.duplicate', { id, first: `${seen()}.id` });
	}
}

/** Event-level rules (dates, range, kind, label, instrument) for one list of events. */
function checkEventList(
	events: TreatyEvent[],
	base: string,
	inTreaty: boolean,
	range: Range,
	report: Report
): Dated[] {
	const dated: Dated[] = [];
	events.forEach((event, index) => {
		const path = `${base}[${index}]`;
		const date = checkInRange(event.date, `${path}.date`, range, report);
		if (date) dated.push({ event, index, date });
		if (inTreaty && event.kind === 'context') report(`${path}.kind`, 'kind.treaty');
		if (!inTreaty && !CONTEXT_KINDS.has(event.kind)) {
			report(`${path}.kind`, 'kind.context', { value: event.kind });
		}
		if (LABELLED.has(event.kind) && !event.label) {
			report(`${path}.label`, 'label.required', { kind: event.kind });
		}
		if (event.kind === 'party-instrument' && !event.instrument) {
			report(`${path}.instrument`, 'instrument.required');
		}
	});
	return dated;
}

const earliest = (list: Dated[]): Dated | undefined =>
	list.reduce<Dated | undefined>((a, b) => (a && !isBefore(b.date, a.date) ? a : b), undefined);

/** Order inside one treaty: entries into force (general, party) against what must precede them. */
function checkOrder(dated: Dated[], base: string, report: Report): void {
	const of = (kind: string) => dated.filter((x) => x.event.kind === kind);
	const adoption = earliest(of('adoption'));
	const instruments = of('party-instrument');
	const first = earliest(instruments);
	for (const force of of('entry-into-force')) {
		if (adoption && isBefore(force.date, adoption.date)) {
			const params = { date: force.event.date, adoption: adoption.event.date };
			report(`${base}[${force.index}].date`, 'order.forceBeforeAdoption', params);
		}
	}
	// An entry into force for the party before every instrument (once per treaty, not per pair).
	const beforeInstruments = beforeEvery(instruments.map((i) => i.date));
	for (const force of of('party-entry-into-force')) {
		if (!first || !beforeInstruments(force.date)) continue;
		if (first.event.instrument === 'continued-application') continue;
		const params = { date: force.event.date, instrument: first.event.date };
		report(`${base}[${force.index}].date`, 'order.partyBeforeInstrument', params);
	}
}

/** All event rules: each treaty's events, then the context events. */
export function checkEvents(d: Dataset, range: Range, report: Report): void {
	d.treaties.forEach((treaty, t) => {
		const base = `treaties[${t}].events`;
		checkOrder(checkEventList(treaty.events, base, true, range, report), base, report);
	});
	checkEventList(d.context, 'context', false, range, report);
}

/** Story steps: each names an existing event or treaty, and its dates lie within the range. */
export function checkStory(d: Dataset, range: Range, report: Report): void {
	const events = new Set([...d.treaties.flatMap((t) => t.events), ...d.context].map((e) => e.id));
	const treaties = new Set(d.treaties.map((t) => t.id));
	(d.story ?? []).forEach((step, i) => {
		const path = `story[${i}]`;
		if (step.event === undefined && step.treaty === undefined) report(path, 'story.empty');
		if (step.event !== undefined && !events.has(step.event)) {
			report(`${path}.event`, 'story.unknown', { id: step.event });
		}
		if (step.treaty !== undefined && !treaties.has(step.treaty)) {
			report(`${path}.treaty`, 'story.unknown', { id: step.treaty });
		}
		if (step.from !== undefined) checkInRange(step.from, `${path}.from`, range, report);
		if (step.to !== undefined) checkInRange(step.to, `${path}.to`, range, report);
	});
}
