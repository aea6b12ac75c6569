/**
 * Zoom as calendar windows (STYLE.md C: store windows, never d3's k/x). The window never gets
 * narrower than MIN_SPAN_MS at any width, never wider than the bounds plus a margin, and never
 * leaves them.
 */
import { endUtcMs, toUtcMs, type CalendarDate } from '$lib/data/dates';
import type { Domain } from './types';

/** The same window (the home window is left out of links, and offers no reset). */
export const sameDomain = (a: Domain, b: Domain) => a[0] === b[0] && a[1] === b[1];

/** The narrowest window: 31 days, so day ticks never flood the axis and links are width-free. */
export const MIN_SPAN_MS = 31 * 86_400_000;

/**
 * The window covering two calendar dates at their precision: from the start of `from`'s period to
 * the end of `to`'s (a `2012` end includes all of 2012).
 * @example domainOfDates({ y: 1886 }, { y: 2012 }) // [toUtcMs({y: 1886}), toUtcMs({y: 2013})]
 */
export function domainOfDates(from: CalendarDate, to: CalendarDate): Domain {
	return [toUtcMs(from), endUtcMs(to)];
}

/** The bounds plus 2 % of their span on each side. */
function allowed(bounds: Domain): Domain {
	const margin = (bounds[1] - bounds[0]) * 0.02;
	const lo = bounds[0] - margin;
	const hi = bounds[1] + margin;
	// A dataset shorter than the minimum span: grow the allowed range around its middle.
	if (hi - lo >= MIN_SPAN_MS) return [lo, hi];
	const mid = (lo + hi) / 2;
	return [mid - MIN_SPAN_MS / 2, mid + MIN_SPAN_MS / 2];
}

/**
 * Fits a window into the bounds plus a margin (`allowed`): the span is clamped to [MIN_SPAN_MS,
 * allowed span] around the window's centre, then the window is shifted back inside. A non-finite or empty window becomes the whole allowed range.
 * @example clampDomain([0, 1000], [0, 1e12]) // [500 − MIN_SPAN_MS / 2, 500 + MIN_SPAN_MS / 2]
 */
export function clampDomain(domain: Domain, bounds: Domain): Domain {
	const [a0, a1] = allowed(bounds);
	const [d0, d1] = domain;
	if (!Number.isFinite(d0) || !Number.isFinite(d1) || !(d1 > d0)) return [a0, a1];
	const span = Math.min(Math.max(d1 - d0, MIN_SPAN_MS), a1 - a0);
	const mid = (d0 + d1) / 2;
	let lo = mid - span / 2;
	lo = Math.min(Math.max(lo, a0), a1 - span);
	return [lo, lo + span];
}

/**
 * Zooms by `factor` (> 1 zooms in) keeping `centreMs` at the same pixel; when the span hits a
 * limit the anchor still holds, and the result is clamped into the bounds.
 * @example zoomAround([0, 100 * DAY], 2, 0, bounds) // [0, 50 * DAY]
 */
export function zoomAround(
	domain: Domain,
	factor: number,
	centreMs: number,
	bounds: Domain
): Domain {
	const [a0, a1] = allowed(bounds);
	const [d0, d1] = domain;
	const span = d1 - d0;
	if (!(factor > 0) || !(span > 0)) return clampDomain(domain, bounds);
	// Clamp the span first, then apply the effective factor, so the anchor does not drift.
	const next = Math.min(Math.max(span / factor, MIN_SPAN_MS), a1 - a0);
	const f = span / next;
	const lo = centreMs - (centreMs - d0) / f;
	return clampDomain([lo, lo + next], bounds);
}

/**
 * Pans by a fraction of the visible span (positive = later), stopping at the bounds.
 * @example panBy([0, 10 * DAY], 0.5, bounds) // [5 * DAY, 15 * DAY]
 */
export function panBy(domain: Domain, fraction: number, bounds: Domain) {
	const shift = (domain[1] - domain[0]) * fraction;
	return clampDomain([domain[0] + shift, domain[1] + shift], bounds);
}
