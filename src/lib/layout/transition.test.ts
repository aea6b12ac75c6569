import { describe, expect, it } from 'vitest';
import { interpolateZoom } from 'd3-interpolate';
import { domainTransition, easeInOut } from './transition';
import type { Domain } from './types';

const YEAR = 365.25 * 86_400_000;
const y = (n: number) => (n - 1970) * YEAR;
const whole: Domain = [y(1880), y(2016)];
const narrow: Domain = [y(1990), y(1992)];

describe('domainTransition', () => {
	it('starts and ends exactly at the two windows', () => {
		const tr = domainTransition(whole, narrow);
		expect(tr.at(0)).toEqual(whole);
		expect(tr.at(1)).toEqual(narrow);
		expect(tr.at(-0.5)).toEqual(whole);
		expect(tr.at(2)).toEqual(narrow);
	});

	it('zooms in monotonically and keeps the target inside the view', () => {
		const tr = domainTransition(whole, narrow);
		let span = Infinity;
		for (let i = 1; i < 20; i++) {
			const [a, b] = tr.at(i / 20);
			expect(b - a).toBeLessThan(span);
			span = b - a;
			expect(a).toBeLessThanOrEqual(narrow[0] + 1);
			expect(b).toBeGreaterThanOrEqual(narrow[1] - 1);
		}
	});

	it('zooms out between two distant narrow windows and back in', () => {
		const a: Domain = [y(1886), y(1888)];
		const b: Domain = [y(2010), y(2012)];
		const tr = domainTransition(a, b);
		const [m0, m1] = tr.at(0.5);
		expect(m1 - m0).toBeGreaterThan(10 * (a[1] - a[0]));
		expect(m0).toBeLessThan(b[0]);
		expect(m1).toBeGreaterThan(a[1]);
	});

	it('pans a window of the same width with the width kept near it', () => {
		const a: Domain = [y(1950), y(1960)];
		const b: Domain = [y(1952), y(1962)];
		const mid = domainTransition(a, b).at(0.5);
		expect(mid[0]).toBeGreaterThan(a[0]);
		expect(mid[0]).toBeLessThan(b[0]);
		expect((mid[1] - mid[0]) / (a[1] - a[0])).toBeCloseTo(1, 1);
	});

	it('chooses a duration within bounds, longer for longer moves, zero for no move', () => {
		const short = domainTransition([y(1950), y(1960)], [y(1951), y(1961)]).duration;
		const long = domainTransition([y(1886), y(1888)], [y(2010), y(2012)]).duration;
		expect(short).toBeGreaterThanOrEqual(350);
		expect(long).toBeLessThanOrEqual(1400);
		expect(long).toBeGreaterThan(short);
		expect(domainTransition(whole, whole).duration).toBe(0);
	});
});

describe('the port of d3.interpolateZoom', () => {
	it('follows d3 on the x axis for zooms, pans and both', () => {
		const cases: [Domain, Domain][] = [
			[whole, narrow],
			[narrow, whole],
			[
				[y(1886), y(1888)],
				[y(2010), y(2012)]
			],
			[
				[y(1950), y(1960)],
				[y(1952), y(1962)]
			],
			[
				[y(1950), y(1960)],
				[y(1900), y(1901)]
			]
		];
		for (const [a, b] of cases) {
			const ours = domainTransition(a, b);
			const d3 = interpolateZoom(
				[(a[0] + a[1]) / 2, 0, a[1] - a[0]],
				[(b[0] + b[1]) / 2, 0, b[1] - b[0]]
			);
			for (const t of [0.1, 0.3, 0.5, 0.7, 0.9]) {
				const [cx, , w] = d3(t);
				const [lo, hi] = ours.at(t);
				expect(Math.abs((lo + hi) / 2 - cx) / w).toBeLessThan(1e-9);
				expect(Math.abs(hi - lo - w) / w).toBeLessThan(1e-9);
			}
		}
	});
});

describe('easeInOut', () => {
	it('runs from 0 to 1 through the middle, symmetric', () => {
		expect(easeInOut(0)).toBe(0);
		expect(easeInOut(1)).toBe(1);
		expect(easeInOut(0.5)).toBeCloseTo(0.5);
		expect(easeInOut(0.25) + easeInOut(0.75)).toBeCloseTo(1);
	});
});
