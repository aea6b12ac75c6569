/**
 * Merges markers that crowd each other in a lane into a count bubble, like Plot's dodge or a map's
 * cluster layer but one-dimensional: within a row, sorted by x, neighbours closer than `minGap`
 * chain into one cluster. Clicking a cluster zooms to `zoomTo`, a window narrow enough that its
 * closest pair is `minGap` apart.
 */
import { MIN_SPAN_MS } from './zoom';
import type { TimeScale } from './timeScale';
import type { Cluster, Domain, Marker } from './types';

/** Zoom a little past the point where the closest pair is exactly `minGap` apart. */
const SEPARATE_MARGIN = 1.1;

/**
 * Splits markers into singles and clusters. The scale gives the members' ms back (`invert`) and
 * the current px per ms, so no extra lookup is needed.
 * @example clusterMarkers(markers, createTimeScale(domain, [0, 280]))
 * // { singles: [...], clusters: [{ id: 'cluster-wipo-convention-kz-in-force', ids: [...], x, y, lane, zoomTo }] }
 */
export function clusterMarkers(
	markers: readonly Marker[],
	scale: TimeScale,
	minGap = 24
): { singles: Marker[]; clusters: Cluster[] } {
	const single = new Set<string>();
	const clusters: Cluster[] = [];
	for (const row of rowsOf(markers)) {
		let group: Marker[] = [];
		const flush = () => {
			if (group.length === 1) single.add((group[0] as Marker).id);
			else if (group.length > 1) clusters.push(toCluster(group, scale, minGap));
			group = [];
		};
		for (const m of row) {
			const last = group[group.length - 1];
			if (last && m.x - last.x >= minGap) flush();
			group.push(m);
		}
		flush();
	}
	clusters.sort((a, b) => a.x - b.x || a.lane - b.lane);
	return { singles: markers.filter((m) => single.has(m.id)), clusters };
}

/** The markers by lane and row (a row: the same lane and line), each in x order. */
export function rowsOf(markers: readonly Marker[]): Marker[][] {
	const rows = new Map<string, Marker[]>();
	for (const m of markers) {
		const key = `${m.lane}:${m.y}`;
		const row = rows.get(key);
		if (row) row.push(m);
		else rows.set(key, [m]);
	}
	return [...rows.values()].map((row) => row.sort((a, b) => a.x - b.x || a.index - b.index));
}

function toCluster(members: Marker[], scale: TimeScale, minGap: number): Cluster {
	const first = members[0] as Marker;
	const last = members[members.length - 1] as Marker;
	let sumX = 0;
	let closest = Infinity;
	members.forEach((m, i) => {
		sumX += m.x;
		if (i > 0) closest = Math.min(closest, m.x - (members[i - 1] as Marker).x);
	});
	const inTimeOrder = [...members].sort((a, b) => a.index - b.index);
	return {
		id: `cluster-${(inTimeOrder[0] as Marker).id}`,
		kind: members.every((m) => m.kind === 'revision') ? 'revisions' : 'count',
		x: sumX / members.length,
		y: first.y,
		lane: first.lane,
		ids: inTimeOrder.map((m) => m.id),
		zoomTo: separatingDomain(scale.invert(first.x), scale.invert(last.x), closest, scale, minGap)
	};
}

/**
 * A window centred on the members' extent in which their closest pair (`closestPx` apart now)
 * would be `minGap` apart: the span shrinks by closestPx / minGap (the ratio is width-free, so any
 * scale range works). Same-day members never separate, so that span bottoms out at MIN_SPAN_MS.
 * A long chain may then be wider than the window: its outer members lie off-screen and split off
 * into their own clusters or singles as the reader pans. Bounds are the caller's (clampDomain).
 */
function separatingDomain(
	startMs: number,
	endMs: number,
	closestPx: number,
	scale: TimeScale,
	minGap: number
): Domain {
	const [d0, d1] = scale.domain();
	const span = d1 - d0;
	const target = (span * closestPx) / (minGap * SEPARATE_MARGIN);
	const next = Math.max(MIN_SPAN_MS, Math.min(target, span));
	const mid = (startMs + endMs) / 2;
	return [mid - next / 2, mid + next / 2];
}
