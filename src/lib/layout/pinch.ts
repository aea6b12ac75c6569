/**
 * Two-finger pan and pinch on touch screens: the window that keeps the two instants first under
 * the fingers under their new positions. One finger is left to the browser (it scrolls the page).
 */
import type { Domain } from './types';

/**
 * @param start the window when the two fingers landed
 * @param width plot width in px (the domain spans [0, width])
 * @param from the fingers' x positions at the start
 * @param to their x positions now
 * @example pinchDomain([0, 100], 100, [40, 60], [30, 70]) // [25, 75]
 */
export function pinchDomain(
	start: Domain,
	width: number,
	from: [number, number],
	to: [number, number]
): Domain {
	const msPerPx = (start[1] - start[0]) / width;
	const m1 = start[0] + from[0] * msPerPx;
	const m2 = start[0] + from[1] * msPerPx;
	const dx = to[1] - to[0];
	// Fingers too close to tell apart: pan only, by the mean movement.
	if (Math.abs(dx) < 8 || Math.abs(from[1] - from[0]) < 8) {
		const shift = ((to[0] + to[1] - from[0] - from[1]) / 2) * msPerPx;
		return [start[0] - shift, start[1] - shift];
	}
	const k = (m2 - m1) / dx; // ms per px after the gesture
	const d0 = m1 - to[0] * k;
	return [d0, d0 + width * k];
}
