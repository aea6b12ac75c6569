import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDates } from '../../../tests/arbitraries';
import { formatIso, toUtcMs, parseDate } from '../data/dates';
import { layoutStrip } from './strips';

/** 1 px a day from 2000-01-01. */
const perDay = (date: string) => (toUtcMs(parseDate(date)!) - Date.UTC(2000, 0, 1)) / 86_400_000;

describe('layoutStrip', () => {
	it('stacks the same day upward and leaves distant days on the baseline', () => {
		const parties = [
			{ iso: 'AA', date: '2000-01-01' },
			{ iso: 'BB', date: '2000-01-01' },
			{ iso: 'CC', date: '2000-01-03' },
			{ iso: 'DD', date: '2000-01-20' }
		];
		const strip = layoutStrip(parties, perDay, { r: 2, gap: 1 });
		expect(strip.dots).toEqual([
			{ iso: 'AA', x: 0, level: 0, y: 12 },
			{ iso: 'BB', x: 0, level: 1, y: 7 },
			{ iso: 'CC', x: 2, level: 2, y: 2 },
			{ iso: 'DD', x: 19, level: 0, y: 12 }
		]);
		expect(strip.height).toBe(14);
	});

	it('is empty without parties', () =>
		expect(layoutStrip([], perDay, { r: 3, gap: 1 })).toEqual({ dots: [], height: 0 }));

	it('places every party once, in order, without two dots overlapping, inside its height', () => {
		const days = fc.array(calendarDates({ min: 2000, max: 2001 }), { maxLength: 80 });
		const sizes = fc.record({
			r: fc.double({ min: 0.5, max: 8, noNaN: true }),
			gap: fc.double({ min: 0, max: 4, noNaN: true }),
			scale: fc.double({ min: 0.05, max: 5, noNaN: true })
		});
		fc.assert(
			fc.property(days, sizes, (dates, { r, gap, scale }) => {
				const parties = dates
					.map((d, i) => ({ iso: `P${i}`, date: formatIso({ y: d.y, m: d.m ?? 1, d: d.d ?? 1 }) }))
					.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
				const { dots, height } = layoutStrip(parties, (d) => perDay(d) * scale, { r, gap });
				expect(dots.map((d) => d.iso)).toEqual(parties.map((p) => p.iso));
				for (let i = 1; i < dots.length; i++)
					expect(dots[i]!.x).toBeGreaterThanOrEqual(dots[i - 1]!.x);
				for (let i = 0; i < dots.length; i++) {
					const a = dots[i]!;
					expect(a.y - r).toBeGreaterThanOrEqual(-1e-9);
					expect(a.y + r).toBeLessThanOrEqual(height + 1e-9);
					for (let j = i + 1; j < dots.length; j++) {
						const b = dots[j]!;
						expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(2 * r - 1e-9);
					}
				}
			})
		);
	});

	it('needs no more levels than the most dots within one dot step of each other', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 60 }), (xs) => {
				const sorted = [...xs].sort((a, b) => a - b);
				const parties = sorted.map((v, i) => ({ iso: `P${i}`, date: String(v) }));
				const { dots } = layoutStrip(parties, Number, { r: 2, gap: 1 });
				const levels = Math.max(0, ...dots.map((d) => d.level + 1));
				const crowd = Math.max(
					0,
					...sorted.map((v) => sorted.filter((w) => w >= v && w < v + 5).length)
				);
				expect(levels).toBeLessThanOrEqual(crowd);
			})
		);
	});
});
