/**
 * The whole timeline's geometry in one pure call: gutter, lanes, ticks, markers (culled, with
 * clusters), date labels, delay bars. Components only loop over what this returns (the labels
 * are placed in timelineLabels.ts; scrolling lanes cut it down to the rows in view, rows.ts).
 */
import type { TimelineEvent } from '$lib/data/events';
import type { Treaty } from '$lib/data/schema';
import { endBars, layoutDelayBars, type FormatDelay } from './delayBars';
import { groupMarkers } from './groups';
import { YEAR_LABEL_SPAN_MS } from './format';
import { fitLaneLabel } from './laneLabel';
import { layoutLanes, lanesHeight } from './lanes';
import { layoutMarkers } from './markers';
import { timeTicks } from './ticks';
import { labelTimeline } from './timelineLabels';
import { createTimeScale } from './timeScale';
import type {
	Cluster,
	DateFormat,
	DelayBar,
	Domain,
	Label,
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
	/** Names a stack of revisions: `3 revisions`. */
	revisions: (count: number) => string;
	measure: Measure;
	/** Measures lane names, drawn bolder than labels (default `measure`). */
	measureLane?: Measure;
	/** Font sizes in px: date labels and lane names. */
	labelPx: number;
	lanePx: number;
	laneHeight: number;
	contextHeight: number;
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
	/** The marks drawn on their own, composites among them (their other events in `with`). */
	markers: Marker[];
	/** Markers inside a count bubble or a stack: drawn only when focused. */
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

/** A mark's radius, px (labels keep clear of it). */
const MARK_R = 7;

/** Inner padding of the plot, px: room for a cluster bubble (r = 12) at either edge. */
export const PLOT_PAD = 14;
/** Markers closer than this are grouped (px): composites, stacks, counts (groups.ts). */
const MIN_GAP = 24;

/**
 * @example layoutTimeline({ ...input, width: 1280 }).markers.length // every event in the window
 */
export function layoutTimeline(input: TimelineInput): TimelineGeometry {
	const { measure, lanePx, labelPx, width } = input;
	// Gutter: as wide as the longest lane name on one or two lines, at most 28% of the width.
	// A phone gives the names a little more of its width (Kazakh words are long).
	const cap = Math.max(60, Math.round(width * (width < 480 ? 0.34 : 0.28)));
	const laneMeasure = input.measureLane ?? measure;
	const widest = input.laneNames.reduce((w, n) => Math.max(w, laneMeasure(n, lanePx)), 40);
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
		lines: fitLaneLabel(input.laneNames[i] ?? lane.id, gutter - 16, laneMeasure, lanePx),
		y: lane.y + lane.height / 2
	}));
	// Inner padding keeps edge markers and their labels inside the plot.
	const scale = createTimeScale(input.domain, [PLOT_PAD, plotWidth - PLOT_PAD]);
	const all = layoutMarkers(input.events, scale, lanes, { width: plotWidth });
	const many = all.length > (input.maxSvg ?? MANY_MARKERS);
	// Too many markers to label: every one is drawn (a canvas does not need them merged), none is
	// labelled.
	const labelled = !many || all.length <= (input.maxLabelled ?? LABELLED_MARKERS);
	// Two marks of a joining keep their own only with room for a date label between them.
	const span = input.domain[1] - input.domain[0];
	const sample = span > YEAR_LABEL_SPAN_MS ? '0000' : '00 Mmm';
	const joinGap = Math.max(MIN_GAP, measure(sample, labelPx) + 2 * (MARK_R + 2));
	const { marks, clusters, members } = labelled
		? groupMarkers(all, scale, MIN_GAP, joinGap)
		: { marks: all, clusters: [], members: [] };
	const bars = endBars(layoutDelayBars(input.treaties, scale, lanes, input.fmtDelay), marks).filter(
		(b) => Math.max(b.x1, b.x2) > 0 && Math.min(b.x1, b.x2) < plotWidth
	);
	const { labels, delayLabels, delayBars } = labelTimeline({
		marks: labelled ? marks : [],
		clusters,
		bars,
		lanes,
		byId: input.byId ?? new Map(input.events.map((e) => [e.id, e])),
		span,
		fmt: input.fmt,
		retroactiveNote: input.retroactiveNote,
		revisions: input.revisions,
		measure,
		fontPx: labelPx,
		plotWidth
	});
	const ticks = timeTicks(input.domain, plotWidth - 2 * PLOT_PAD, input.fmt, measure, labelPx).map(
		(t) => ({ ...t, x: t.x + PLOT_PAD })
	);
	return {
		many,
		gutter,
		plotWidth,
		lanes,
		laneLabels,
		lanesBottom: lanesHeight(lanes) + 4,
		ticks,
		markers: marks,
		members,
		clusters,
		labels,
		delayBars,
		delayLabels
	};
}

/**
 * Font sizes (date labels, lane names) and lane heights, px, for a timeline `width` px wide:
 * larger on big screens, smaller lane names on phones, denser lanes in a presentation.
 * @example timelineSizes(1280, false) // { labelPx: 12, lanePx: 14, laneHeight: 60, contextHeight: 40 }
 */
export function timelineSizes(width: number, compact: boolean) {
	const big = width >= 1600;
	return {
		labelPx: big ? 14 : 12,
		lanePx: big ? 16 : width < 480 ? 12 : 14,
		// Two rows a treaty lane: the treaty's events, then the party's.
		laneHeight: compact ? 60 : big ? 72 : 60,
		contextHeight: compact ? 40 : big ? 48 : 40
	};
}
