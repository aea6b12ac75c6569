import { utcDay, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromUtcMs, toUtcMs } from '$lib/data/dates';
import { englishDateFormat } from './format';
import { estimateTextWidth } from './textWidth';
import { calendarTicks, timeTicks, type TickUnit } from './ticks';
import type { Domain, Tick } from './types';
import { domainOfDates, MIN_SPAN_MS } from './zoom';

const FONT = 12;
const DAY = 86_400_000;
const WIDTHS = [280, 320, 768, 1280, 1920];
const ZOOMS: [string, Domain][] = [
	['1886–2012', domainOfDates({ y: 1886 }, { y: 2012 })],
	['1961–2012', domainOfDates({ y: 1961 }, { y: 2012 })],
	['1991–2012', domainOfDates({ y: 1991 }, { y: 2012 })],
	['2004', domainOfDates({ y: 2004 }, { y: 2004 })],
	['one month', [toUtcMs({ y: 2004, m: 8, d: 1 }), toUtcMs({ y: 2004, m: 8, d: 1 }) + MIN_SPAN_MS]]
];

const ticksAt = (domain: Domain, width: number) =>
	timeTicks(domain, width, englishDateFormat, estimateTextWidth, FONT);
const labelled = (ticks: Tick[]) => ticks.filter((t) => t.label !== '');
const years = (ticks: Tick[]) => labelled(ticks).map((t) => fromUtcMs(t.ms).y);

