/** fast-check generators shared by the unit tests. */
import fc from 'fast-check';
import type { CalendarDate } from '../src/lib/data/dates';

/**
 * Valid calendar dates of every precision (year, month, day; days up to the 28th) in a span of
 * years: a short span makes equal years and months, where the rules differ, common.
 * @example calendarDates({ min: 1998, max: 2001 })
 */
export const calendarDates = (years: { min: number; max: number }): fc.Arbitrary<CalendarDate> =>
	fc.oneof(
		fc.record({ y: fc.integer(years) }),
		fc.record({ y: fc.integer(years), m: fc.integer({ min: 1, max: 12 }) }),
		fc.record({
			y: fc.integer(years),
			m: fc.integer({ min: 1, max: 12 }),
			d: fc.integer({ min: 1, max: 28 })
		})
	);
