/**
 * Runs under several TZ values (`npm run test:tz`): nothing here may depend on local time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	compareDates,
	daysInMonth,
	endUtcMs,
	formatIso,
	fromUtcMs,
	monthsBetween,
	parseDate,
	toUtcMs,
	type CalendarDate
} from './dates';

const date = (s: string): CalendarDate => {
	const parsed = parseDate(s);
	if (!parsed) throw new Error(`bad test date ${s}`);
	return parsed;
};

describe('parseDate', () => {
	it.each([
		['1886-09-09', { y: 1886, m: 9, d: 9 }],
		['1887-12-05', { y: 1887, m: 12, d: 5 }],
		['2000-02-29', { y: 2000, m: 2, d: 29 }],
		['0050', { y: 50 }],
		['0001-01-01', { y: 1, m: 1, d: 1 }],
		['1999-04', { y: 1999, m: 4 }],
		['9999-12-31', { y: 9999, m: 12, d: 31 }]
	])('reads %s', (s, expected) => {
		expect(parseDate(s)).toEqual(expected);
	});

	it.each([
		['0000', 'year 0 does not exist'],
		['0000-01-01', 'year 0 does not exist'],
		['2012-02-30', 'February has 29 days in 2012'],
		['1900-02-29', '1900 is not a leap year'],
		['2004-13-01', 'there is no month 13'],
		['2004-00', 'there is no month 0'],
		['2004-04-31', 'April has 30 days'],
		['2004-01-00', 'there is no day 0'],
		['86-09-09', 'the year needs four digits'],
		['1886-9-9', 'month and day need two digits'],
		['1886-09-09T00:00', 'times are not dates'],
		[' 1886', 'spaces are not allowed'],
		['', 'empty']
	])('rejects %s (%s)', (s) => {
		expect(parseDate(s)).toBeNull();
	});
});

describe('toUtcMs and fromUtcMs', () => {
	it.each(['1886-09-09', '1887-12-05', '0050-03-01', '1900-03-01', '2000-02-29'])(
		'round-trips %s through UTC milliseconds',
		(s) => {
			expect(formatIso(fromUtcMs(toUtcMs(date(s))))).toBe(s);
		}
	);

	it('keeps year 0050 as year 50, not 1950', () => {
		expect(fromUtcMs(toUtcMs(date('0050')))).toEqual({ y: 50, m: 1, d: 1 });
	});

	it('places a date at midnight UTC, whatever the local zone', () => {
		expect(toUtcMs(date('1970-01-02'))).toBe(86_400_000);
		expect(new Date(toUtcMs(date('1886-09-09'))).toISOString()).toBe('1886-09-09T00:00:00.000Z');
	});

	it('starts a month- or year-precision date at the start of its period', () => {
		expect(toUtcMs(date('1999-04'))).toBe(toUtcMs(date('1999-04-01')));
		expect(toUtcMs(date('1999'))).toBe(toUtcMs(date('1999-01-01')));
	});
});

describe('endUtcMs', () => {
	it.each([
		['1999', '2000-01-01'],
		['1999-12', '2000-01-01'],
		['2000-02', '2000-03-01'],
		['2000-02-29', '2000-03-01'],
		['1999-12-31', '2000-01-01'],
		['0050', '0051-01-01']
	])('ends %s at the start of %s', (s, next) => {
		expect(endUtcMs(date(s))).toBe(toUtcMs(date(next)));
	});
});

describe('day arithmetic against Date (setUTCFullYear) as the oracle', () => {
	/** The UTC ms of y-m-d through Date, as the module computed it before (and never Date.UTC). */
	const viaDate = (y: number, m: number, d: number) => {
		const t = new Date(0);
		t.setUTCFullYear(y, m - 1, d);
		t.setUTCHours(0, 0, 0, 0);
		return t.getTime();
	};
	const days = fc
		.record({ y: fc.integer({ min: 1, max: 9999 }), m: fc.integer({ min: 1, max: 12 }) })
		.chain(({ y, m }) =>
			fc.record({
				y: fc.constant(y),
				m: fc.constant(m),
				d: fc.integer({ min: 1, max: daysInMonth(y, m) })
			})
		);

	it('toUtcMs and endUtcMs agree with Date for every day of years 1–9999, at each precision', () => {
		fc.assert(
			fc.property(days, ({ y, m, d }) => {
				expect(toUtcMs({ y, m, d })).toBe(viaDate(y, m, d));
				expect(toUtcMs({ y, m })).toBe(viaDate(y, m, 1));
				expect(toUtcMs({ y })).toBe(viaDate(y, 1, 1));
				expect(endUtcMs({ y, m, d })).toBe(viaDate(y, m, d + 1));
				expect(endUtcMs({ y, m })).toBe(viaDate(y, m + 1, 1));
				expect(endUtcMs({ y })).toBe(viaDate(y + 1, 1, 1));
			}),
			{ numRuns: 5000 }
		);
	});

	it('parseDate reads back what formatIso writes, and refuses what the pattern or calendar refuse', () => {
		fc.assert(
			fc.property(days, ({ y, m, d }) => {
				for (const value of [{ y }, { y, m }, { y, m, d }])
					expect(parseDate(formatIso(value))).toEqual(value);
			}),
			{ numRuns: 2000 }
		);
		for (const bad of [
			'0000',
			'1999-00',
			'1999-13',
			'1999-02-29',
			'2000-04-31',
			'１９９９',
			'1999-4',
			' 1999'
		])
			expect(parseDate(bad), bad).toBeNull();
	});
});

describe('compareDates', () => {
	it('sorts by year, month and day, a coarser date at the start of its period', () => {
		const sorted = [
			'1999-04-12',
			'1999',
			'1887-12-05',
			'1999-04',
			'1999-04-01',
			'1886-09-09',
			'1999-03-31'
		]
			.map(date)
			.sort(compareDates)
			.map(formatIso);
		expect(sorted).toEqual([
			'1886-09-09',
			'1887-12-05',
			'1999',
			'1999-03-31',
			'1999-04',
			'1999-04-01',
			'1999-04-12'
		]);
	});

	it('is zero only for the same date at the same precision', () => {
		expect(compareDates(date('1999-04'), date('1999-04'))).toBe(0);
		expect(compareDates(date('1999-04'), date('1999-04-01'))).toBeLessThan(0);
		expect(compareDates(date('1999-01-01'), date('1999'))).toBeGreaterThan(0);
	});
});

describe('monthsBetween', () => {
	it.each([
		['1999-01-12', '1999-04-12', 3, 0],
		['1999-01-12', '1999-04-11', 2, 30],
		['1999-01-31', '1999-03-31', 2, 0],
		['1886-09-09', '1887-12-05', 14, 26],
		['2000-01-15', '2000-03-10', 1, 24],
		['1999-04-12', '1999-04-12', 0, 0]
	])('from %s to %s is %i months %i days', (a, b, months, days) => {
		expect(monthsBetween(date(a), date(b))).toEqual({ months, days });
	});
});

describe('monthsBetween across month ends', () => {
	it.each([
		['1998-12-31', '1999-03-01', 2, 1],
		['2000-01-31', '2000-03-01', 1, 1],
		['2000-01-31', '2000-02-29', 1, 0],
		['1999-01-12', '1999-04-12', 3, 0]
	])('counts %s → %s as %i months %i days', (a, b, months, days) => {
		expect(monthsBetween(parseDate(a)!, parseDate(b)!)).toEqual({ months, days });
	});
});