describe('timeTicks', () => {
	describe.each(ZOOMS)('over %s', (_name, domain) => {
		it.each(WIDTHS)('never lets labels collide or leave the plot at %i px', (width) => {
			const ticks = ticksAt(domain, width);
			const shown = labelled(ticks);
			expect(shown.length).toBeGreaterThanOrEqual(2);
			let prevRight = -Infinity;
			for (const t of shown) {
				const w = estimateTextWidth(t.label, FONT);
				expect(t.x - w / 2).toBeGreaterThanOrEqual(0);
				expect(t.x + w / 2).toBeLessThanOrEqual(width);
				expect(t.x - w / 2).toBeGreaterThanOrEqual(prevRight + FONT);
				prevRight = t.x + w / 2;
			}
		});

		it.each(WIDTHS)('always names a year at %i px', (width) => {
			const shown = labelled(ticksAt(domain, width));
			expect(shown.some((t) => /\b\d{4}\b/.test(t.label))).toBe(true);
		});

		it('gives denser or equal ticks to wider plots', () => {
			const counts = WIDTHS.map((w) => ticksAt(domain, w).length);
			for (let i = 1; i < counts.length; i++)
				expect(counts[i]).toBeGreaterThanOrEqual(counts[i - 1] as number);
		});

		it('keys ticks by their ms, uniquely, in order', () => {
			const ticks = ticksAt(domain, 1280);
			expect(ticks.map((t) => t.key)).toEqual(ticks.map((t) => String(t.ms)));
			for (let i = 1; i < ticks.length; i++)
				expect((ticks[i] as Tick).ms).toBeGreaterThan((ticks[i - 1] as Tick).ms);
		});
	});

	it.each([
		[280, 20],
		[320, 20],
		[768, 10],
		[1280, 5],
		[1920, 5]
	])('picks the densest fitting year step over 1886–2012 at %i px (%i years)', (width, step) => {
		const ys = years(ticksAt(ZOOMS[0]![1], width));
		expect(ys.length).toBeGreaterThan(1);
		for (let i = 1; i < ys.length; i++)
			expect((ys[i] as number) - (ys[i - 1] as number)).toBe(step);
	});

	it('marks decades as major at year level', () => {
		const ticks = ticksAt(ZOOMS[0]![1], 1920);
		for (const t of ticks) expect(t.major).toBe(fromUtcMs(t.ms).y % 10 === 0);
		expect(ticks.some((t) => t.major)).toBe(true);
	});

	it('empties a label that would cross the plot edge but keeps its tick', () => {
		const ticks = ticksAt(ZOOMS[3]![1], 1280);
		expect(ticks[0]).toMatchObject({ ms: ZOOMS[3]![1][0], x: 0, label: '' });
	});

	it('shows months over about a year, with January as the major year tick', () => {
		const window: Domain = [toUtcMs({ y: 2003, m: 7 }), toUtcMs({ y: 2005, m: 1 })];
		const ticks = ticksAt(window, 1280);
		const jan = ticks.find((t) => t.ms === toUtcMs({ y: 2004, m: 1, d: 1 }));
		expect(jan).toMatchObject({ label: '2004', major: true });
		expect(ticks.find((t) => t.ms === toUtcMs({ y: 2004, m: 4, d: 1 }))).toMatchObject({
			label: 'Apr',
			major: false
		});
	});

	it('names the year on the first month label of a window without a January', () => {
		const window: Domain = [toUtcMs({ y: 2004, m: 3 }), toUtcMs({ y: 2004, m: 12 })];
		const shown = labelled(ticksAt(window, 1280));
		expect(shown[0]?.label).toMatch(/^[A-Z][a-z]{2} 2004$/);
		expect(shown.slice(1).every((t) => !/\d/.test(t.label))).toBe(true);
	});

	it('names the year again on the first label of each new year below month level', () => {
		const window: Domain = [toUtcMs({ y: 2004, m: 12, d: 20 }), toUtcMs({ y: 2005, m: 1, d: 12 })];
		const shown = labelled(ticksAt(window, 1920));
		const withYear = shown.filter((t) => /\d{4}$/.test(t.label)).map((t) => fromUtcMs(t.ms));
		expect(withYear.map((d) => d.y)).toEqual([2004, 2005]);
		expect(withYear[1]).toMatchObject({ m: 1 });
		expect(shown.filter((t) => /\d{4}$/.test(t.label))[0]).toBe(shown[0]);
	});

	it('gives the year to the next label when the first one is emptied at the edge', () => {
		// The window starts on 1 March: that tick sits on the plot's edge and loses its label.
		const window: Domain = [toUtcMs({ y: 2004, m: 3, d: 1 }), toUtcMs({ y: 2004, m: 11 })];
		const ticks = ticksAt(window, 1280);
		expect(ticks[0]).toMatchObject({ x: 0, label: '' });
		expect(labelled(ticks)[0]?.label).toMatch(/ 2004$/);
	});

	it('names a year on any window with a label, and its labels still never collide', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: toUtcMs({ y: 1886 }), max: toUtcMs({ y: 2012 }) }),
				fc.integer({ min: MIN_SPAN_MS, max: 4 * 366 * DAY }),
				fc.constantFrom(...WIDTHS),
				(start, span, width) => {
					const shown = labelled(ticksAt([start, start + span], width));
					if (shown.length) expect(shown.some((t) => /\b\d{4}\b/.test(t.label))).toBe(true);
					for (let i = 1; i < shown.length; i++) {
						const [a, b] = [shown[i - 1] as Tick, shown[i] as Tick];
						const gap =
							b.x -
							estimateTextWidth(b.label, FONT) / 2 -
							(a.x + estimateTextWidth(a.label, FONT) / 2);
						expect(gap).toBeGreaterThanOrEqual(FONT - 1e-9);
					}
				}
			),
			{ numRuns: 300 }
		);
	});

	it('uses the injected year format for the year it adds', () => {
		const ru = { year: (y: number) => `${y} г.`, month: () => 'март' };
		const window: Domain = [toUtcMs({ y: 2004, m: 3 }), toUtcMs({ y: 2004, m: 12 })];
		const shown = labelled(timeTicks(window, 1280, ru, estimateTextWidth, FONT));
		expect(shown[0]?.label).toBe('март 2004 г.');
	});

	it('falls back to days only in a window of about a month', () => {
		const ticks = ticksAt(ZOOMS[4]![1], 1920);
		expect(ticks.length).toBeGreaterThan(12);
		expect(ticks.some((t) => t.label === '12 Aug')).toBe(true);
	});

	it('handles year 0050 and 1886 exactly (no 1900 shift)', () => {
		const early = ticksAt([toUtcMs({ y: 41 }), toUtcMs({ y: 60 })], 1280);
		const t50 = early.find((t) => t.label === '50');
		expect(t50?.ms).toBe(toUtcMs({ y: 50 }));
		expect(fromUtcMs(t50!.ms)).toEqual({ y: 50, m: 1, d: 1 });
		const late = ticksAt(domainOfDates({ y: 1886 }, { y: 1895 }), 1280);
		expect(late.find((t) => t.label === '1890')?.ms).toBe(toUtcMs({ y: 1890 }));
	});

	it('uses the injected formatter (a longer Russian label thins the ticks)', () => {
		const ru = { year: (y: number) => `${y} г.`, month: () => 'сентября' };
		const en = ticksAt(ZOOMS[3]![1], 768);
		const longer = timeTicks(ZOOMS[3]![1], 768, ru, estimateTextWidth, FONT);
		expect(longer.length).toBeLessThan(en.length);
	});

	it('returns nothing for an empty window or width', () => {
		expect(ticksAt([5, 5], 800)).toEqual([]);
		expect(ticksAt(ZOOMS[0]![1], 0)).toEqual([]);
	});

	it('does not mutate its domain', () => {
		const domain: Domain = [...ZOOMS[0]![1]];
		ticksAt(domain, 800);
		expect(domain).toEqual(ZOOMS[0]![1]);
	});
});

