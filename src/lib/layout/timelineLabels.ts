/**
 * The timeline's labels, placed together so that none covers another: a date under each single
 * marker, the years a cluster spans, and the length of each delay bar (lowest priority).
 */
import type { TimelineEvent } from '$lib/data/events';
import { shortDateLabel } from './format';
import { labelPriority, placeLabels } from './labels';
import type {
	Cluster,
	DateFormat,
	DelayBar,
	Label,
	LabelItem,
	Lane,
	Marker,
	Measure
} from './types';

export interface TimelineLabelsInput {
	/** The unclustered markers, and the clusters (both labelled). */
	singles: readonly Marker[];
	clusters: readonly Cluster[];
	/** The delay bars in view. */
	bars: readonly DelayBar[];
	lanes: readonly Lane[];
	byId: ReadonlyMap<string, TimelineEvent>;
	/** The window's length, ms: a long window labels years, a short one days. */
	span: number;
	fmt: DateFormat;
	/** Added to a delay bar's label when the party's entry into force is retroactive. */
	retroactiveNote: string;
	measure: Measure;
	fontPx: number;
	plotWidth: number;
}

/**
 * @example labelTimeline(input).labels // the date labels that found a place
 */
export function labelTimeline(input: TimelineLabelsInput): {
	labels: Label[];
	delayLabels: Label[];
	/** The bars, a retroactive one's label with its note. */
	delayBars: DelayBar[];
} {
	const { lanes, byId, fmt, plotWidth } = input;
	const within = (lane: number) => {
		const l = lanes[lane] as Lane;
		return { top: l.y, bottom: l.y + l.height };
	};
	const items: LabelItem[] = input.singles.map((m) => {
		const ev = byId.get(m.id) as TimelineEvent;
		const text = shortDateLabel(ev.date, input.span, fmt, ev.event.qualifier);
		return { id: m.id, x: m.x, y: m.y, text, priority: labelPriority(m), ...within(m.lane) };
	});
	// A cluster is labelled with the years it spans ("1886–1887"), placed like a date label.
	for (const c of input.clusters) {
		const years = c.ids.map((id) => (byId.get(id) as TimelineEvent).date.y);
		const lo = Math.min(...years);
		const hi = Math.max(...years);
		const text = lo === hi ? fmt.year(lo) : `${fmt.year(lo)}–${fmt.year(hi)}`;
		items.push({ id: c.id, x: c.x + 5, y: c.y, text, priority: 0.5, ...within(c.lane) });
	}
	// A retroactive delay says so: "+21 years (in force retroactively)".
	const noted = (b: DelayBar) =>
		b.retroactive ? `${b.label} (${input.retroactiveNote})` : b.label;
	// Over the visible part of the bar; a retroactive one keeps its note where there is room.
	const delayItems: LabelItem[] = input.bars.map((b) => {
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
			...within(b.lane)
		};
	});
	const placed = placeLabels([...items, ...delayItems], input.measure, {
		fontPx: input.fontPx,
		width: plotWidth,
		markerRadius: 7,
		obstacles: input.clusters.map((c) => ({ x: c.x - 5, y: c.y }))
	});
	return {
		labels: placed.slice(0, items.length).filter((l) => l.visible),
		delayLabels: placed.slice(items.length).filter((l) => l.visible),
		delayBars: input.bars.map((b) => ({ ...b, label: noted(b) }))
	};
}
