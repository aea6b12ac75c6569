/**
 * Scrolling lanes (more treaties than fit, STYLE.md B.5): only the rows in and near the visible
 * part are drawn, and focusing an event scrolls its lane into view.
 */
import type { TimelineGeometry } from './timeline';

/**
 * The geometry of the rows between y0 and y1 only: lanes, their labels, bars, date labels and
 * markers elsewhere are left out of the DOM. Lanes keep their y, so the drawing keeps its full
 * height and scrolls as before.
 * @example cullRows(geo, 0, 600).lanes.length // the lanes in the first 600 px
 */
export function cullRows(geo: TimelineGeometry, y0: number, y1: number): TimelineGeometry {
	const lanes = geo.lanes.filter((l) => l.y + l.height >= y0 && l.y <= y1);
	if (lanes.length === geo.lanes.length) return geo;
	const ids = new Set(lanes.map((l) => l.id));
	const rows = new Set(lanes.map((l) => l.index));
	const inY = (o: { y: number }) => o.y >= y0 && o.y <= y1;
	return {
		...geo,
		lanes,
		laneLabels: geo.laneLabels.filter((l) => ids.has(l.id)),
		markers: geo.markers.filter((m) => rows.has(m.lane)),
		members: geo.members.filter((m) => rows.has(m.lane)),
		clusters: geo.clusters.filter((c) => rows.has(c.lane)),
		labels: geo.labels.filter(inY),
		delayBars: geo.delayBars.filter((b) => rows.has(b.lane)),
		delayLabels: geo.delayLabels.filter(inY)
	};
}

/**
 * Where scrolling lanes scroll to bring a lane into view: its middle at the middle of the view, or
 * null when it is already wholly in view (`top` and `height`: the visible part, px).
 * @example laneScrollTop({ y: 900, height: 54 }, 0, 600) // 600
 */
export function laneScrollTop(
	lane: { y: number; height: number },
	top: number,
	height: number
): number | null {
	if (lane.y >= top && lane.y + lane.height <= top + height) return null;
	return Math.max(0, lane.y - height / 2);
}
