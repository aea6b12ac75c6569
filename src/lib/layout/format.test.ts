import { describe, expect, it } from 'vitest';
import { englishDateFormat, formatDay, shortDateLabel } from './format';

const YEAR = 365.2425 * 86_400_000;

describe('shortDateLabel', () => {
	it.each([
		['shows the year on a wide window', { y: 1999, m: 4, d: 12 }, 20 * YEAR, undefined, '1999'],
		[
			'shows day and month on a narrow window',
			{ y: 1999, m: 4, d: 12 },
			1 * YEAR,
			undefined,
			'12 Apr'
		],
		['shows the month of a month-precision date', { y: 2012, m: 6 }, 1 * YEAR, undefined, 'Jun'],
		[
			'shows the year of a year-precision date at any zoom',
			{ y: 1974 },
			0.1 * YEAR,
			undefined,
			'1974'
		],
		[
			'marks an on-or-before date',
			{ y: 1999, m: 1, d: 12 },
			20 * YEAR,
			'on-or-before' as const,
			'≤1999'
		],
		['marks an approximate date', { y: 1999, m: 1, d: 12 }, 1 * YEAR, 'about' as const, '≈12 Jan'],
		['handles year 50', { y: 50, m: 3, d: 1 }, 20 * YEAR, undefined, '50']
	])('%s', (_name, date, span, qualifier, text) => {
		expect(shortDateLabel(date, span, englishDateFormat, qualifier)).toBe(text);
	});
});

describe('formatDay', () => {
	it('falls back to day + month when the formatter has no day()', () => {
		expect(formatDay({ year: String, month: () => 'апр.' }, 1999, 4, 12)).toBe('12 апр.');
	});
});
