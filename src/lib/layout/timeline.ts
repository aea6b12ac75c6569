/**
 * The whole timeline's geometry in one pure call: gutter, lanes, ticks, markers (culled, with
 * clusters), date labels, delay bars. Components only loop over what this returns.
 */
import type { TimelineEvent } from '$lib/data/events';
import type { Treaty } from '$lib/data/schema';
import { clusterMarkers } from './clusters';
import { layoutDelayBars, type FormatDelay } from './delayBars';
import { shortDateLabel } from './format';
import { labelPriority, placeLabels } from './labels';
import { layoutLanes, lanesHeight } from './lanes';
import { layoutMarkers } from './markers';
import { timeTicks } from './ticks';
import { createTimeScale } from './timeScale';
import type {
	Cluster,
	DateFormat,
	DelayBar,
	Domain,
	Label,
	LabelItem,
	Lane,
	Marker,
	Measure,
	Tick
} from './types';

export interface TimelineInput {
	treaties: readonly Treaty[];
	/** Every event in time order (orderEvents). */
	events: readonly TimelineEvent[];
	/** Short lane names, one per treaty, then the context lane's. */
	laneNames: readonly string[];
	/** Whole component width, CSS px. */
	width: number;
	domain: Domain;
	fmt: DateFormat;
	fmtDelay: FormatDelay;
	/** Added to a delay bar's label when the party's entry into force is retroactive. */
	retroactiveNote: string;
	measure: Measure;
	/** Font sizes in px: date labels and lane names. */
	labelPx: number;
	lanePx: number;
	laneHeight: number;
	contextHeight: number;
	/** Markers closer than this merge into a cluster (px). */
	minGap?: number;
	/**
	 * Above this many markers in the window, the timeline draws them on a canvas (STYLE.md B.5),
	 * with SVG only for the focused and the selected one (default MANY_MARKERS).
	 */
	maxSvg?: number;
	/**
	 * Above this many markers in the window (on the canvas), no clusters and no date labels, only
	 * the marks (default LABELLED_MARKERS).
	 */
	maxLabelled?: number;
	/** The events by id, when the caller keeps one (saves building it on every zoom step). */
	byId?: ReadonlyMap<string, TimelineEvent>;
}

export interface LaneLabel {
	id: string;
	lines: string[];
	y: number;
}

export interface TimelineGeometry {
	/**
	 * Many markers in the window: drawn on a canvas; above LABELLED_MARKERS also unclustered and
	 * unlabelled.
	 */
	many: boolean;
	gutter: number;
	plotWidth: number;
	lanes: Lane[];
	laneLabels: LaneLabel[];
	lanesBottom: number;
	ticks: Tick[];
	markers: Marker[];
	/** Markers merged into clusters: drawn only when focused or selected. */
	members: Marker[];
	clusters: Cluster[];
	/** Visible date labels (those that found a place). */
	labels: Label[];
	delayBars: DelayBar[];
	/** Visible delay labels, placed like date labels (lowest priority). */
	delayLabels: Label[];
}

/**
 * More markers than this in the window are drawn on a canvas instead of as SVG links: each zoom
 * step then moves pixels, not elements (entering markers created, leaving ones removed).
 */
export const MANY_MARKERS = 100;
/** Up to this many markers in the window, crowded ones merge into clusters and all get date labels. */
export const LABELLED_MARKERS = 300;

/** Inner padding of the plot, px: room for a cluster bubble (r = 12) at either edge. */
export const PLOT_PAD = 14;
const PAD = PLOT_PAD;

/**
 * Breaks a lane name into at most two lines of at most `max` px, cutting with "…" if it must.
 * @example fitLaneLabel('Phonograms Convention', 80, estimateTextWidth, 12) // ['Phonograms', 'Convention']
 */
export function fitLaneLabel(text: string, max: number, measure: Measure, px: number): string[] {
	if (measure(text, px) <= max) return [text];
	const words = text.split(/\s+/);
	let first = '';
	let i = 0;
	for (; i < words.length; i++) {
		const next = first ? `${first} ${words[i]}` : (words[i] as string);
		if (first && measure(next, px) > max) break;
		first = next;
	}
	const rest = words.slice(i).join(' ');
	const cut = (s: string) => {
		if (measure(s, px) <= max) return s;
		let t = s;
		while (t.length > 1 && measure(t + '…', px) > max) t = t.slice(0, -1);
		return t + '…';
	};
	return rest ? [cut(first), cut(rest)] : [cut(first)];
}

/**
 * @example layoutTimeline({ ...input, width: 1280 }).markers.length // every event in the window
 */
