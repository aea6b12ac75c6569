import { describe, expect, it } from 'vitest';
import { fromUtcMs, toUtcMs } from '$lib/data/dates';
import { createTimeScale } from './timeScale';
import type { Domain } from './types';

describe('createTimeScale', () => {
	const domain: Domain = [toUtcMs({ y: 1886 }), toUtcMs({ y: 2013 })];

	it.each([
		['maps the domain start to the range start', { y: 1886 }, 0],
		['maps the domain end to the range end', { y: 2013 }, 1270]
	])('%s', (_name, date, x) => {
		expect(createTimeScale(domain, [0, 1270])(toUtcMs(date))).toBeCloseTo(x, 6);
	});

	it('is linear in UTC ms whatever the local time zone', () => {
		const scale = createTimeScale([0, 86_400_000], [0, 24]);
		expect(scale(3_600_000)).toBeCloseTo(1, 9);
		expect(scale.invert(12)).toBe(43_200_000);
	});

	it('places years 0050 and 1886 without a 1900 shift', () => {
		const scale = createTimeScale([toUtcMs({ y: 1 }), toUtcMs({ y: 2001 })], [0, 2000]);
		expect(scale(toUtcMs({ y: 50 }))).toBeCloseTo(49, 1);
		expect(fromUtcMs(scale.invert(scale(toUtcMs({ y: 50, m: 3, d: 1 }))))).toEqual({
			y: 50,
			m: 3,
			d: 1
		});
		expect(fromUtcMs(scale.invert(scale(toUtcMs({ y: 1886, m: 9, d: 9 }))))).toEqual({
			y: 1886,
			m: 9,
			d: 9
		});
	});

	it('does not mutate the domain or range it was given', () => {
		const d: Domain = [0, 1000];
		const r: [number, number] = [0, 10];
		createTimeScale(d, r);
		expect(d).toEqual([0, 1000]);
		expect(r).toEqual([0, 10]);
	});
});
