import { describe, expect, it } from 'vitest';
import { toUtcMs, endUtcMs } from '$lib/data/dates';
import { domainToWindow, windowToDomain } from './window';

describe('window ↔ domain', () => {
	it.each([
		['1990', '2012'],
		['1998', '1999'],
		['1999', '1999'],
		['1999-01', '1999-03'],
		['1886', '2012'],
		['0050', '0060']
	])('round-trips %s–%s', (from, to) => {
		expect(domainToWindow(windowToDomain(from, to)!)).toEqual({ from, to });
	});

	it.each([
		['2004-01', '2004-12', '2004', '2004'],
		['2004-08-01', '2004-08-31', '2004-08', '2004-08']
	])('writes %s–%s in its canonical, coarsest form %s–%s', (from, to, cf, ct) => {
		expect(domainToWindow(windowToDomain(from, to)!)).toEqual({ from: cf, to: ct });
	});

	it('reads `to` as the end of its period', () => {
		expect(windowToDomain('1990', '2012')).toEqual([toUtcMs({ y: 1990 }), endUtcMs({ y: 2012 })]);
	});

	it('gives null for a value that is not a calendar date', () => {
		expect(windowToDomain('abc', '2012')).toBeNull();
	});
});
