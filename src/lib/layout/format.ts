/**
 * Short date texts for the axis and the marker labels, through an injected `DateFormat`. Only the
 * choice of precision lives here; the words come from the formatter (i18n owns the month tables).
 */
import type { CalendarDate } from '$lib/data/dates';
import type { Qualifier } from '$lib/data/schema';
import { dateFormat } from '$lib/i18n/format';
import type { DateFormat } from './types';

/**
 * The English formatter (the default in tests; the app injects one per language).
 * @example englishDateFormat.day?.(1999, 4, 12) // '12 Apr'
 */
export const englishDateFormat: DateFormat = dateFormat('en');

/**
 * Day-and-month text through a formatter whose `day` is optional.
 * @example formatDay({ year: String, month: () => 'апр.' }, 1999, 4, 12) // '12 апр.'
 */
export function formatDay(fmt: DateFormat, y: number, m: number, d: number): string {
	return fmt.day ? fmt.day(y, m, d) : `${d} ${fmt.month(y, m)}`;
}

/** Above this visible span a marker label shows the year only. */
export const YEAR_LABEL_SPAN_MS = 3 * 365.2425 * 86_400_000;

const QUALIFIER_MARK: Record<Qualifier, string> = { 'on-or-before': '≤', about: '≈' };

/**
 * The short label of an event marker at the current zoom: the year when the window is wider than
 * three years (the axis then shows years), else the day and month (or the month) of the date.
 * A qualified date carries its mark (`≤1999`).
 * @example shortDateLabel({ y: 1999, m: 4, d: 12 }, 20 * 365 * 86_400_000, englishDateFormat) // '1999'
 */
export function shortDateLabel(
	date: CalendarDate,
	spanMs: number,
	fmt: DateFormat,
	qualifier?: Qualifier
): string {
	let text: string;
	if (spanMs > YEAR_LABEL_SPAN_MS || date.m === undefined) text = fmt.year(date.y);
	else if (date.d === undefined) text = fmt.month(date.y, date.m);
	else text = formatDay(fmt, date.y, date.m, date.d);
	return qualifier ? QUALIFIER_MARK[qualifier] + text : text;
}
