import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toUtcMs } from '$lib/data/dates';
import { createTimeScale } from './timeScale';
import type { Domain } from './types';
import { clampDomain, domainOfDates, MIN_SPAN_MS, panBy, zoomAround } from './zoom';

const DAY = 86_400_000;
const bounds = domainOfDates({ y: 1886 }, { y: 2012 });
const margin = (bounds[1] - bounds[0]) * 0.02;
const allowed: Domain = [bounds[0] - margin, bounds[1] + margin];
const WIDTHS = [280, 320, 768, 1280, 1920];

const inAllowed = (d: Domain) => {
	expect(d[0]).toBeGreaterThanOrEqual(allowed[0] - 1e-3);
	expect(d[1]).toBeLessThanOrEqual(allowed[1] + 1e-3);
	expect(d[1] - d[0]).toBeGreaterThanOrEqual(MIN_SPAN_MS - 1e-3);
};

describe('domainOfDates', () => {
	it('covers the whole of the end year, 1886 and 0050 without a 1900 shift', () => {
		expect(bounds).toEqual([toUtcMs({ y: 1886 }), toUtcMs({ y: 2013 })]);
		expect(new Date(domainOfDates({ y: 50 }, { y: 50 })[0]).getUTCFullYear()).toBe(50);
	});
});

describe('clampDomain', () => {
	it.each([
		[
			'keeps a window inside the bounds',
			[toUtcMs({ y: 1991 }), toUtcMs({ y: 2012 })],
			[toUtcMs({ y: 1991 }), toUtcMs({ y: 2012 })]
		],
		[
			'widens a day to one month around its centre',
			[0, DAY],
			[DAY / 2 - MIN_SPAN_MS / 2, DAY / 2 + MIN_SPAN_MS / 2]
		],
		[
			'shrinks a too-wide window to bounds plus margin',
			[bounds[0] - 1e13, bounds[1] + 1e13],
			allowed
		],
		[
			'shifts a window that starts too early',
			[allowed[0] - 10 * DAY, allowed[0] + 90 * DAY],
			[allowed[0], allowed[0] + 100 * DAY]
		],
		[
			'shifts a window that ends too late',
			[allowed[1] - 90 * DAY, allowed[1] + 10 * DAY],
			[allowed[1] - 100 * DAY, allowed[1]]
		],
		['replaces a reversed window by the whole range', [10, 0], allowed],
		['replaces NaN by the whole range', [NaN, 0], allowed]
	] as [string, Domain, Domain][])('%s', (_name, input, expected) => {
		const out = clampDomain(input, bounds);
		expect(out[0]).toBeCloseTo(expected[0], -1);
		expect(out[1]).toBeCloseTo(expected[1], -1);
	});

	it('grows the allowed range of a dataset shorter than a month to one month', () => {
		const d = clampDomain([0, DAY], [0, DAY]);
		expect(d[1] - d[0]).toBe(MIN_SPAN_MS);
	});

	it('never yields a window narrower than a month or outside bounds + margin (property)', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -1e14, max: 1e14, noNaN: true }),
				fc.double({ min: 0, max: 1e14, noNaN: true }),
				(start, span) => inAllowed(clampDomain([start, start + span], bounds))
			)
		);
	});
});

describe('zoomAround', () => {
	const d: Domain = [toUtcMs({ y: 1961 }), toUtcMs({ y: 2001 })];

	it('zooms in by a factor keeping the anchor at its pixel', () => {
		const anchor = toUtcMs({ y: 1971 });
		const out = zoomAround(d, 2, anchor, bounds);
		expect(out[1] - out[0]).toBeCloseTo((d[1] - d[0]) / 2, -1);
		expect((anchor - out[0]) / (out[1] - out[0])).toBeCloseTo((anchor - d[0]) / (d[1] - d[0]), 9);
	});

	it('stops at one month however far it zooms in, at every width', () => {
		let out = d;
		for (let i = 0; i < 60; i++)
			out = zoomAround(out, 3, toUtcMs({ y: 1999, m: 4, d: 12 }), bounds);
		expect(out[1] - out[0]).toBe(MIN_SPAN_MS);
		for (const width of WIDTHS) {
			const scale = createTimeScale(out, [0, width]);
			expect(scale.invert(width) - scale.invert(0)).toBeGreaterThanOrEqual(MIN_SPAN_MS - 1);
		}
	});

	it('stops at the bounds plus margin when zooming out', () => {
		expect(zoomAround(d, 0.01, d[0], bounds)).toEqual(allowed);
	});

	it('never leaves the allowed range (property)', () => {
		fc.assert(
			fc.property(
				fc.double({ min: allowed[0], max: allowed[1] - MIN_SPAN_MS, noNaN: true }),
				fc.double({ min: MIN_SPAN_MS, max: 1e13, noNaN: true }),
				fc.double({ min: 0.01, max: 100, noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(start, span, factor, at) => {
					const dom = clampDomain([start, start + span], bounds);
					inAllowed(zoomAround(dom, factor, dom[0] + at * (dom[1] - dom[0]), bounds));
				}
			)
		);
	});
});

describe('panBy', () => {
	it.each([
		['pans later by a fraction of the span', 0.5, [toUtcMs({ y: 1961 }) + 5 * 365 * DAY]],
		['pans earlier', -0.5, [toUtcMs({ y: 1961 }) - 5 * 365 * DAY]]
	] as const)('%s', (_name, fraction, [start]) => {
		const d: Domain = [toUtcMs({ y: 1961 }), toUtcMs({ y: 1961 }) + 10 * 365 * DAY];
		const out = panBy(d, fraction, bounds);
		expect(out[0]).toBeCloseTo(start, -1);
		expect(out[1] - out[0]).toBeCloseTo(d[1] - d[0], -1);
	});

	it('stops at the bounds', () => {
		const out = panBy([toUtcMs({ y: 1990 }), toUtcMs({ y: 2010 })], 5, bounds);
		expect(out[1]).toBeCloseTo(allowed[1], -1);
	});
});
