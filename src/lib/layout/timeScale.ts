/**
 * The one time scale of the timeline: UTC milliseconds → CSS px, linear. Positions need nothing
 * more than this line; the calendar work (tick intervals over years and months) is d3-time's, in
 * ticks.ts. Why not d3-scale's `scaleUtc`/`scaleLinear`: their tick formatters and generic
 * interpolators pull d3-time-format or d3-format, d3-interpolate and d3-color into the first view
 * (about 7 KB gzip, a seventh of its budget) for features the timeline never calls.
 * Nothing here depends on the reader's time zone.
 */
import type { Domain } from './types';

export interface TimeScale {
	/** ms → px */
	(ms: number): number;
	/** px → ms */
	invert(px: number): number;
	domain(): Domain;
	range(): [number, number];
}

/**
 * Creates a scale from a domain in ms since epoch to a pixel range; `invert` gives ms back.
 * @example createTimeScale([toUtcMs({ y: 1886 }), toUtcMs({ y: 2013 })], [0, 800])(toUtcMs({ y: 1950 })) // ≈ 403
 */
export function createTimeScale(domain: Domain, range: [number, number]): TimeScale {
	const [d0, d1] = domain;
	const [r0, r1] = range;
	// A zero-width domain maps everything to the middle of the range rather than to NaN.
	const k = d1 !== d0 ? (r1 - r0) / (d1 - d0) : 0;
	const scale = ((ms: number) => (k === 0 ? (r0 + r1) / 2 : r0 + (ms - d0) * k)) as TimeScale;
	scale.invert = (px) => (k === 0 ? d0 : d0 + (px - r0) / k);
	scale.domain = () => [d0, d1];
	scale.range = () => [r0, r1];
	return scale;
}
