/**
 * Hit testing for marks drawn on a canvas (STYLE.md B.5): the lane from y, then a binary search
 * on x, which is monotonic because markers come in time order. O(log n + marks within r px).
 */
import type { Lane, Marker } from './types';

/**
 * The marker nearest to (x, y) in the lane under y, within `r` px along the time axis, or null.
 * @example hitMarker(geo.markers, geo.lanes, 310, 42) // { id: 'berne-adoption', … }
 */
export function hitMarker(
	markers: readonly Marker[],
	lanes: readonly Lane[],
	x: number,
	y: number,
	r = 12
): Marker | null {
	const lane = lanes.find((l) => y >= l.y && y < l.y + l.height);
	if (!lane) return null;
	// First marker with x >= x - r.
	let lo = 0;
	let hi = markers.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if ((markers[mid] as Marker).x < x - r) lo = mid + 1;
		else hi = mid;
	}
	let best: Marker | null = null;
	let bestD = Infinity;
	for (let i = lo; i < markers.length; i++) {
		const m = markers[i] as Marker;
		if (m.x > x + r) break;
		if (m.lane !== lane.index) continue;
		// Two rows in a treaty lane: the nearer one's.
		const d = Math.hypot(m.x - x, m.y - y);
		if (d < bestD) {
			best = m;
			bestD = d;
		}
	}
	return best;
}
