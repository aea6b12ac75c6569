/**
 * The visible window as calendar values (the URL's `from`/`to`) and as ms (the scale's domain).
 * `from` is the start of its period, `to` the end of its period (inclusive): `from=1990&to=2012`
 * shows 1 Jan 1990 to 31 Dec 2012.
 */
import {
	endUtcMs,
	formatIso,
	fromUtcMs,
	parseDate,
	toUtcMs,
	type CalendarDate
} from '$lib/data/dates';
import type { Domain } from '$lib/layout/types';

const YEAR_MS = 365.25 * 86_400_000;

/** Domain of a window; `null` when either end is not a calendar value. */
export function windowToDomain(from: string, to: string): Domain | null {
	const a = parseDate(from);
	const b = parseDate(to);
	if (!a || !b) return null;
	return [toUtcMs(a), endUtcMs(b)];
}

/** The dataset's full range as a domain. */
export function rangeDomain(range: { from: string; to: string }): Domain {
	return windowToDomain(range.from, range.to) ?? [toUtcMs({ y: 1 }), endUtcMs({ y: 9999 })];
}

/**
 * Calendar values for a domain, at a precision that suits its span: years above 8 years, months
 * above 8 months, days below. Round trips exactly for windows on period boundaries.
 * @example domainToWindow(windowToDomain('1990', '2012')!) // {from: '1990', to: '2012'}
 */
export function domainToWindow(domain: Domain): { from: string; to: string } {
	const span = domain[1] - domain[0];
	const a = fromUtcMs(domain[0]);
	// The end is exclusive: the last day shown is the day before it.
	const b = fromUtcMs(domain[1] - 1);
	const pick = (d: Required<CalendarDate>, p: 'year' | 'month' | 'day'): CalendarDate =>
		p === 'year' ? { y: d.y } : p === 'month' ? { y: d.y, m: d.m } : d;
	// Exact period boundaries keep their precision (a preset "1998–1999" stays in years); other
	// windows are rounded to a precision that suits their span.
	const end = fromUtcMs(domain[1]);
	const onMonths =
		a.d === 1 && end.d === 1 && toUtcMs(a) === domain[0] && toUtcMs(end) === domain[1];
	const onYears = onMonths && a.m === 1 && end.m === 1;
	const p =
		onYears || span > 8 * YEAR_MS
			? 'year'
			: onMonths || span > (8 / 12) * YEAR_MS
				? 'month'
				: 'day';
	return { from: formatIso(pick(a, p)), to: formatIso(pick(b, p)) };
}
