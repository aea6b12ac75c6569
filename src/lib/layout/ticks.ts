/**
 * Axis ticks as a render model (visx's tick model): the densest calendar interval whose labels fit
 * side by side without colliding, measured with the injected `measure`, so a longer Russian or
 * Kazakh month name gets its own choice. Ticks come from d3-time UTC intervals, which step with
 * `setUTCFullYear`/`setUTCMonth`, so years 1–99 are exact (no 1900 shift).
 */
import { utcDay, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3';
import { fromUtcMs } from '$lib/data/dates';
import { formatDay } from './format';
import { createTimeScale } from './timeScale';
import type { DateFormat, Domain, Measure, Tick } from './types';

const DAY = 86_400_000;
const YEAR = 365.2425 * DAY;

interface Level {
	unit: 'year' | 'month' | 'day';
	interval: TimeInterval;
	/** Typical distance between two ticks, to skip hopeless levels without generating them. */
	approxMs: number;
}

const every = (interval: TimeInterval | null): TimeInterval => {
	if (!interval) throw new Error('invalid tick interval');
	return interval;
};

/**
 * Densest first. Steps divide evenly into their parent unit (d3's `every` restarts at each parent
 * boundary), so spacing is regular; days use whole weeks (Mondays) rather than `utcDay.every(7)`,
 * whose 29th → 1st step would be short.
 */
const LEVELS: Level[] = [
	{ unit: 'day', interval: utcDay, approxMs: DAY },
	{ unit: 'day', interval: utcMonday, approxMs: 7 * DAY },
	...[1, 2, 3, 6].map((k) => ({
		unit: 'month' as const,
		interval: every(utcMonth.every(k)),
		approxMs: (k * YEAR) / 12
	})),
	...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map((k) => ({
		unit: 'year' as const,
		interval: every(utcYear.every(k)),
		approxMs: k * YEAR
	}))
];

function tickAt(
	ms: number,
	unit: Level['unit'],
	fmt: DateFormat
): { label: string; major: boolean } {
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
 * edge is emptied (its tick and grid line stay), so no label ever leaves [0, width].
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
		// `range` is [start, stop): +1 keeps a tick that falls exactly on the window's end.
		const ticks: Tick[] = level.interval.range(new Date(d0), new Date(d1 + 1)).map((date) => {
			const ms = date.getTime();
			return { key: String(ms), ms, x: scale(ms), ...tickAt(ms, level.unit, fmt) };
		});
		if (fitLabels(ticks, width, measure, fontPx, minGap)) return ticks;
	}
	return [];
}

/** Empties edge-crossing labels in place and tells whether the rest keep `minGap` between them. */
function fitLabels(ticks: Tick[], width: number, measure: Measure, fontPx: number, minGap: number) {
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
