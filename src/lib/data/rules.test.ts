import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { beforeEvery, isBefore } from './rules';
import { compareDates, parseDate, precisionOf, type CalendarDate } from './dates';
import { calendarDates } from '../../../tests/arbitraries';

/** The rule as first written: both dates cut to the coarser precision, then compared. */
function isBeforeByTruncation(a: CalendarDate, b: CalendarDate): boolean {
	const cut = (date: CalendarDate, to: CalendarDate): CalendarDate => {
		const p = precisionOf(to);
		if (p === 'year') return { y: date.y };
		if (p === 'month' && date.m !== undefined) return { y: date.y, m: date.m };
		return date;
	};
	return compareDates(cut(a, b), cut(b, a)) < 0;
}

/** Dates of every precision, in a few years so that equal years and months are common. */
const date = calendarDates({ min: 1998, max: 2001 });
const d = (s: string) => parseDate(s) as CalendarDate;

describe('isBefore', () => {
	it('is certain only at the coarser precision', () => {
		expect(isBefore(d('1999-03-31'), d('1999-04'))).toBe(true);
		expect(isBefore(d('1999-04'), d('1999-04-12'))).toBe(false);
		expect(isBefore(d('1999-04-12'), d('1999-04'))).toBe(false);
		expect(isBefore(d('1999'), d('1999-12-31'))).toBe(false);
		expect(isBefore(d('1998-12-31'), d('1999'))).toBe(true);
		expect(isBefore(d('1999-04-11'), d('1999-04-12'))).toBe(true);
		expect(isBefore(d('1999-04-12'), d('1999-04-12'))).toBe(false);
	});

	it('answers as cutting both dates to the coarser precision and comparing them', () => {
		fc.assert(
			fc.property(date, date, (a, b) => {
				expect(isBefore(a, b)).toBe(isBeforeByTruncation(a, b));
			}),
			{ numRuns: 5000 }
		);
	});
});

describe('beforeEvery', () => {
	it('answers as isBefore against every date of the list', () => {
		fc.assert(
			fc.property(fc.array(date, { maxLength: 8 }), date, (list, a) => {
				expect(beforeEvery(list)(a)).toBe(list.every((b) => isBefore(a, b)));
			}),
			{ numRuns: 5000 }
		);
	});

	it('compares with each date at the coarser of the two precisions', () => {
		const list = [d('2000-05'), d('2001'), d('2000-05-20')];
		expect(beforeEvery(list)(d('2000-04-30'))).toBe(true);
		// Same month as 2000-05: not certainly before it.
		expect(beforeEvery(list)(d('2000-05-01'))).toBe(false);
		expect(beforeEvery(list)(d('2000'))).toBe(false);
		expect(beforeEvery([])(d('2000'))).toBe(true);
	});
});