describe('calendarTicks', () => {
	// d3-time's UTC intervals are the reference: the same instants, without building local dates.
	const d3Interval = (unit: TickUnit, k: number): TimeInterval => {
		const interval =
			unit === 'day'
				? utcDay
				: unit === 'week'
					? utcMonday
					: unit === 'month'
						? utcMonth.every(k)
						: utcYear.every(k);
		if (!interval) throw new Error(`no d3 interval for ${unit} ${k}`);
		return interval;
	};
	const reference = (unit: TickUnit, k: number, start: number, stop: number) =>
		d3Interval(unit, k)
			.range(new Date(start), new Date(stop))
			.map((d) => d.getTime());
	const MIN = toUtcMs({ y: 1 });
	const MAX = toUtcMs({ y: 2400 });
	const cases: [TickUnit, number, number][] = [
		['day', 1, 120 * DAY],
		['week', 1, 2 * 366 * DAY],
		...[1, 2, 3, 6].map((k): [TickUnit, number, number] => ['month', k, 30 * 366 * DAY]),
		...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map((k): [TickUnit, number, number] => [
			'year',
			k,
			2400 * 366 * DAY
		])
	];

	it.each(cases)('matches d3-time for %s × %i over random windows', (unit, k, maxSpan) => {
		fc.assert(
			fc.property(
				fc.integer({ min: MIN, max: MAX }),
				fc.integer({ min: 0, max: maxSpan }),
				fc.boolean(),
				(start, span, onDay) => {
					// Windows that start on a midnight, the first of a month or of a year test the
					// "a tick on the start counts" edge.
					const s = onDay ? Math.floor(start / DAY) * DAY : start;
					expect(calendarTicks(unit, k, s, s + span)).toEqual(reference(unit, k, s, s + span));
				}
			),
			{ numRuns: 300 }
		);
	});

	it('keeps a tick on the window start and leaves out one on its end', () => {
		const y1900 = toUtcMs({ y: 1900 });
		const y1910 = toUtcMs({ y: 1910 });
		expect(calendarTicks('year', 10, y1900, y1910)).toEqual([y1900]);
		expect(calendarTicks('year', 10, y1900, y1910 + 1)).toEqual([y1900, y1910]);
		const jan1 = toUtcMs({ y: 2004, m: 1, d: 1 });
		expect(calendarTicks('month', 3, jan1, toUtcMs({ y: 2004, m: 12 }))).toEqual(
			[1, 4, 7, 10].map((m) => toUtcMs({ y: 2004, m }))
		);
	});

	it('counts years 1–99 and before 1900 exactly', () => {
		expect(calendarTicks('year', 10, toUtcMs({ y: 45 }), toUtcMs({ y: 71 })).map(years1)).toEqual([
			50, 60, 70
		]);
		// 5 January 1970 was a Monday; so was 4 January 1886.
		expect(
			calendarTicks(
				'week',
				1,
				toUtcMs({ y: 1886, m: 1, d: 1 }),
				toUtcMs({ y: 1886, m: 1, d: 12 })
			).map((ms) => fromUtcMs(ms).d)
		).toEqual([4, 11]);
	});

	it('returns nothing for an empty or reversed window', () => {
		expect(calendarTicks('day', 1, 5 * DAY, 5 * DAY)).toEqual([]);
		expect(calendarTicks('year', 1, 5 * DAY, 0)).toEqual([]);
	});
});

const years1 = (ms: number) => fromUtcMs(ms).y;
