/**
 * Axis ticks as a render model (visx's tick model): the densest calendar interval whose labels fit
 * side by side without colliding, measured with the injected `measure`, so a longer Russian or
 * Kazakh month name gets its own choice. Ticks step through the proleptic Gregorian calendar on the
 * dates themselves (`calendarTicks`), so years 1–99 are exact and no `Date` is built; they match
 * d3-time's UTC intervals, which the tests use as their reference.
 */
import { fromUtcMs, toUtcMs } from '$lib/data/dates';
import { formatDay } from './format';
import { createTimeScale } from './timeScale';
import type { DateFormat, Domain, Measure, Tick } from './types';

const DAY = 86_400_000;
const YEAR = 365.2425 * DAY;

/** A calendar interval: every day, every Monday, every k-th month (k divides 12), every k-th year. */
export type TickUnit = 'day' | 'week' | 'month' | 'year';

interface Level {
	unit: TickUnit;
	/** Months or years per step (1 for days and weeks); months and years start where `% k === 0`. */
	k: number;
	/** Typical distance between two ticks, to skip hopeless levels without generating them. */
	approxMs: number;
}

/**
 * The instants in [start, stop) that begin an interval, ascending: every day (midnight UTC), every
 * Monday, months whose index from January (0–11) is a multiple of `k`, years that are multiples of
 * `k`. Steps divide evenly into their parent unit, so spacing is regular.
 * @example calendarTicks('year', 10, toUtcMs({ y: 1886 }), toUtcMs({ y: 1911 })) // 1890, 1900, 1910
 */
export function calendarTicks(unit: TickUnit, k: number, start: number, stop: number): number[] {
	const out: number[] = [];
	if (!(start < stop)) return out;
	if (unit === 'day' || unit === 'week') {
		let day = Math.ceil(start / DAY) + 0; // + 0: never -0
		// 1970-01-01 was a Thursday: day numbers 4, 11, … are Mondays.
		if (unit === 'week') day += (((4 - day) % 7) + 7) % 7;
		for (let ms = day * DAY; ms < stop; ms += (unit === 'week' ? 7 : 1) * DAY) out.push(ms);
		return out;
	}
	const first = fromUtcMs(start);
	const onStart = toUtcMs(first) === start;
	const up = (n: number) => n + (((-n % k) + k) % k);
	if (unit === 'month') {
		// Months counted from year 0, so a multiple of `k` is a multiple within each year too.
		const atMonth = (n: number) =>
			toUtcMs({ y: Math.floor(n / 12), m: (((n % 12) + 12) % 12) + 1 });
		for (let n = up(first.y * 12 + first.m - (onStart && first.d === 1 ? 1 : 0)); ; n += k) {
			const ms = atMonth(n);
			if (ms >= stop) return out;
			out.push(ms);
		}
	}
	for (let y = up(first.y + (onStart && first.m === 1 && first.d === 1 ? 0 : 1)); ; y += k) {
		const ms = toUtcMs({ y });
		if (ms >= stop) return out;
		out.push(ms);
	}
}

/**
 * Densest first. Days use whole weeks (Mondays) rather than every 7th day of the month, whose
 * 29th → 1st step would be short.
 */
const LEVELS: Level[] = [
	{ unit: 'day', k: 1, approxMs: DAY },
	{ unit: 'week', k: 1, approxMs: 7 * DAY },
	...[1, 2, 3, 6].map((k) => ({ unit: 'month' as const, k, approxMs: (k * YEAR) / 12 })),
	...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map((k) => ({
		unit: 'year' as const,
		k,
		approxMs: k * YEAR
	}))
];

function tickAt(ms: number, unit: TickUnit, fmt: DateFormat): { label: string; major: boolean } {
	const { y, m, d } = fromUtcMs(ms);
	if (unit === 'year') return { label: fmt.year(y), major: y % 10 === 0 };
	// At month level January shows its year, so the reader never loses the year while zoomed in.
	if (unit === 'month')
		return m === 1 ? { label: fmt.year(y), major: true } : { label: fmt.month(y, m), major: false };
	return { label: formatDay(fmt, y, m, d), major: d === 1 };
}