export function layoutTimeline(input: TimelineInput): TimelineGeometry {
	const { measure, lanePx, labelPx, width } = input;
	// Gutter: as wide as the longest lane name on one or two lines, at most 28% of the width.
	const cap = Math.max(60, Math.round(width * 0.28));
	const widest = Math.max(...input.laneNames.map((n) => measure(n, lanePx)), 40);
	const gutter = Math.min(cap, Math.ceil(widest) + 16);
	const plotWidth = Math.max(40, width - gutter);
	const lanes = layoutLanes(
		input.treaties.map((t) => t.id),
		{
			top: 4,
			laneHeight: input.laneHeight,
			contextHeight: input.contextHeight,
			// No context events (none in the data, or filtered out): no empty context lane.
			context: input.events.some((e) => e.treaty === null)
		}
	);
	const laneLabels = lanes.map((lane, i) => ({
		id: lane.id,
		lines: fitLaneLabel(input.laneNames[i] ?? lane.id, gutter - 16, measure, lanePx),
		y: lane.y + lane.height / 2
	}));
	// Inner padding keeps edge markers and their labels inside the plot.
	const scale = createTimeScale(input.domain, [PAD, plotWidth - PAD]);
	const all = layoutMarkers(input.events, scale, lanes, {
		cull: true,
		margin: 16,
		width: plotWidth
	});
	const many = all.length > (input.maxSvg ?? MANY_MARKERS);
	// Too many markers to label: every one is drawn (a canvas does not need them merged), none is
	// labelled.
	const labelled = !many || all.length <= (input.maxLabelled ?? LABELLED_MARKERS);
	const { singles, clusters } = labelled
		? clusterMarkers(all, scale, input.minGap ?? 24)
		: { singles: all, clusters: [] };
	const singleIds = new Set(labelled ? singles.map((m) => m.id) : []);
	const span = input.domain[1] - input.domain[0];
	const byId = input.byId ?? new Map(input.events.map((e) => [e.id, e]));
	const items: LabelItem[] = (labelled ? singles : []).map((m) => {
		const ev = byId.get(m.id) as TimelineEvent;
		const lane = lanes[m.lane] as Lane;
		return {
			id: m.id,
			x: m.x,
			y: m.y,
			text: shortDateLabel(ev.date, span, input.fmt, ev.event.qualifier),
			priority: labelPriority(m),
			top: lane.y,
			bottom: lane.y + lane.height
		};
	});
	// A cluster is labelled with the years it spans ("1886–1887"), placed like a date label.
	for (const c of clusters) {
		const years = c.ids.map((id) => (byId.get(id) as TimelineEvent).date.y);
		const lo = Math.min(...years);
		const hi = Math.max(...years);
		const lane = lanes[c.lane] as Lane;
		items.push({
			id: c.id,
			x: c.x + 5,
			y: c.y,
			text: lo === hi ? input.fmt.year(lo) : `${input.fmt.year(lo)}–${input.fmt.year(hi)}`,
			priority: 0.5,
			top: lane.y,
			bottom: lane.y + lane.height
		});
	}
	const bars = layoutDelayBars(input.treaties, scale, lanes, input.fmtDelay).filter(
		(b) => Math.max(b.x1, b.x2) > 0 && Math.min(b.x1, b.x2) < plotWidth
	);
	// A retroactive delay says so: "+21 years (in force retroactively)".
	const noted = (b: DelayBar) =>
		b.retroactive ? `${b.label} (${input.retroactiveNote})` : b.label;
	// Over the visible part of the bar; a retroactive one keeps its note where there is room.
	const delayItems: LabelItem[] = bars.map((b) => {
		const lane = lanes[b.lane] as Lane;
		const span = [
			Math.max(0, Math.min(b.x1, b.x2)),
			Math.min(plotWidth, Math.max(b.x1, b.x2))
		] as const;
		return {
			id: b.id,
			x: (span[0] + span[1]) / 2,
			y: b.y,
			text: noted(b),
			short: b.retroactive ? b.label : undefined,
			span,
			priority: -1,
			top: lane.y,
			bottom: lane.y + lane.height
		};
	});
	const placed = placeLabels([...items, ...delayItems], measure, {
		fontPx: labelPx,
		width: plotWidth,
		markerRadius: 7,
		obstacles: clusters.map((c) => ({ x: c.x - 5, y: c.y }))
	});
	const labels = placed.slice(0, items.length).filter((l) => l.visible);
	const delayLabels = placed.slice(items.length).filter((l) => l.visible);
	const ticks = timeTicks(input.domain, plotWidth - 2 * PAD, input.fmt, measure, labelPx).map(
		(t) => ({ ...t, x: t.x + PAD })
	);
	return {
		many,
		gutter,
		plotWidth,
		lanes,
		laneLabels,
		lanesBottom: lanesHeight(lanes) + 4,
		ticks,
		markers: singles,
		members: labelled ? all.filter((m) => !singleIds.has(m.id)) : [],
		clusters,
		labels,
		delayBars: bars.map((b) => ({ ...b, label: noted(b) })),
		delayLabels
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

/**
 * The geometry of the rows between y0 and y1 only (scrolling lanes, STYLE.md B.5): lanes, their
 * labels, bars, date labels and markers elsewhere are left out of the DOM. Lanes keep their y, so
 * the drawing keeps its full height and scrolls as before.
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
