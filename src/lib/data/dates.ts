/**
 * Calendar dates as plain values. A dataset date is `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; its precision
 * is the number of parts. Nothing here builds a local-time `Date`: before 1900 many zones used local
 * mean time, so a local round trip can move a date by a day. Arithmetic runs on the values themselves
 * (days counted in the proleptic Gregorian calendar) or in UTC through `setUTCFullYear` (never
 * `Date.UTC`, which maps years 0–99 to 1900–1999).
 */

export type Precision = 'year' | 'month' | 'day';

export interface CalendarDate {
	y: number;
	/** 1–12 */
	m?: number;
	/** 1–31 */
	d?: number;
}

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MS_PER_DAY = 86_400_000;

/** Days in month `m` (1–12) of year `y`, proleptic Gregorian. */
export function daysInMonth(y: number, m: number): number {
	if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
	return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/**
 * Parses an ISO calendar string; `null` when it is not one (wrong shape, month 13, 30 February,
 * year 0000).
 * @example parseDate('1886-09-09') // {y: 1886, m: 9, d: 9}
 */
export function parseDate(s: string): CalendarDate | null {
	// The shape by the pattern, the numbers from the digits (no match array, no substrings: thousands
	// of dates are parsed on every load).
	if (!DATE_RE.test(s)) return null;
	const y = digits(s, 0, 4);
	if (y < 1) return null;
	if (s.length === 4) return { y };
	const m = digits(s, 5, 2);
	if (m < 1 || m > 12) return null;
	if (s.length === 7) return { y, m };
	const d = digits(s, 8, 2);
	if (d < 1 || d > daysInMonth(y, m)) return null;
	return { y, m, d };
}

/** The number written by `n` ASCII digits of `s` from `from`. */
function digits(s: string, from: number, n: number): number {
	let v = 0;
	for (let i = from; i < from + n; i++) v = v * 10 + s.charCodeAt(i) - 48;
	return v;
}

export function precisionOf(date: CalendarDate): Precision {
	return date.d !== undefined ? 'day' : date.m !== undefined ? 'month' : 'year';
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The ISO string of a calendar date, at its own precision. */
export function formatIso(date: CalendarDate): string {
	let s = pad(date.y, 4);
	if (date.m !== undefined) s += '-' + pad(date.m, 2);
	if (date.m !== undefined && date.d !== undefined) s += '-' + pad(date.d, 2);
	return s;
}

/**
 * Orders dates; a month- or year-precision date sorts at the start of its period, and before a
 * more precise date on that same first day.
 */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
	return (
		a.y - b.y ||
		(a.m ?? 1) - (b.m ?? 1) ||
		(a.d ?? 1) - (b.d ?? 1) ||
		PRECISION_RANK[precisionOf(a)] - PRECISION_RANK[precisionOf(b)]
	);
}

/** Precisions from coarse to fine: year 0, month 1, day 2. */
export const PRECISION_RANK: Readonly<Record<Precision, number>> = { year: 0, month: 1, day: 2 };

/**
 * Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar (H. Hinnant's
 * days_from_civil), for any year; `d` past the month's end runs on into the next month.
 */
function dayNumber(y: number, m: number, d: number): number {
	const yy = m <= 2 ? y - 1 : y;
	const era = Math.floor(yy / 400);
	const yoe = yy - era * 400;
	const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
	return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/** Milliseconds since 1970-01-01 UTC of the first instant of the date (start of its period). */
export function toUtcMs(date: CalendarDate): number {
	return dayNumber(date.y, date.m ?? 1, date.d ?? 1) * MS_PER_DAY;
}

/** The UTC calendar day containing `ms`. */
export function fromUtcMs(ms: number): Required<CalendarDate> {
	const t = new Date(ms);
	return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Milliseconds of the first instant after the date's period (a year, a month or a day). */
export function endUtcMs({ y, m, d }: CalendarDate): number {
	// Month 13 is January of the next year, and day 32 runs on into the next month (dayNumber).
	if (m === undefined) return dayNumber(y + 1, 1, 1) * MS_PER_DAY;
	return (d === undefined ? dayNumber(y, m + 1, 1) : dayNumber(y, m, d + 1)) * MS_PER_DAY;
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
	return Math.round((toUtcMs(b) - toUtcMs(a)) / MS_PER_DAY);
}

/** `date` moved by `n` whole months, its day clamped to the month's length (31 Jan + 1 → 28/29 Feb). */
function addMonths(date: CalendarDate, n: number): CalendarDate {
	const total = date.y * 12 + (date.m ?? 1) - 1 + n;
	const y = Math.floor(total / 12);
	const m = total - y * 12 + 1;
	if (date.m === undefined) return { y };
	if (date.d === undefined) return { y, m };
	return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}

/**
 * Whole calendar months and remaining days from `a` to `b`, for `a <= b`; the sign is carried
 * separately. 1999-01-12 → 1999-04-12 is 3 months 0 days; 1998-12-31 → 1999-03-01 is 2 months 1 day.
 */
export function monthsBetween(a: CalendarDate, b: CalendarDate): { months: number; days: number } {
	let months = (b.y - a.y) * 12 + ((b.m ?? 1) - (a.m ?? 1));
	// One month too many when b's day comes before a's day (after clamping to the month's end).
	if (months > 0 && compareDates(addMonths(a, months), b) > 0) months -= 1;
	return { months, days: daysBetween(addMonths(a, months), b) };
}