/**
 * Ticks for a window at a width: the densest interval (days, weeks, 1/2/3/6 months, 1/2/5/10/20/50…
 * years) whose centred labels are at least `minGap` px apart. A label that would cross the plot's
 * edge is emptied (its tick and grid line stay), so no label ever leaves [0, width]. Below year
 * level the first label shown, and the first one in each later year, carry the year (`Feb 1999`;
 * January at month level is the year alone).
 * Returns [] when not even the coarsest level fits.
 * @example timeTicks([toUtcMs({ y: 1886 }), toUtcMs({ y: 2013 })], 800, englishDateFormat, estimateTextWidth, 12)
 * // [{ key: '-2524521600000', ms: -2524521600000, x: 25.2, label: '1890', major: true }, …] every 10 years
 */
export function timeTicks(
	domain: Domain,
	width: number,
	fmt: DateFormat,
	measure: Measure,
	fontPx: number,
	minGap = fontPx
): Tick[] {
	const [d0, d1] = domain;
	const span = d1 - d0;
	if (!(span > 0) || !(width > 0)) return [];
	const scale = createTimeScale(domain, [0, width]);
	// No label is narrower than about one character, so more ticks than this can never fit.
	const maxTicks = width / (fontPx * 0.5 + minGap);
	for (const level of LEVELS) {
		if (span / level.approxMs > maxTicks) continue;
		// calendarTicks is [start, stop): +1 keeps a tick that falls exactly on the window's end.
		const ticks: Tick[] = calendarTicks(level.unit, level.k, d0, d1 + 1).map((ms) => ({
			key: String(ms),
			ms,
			x: scale(ms),
			...tickAt(ms, level.unit, fmt)
		}));
		const fit = { width, measure, fontPx, minGap };
		if (fitLabels(ticks, fit)) {
			if (level.unit !== 'year') nameYears(ticks, fit, fmt);
			return ticks;
		}
	}
	return [];
}

interface Fit {
	width: number;
	measure: Measure;
	fontPx: number;
	minGap: number;
}

/** Empties edge-crossing labels in place and tells whether the rest keep `minGap` between them. */
function fitLabels(ticks: Tick[], { width, measure, fontPx, minGap }: Fit) {
	let prevRight = -Infinity;
	for (const tick of ticks) {
		const w = measure(tick.label, fontPx);
		const left = tick.x - w / 2;
		const right = tick.x + w / 2;
		if (left < 0 || right > width) {
			tick.label = '';
			continue;
		}
		if (left < prevRight + minGap) return false;
		prevRight = right;
	}
	return true;
}

/**
 * Below year level, in place: the first label shown and the first shown in each later year name
 * their year (`Feb 1999`, `12 Apr 1999`), so a window under a year still says which year it is.
 * The longer label must stay inside the plot; neighbours it would touch lose their text (their
 * ticks stay), unless one of them names a year itself (January at month level, or the year
 * before's label), in which case the next label tries.
 */
function nameYears(ticks: Tick[], { width, measure, fontPx, minGap }: Fit, fmt: DateFormat) {
	const yearOf = (t: Tick) => fromUtcMs(t.ms).y;
	const half = (t: Tick) => measure(t.label, fontPx) / 2;
	const years = new Set(ticks.filter((t) => t.label && t.label === fmt.year(yearOf(t))));
	let named: number | null = null;
	for (const tick of ticks) {
		if (!tick.label) continue;
		const y = yearOf(tick);
		if (years.has(tick) || y === named) {
			named = y;
			continue;
		}
		const label = `${tick.label} ${fmt.year(y)}`;
		const w = measure(label, fontPx) / 2;
		if (tick.x - w < 0 || tick.x + w > width) continue;
		const touched = ticks.filter(
			(t) =>
				t !== tick &&
				t.label &&
				t.x + half(t) + minGap > tick.x - w &&
				t.x - half(t) - minGap < tick.x + w
		);
		if (touched.some((t) => years.has(t))) continue;
		tick.label = label;
		for (const t of touched) t.label = '';
		years.add(tick);
		named = y;
	}
}
