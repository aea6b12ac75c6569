/**
 * The one time scale of the timeline: UTC milliseconds → CSS px, linear, independent of the
 * reader's time zone. The calendar work (tick intervals) is in ticks.ts. Not d3-scale: see
 * ARCHITECTURE.md (first-view bytes).
 */
import type { Domain } from './types';

export interface TimeScale {
	/** ms → px */
	(ms: number): number;
	/** px → ms */
	invert(px: number): number;
	domain(): Domain;
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
	return scale;
}
