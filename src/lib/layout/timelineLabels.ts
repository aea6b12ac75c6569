/**
 * The timeline's labels, placed together so that none covers another: a date beside each mark
 * (the party's first, then the treaties' entries into force), the years a cluster spans, and the
 * length of each delay bar (last).
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
	/** The marks drawn on their own, and the clusters (both labelled). */
	marks: readonly Marker[];
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
	/** Names a stack of revisions: `3 revisions`. */
	revisions: (count: number) => string;
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
	// A mark's date (a composite's: its face's, the entry into force), beside it on its row.
	const items: LabelItem[] = input.marks.map((m) => {
		const ev = byId.get(m.id) as TimelineEvent;
		const text = shortDateLabel(ev.date, input.span, fmt, ev.event.qualifier);
		const at = { id: m.id, x: m.x, y: m.y, text, priority: labelPriority(m), beside: true };
		return { ...at, ...within(m.lane) };
	});
	// A cluster: the years it spans ("1971–1984"), a stack also what it is ("4 revisions, …").
	for (const c of input.clusters) {
		const years = c.ids.map((id) => (byId.get(id) as TimelineEvent).date.y);
		const lo = years.reduce((a, b) => Math.min(a, b));
		const hi = years.reduce((a, b) => Math.max(a, b));
		const span = lo === hi ? fmt.year(lo) : `${fmt.year(lo)}–${fmt.year(hi)}`;
		const what = c.kind === 'revisions' ? `${input.revisions(c.ids.length)}, ${span}` : span;
		const at = { id: c.id, x: c.x + 5, y: c.y, priority: 0.5, beside: true };
		items.push({ ...at, text: what, short: what === span ? undefined : span, ...within(c.lane) });
	}
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
		obstacles: input.clusters.map((c) => ({ x: c.x - 5, y: c.y })),
		lines: input.bars.map((b) => ({ x0: Math.min(b.x1, b.x2), x1: Math.max(b.x1, b.x2), y: b.y }))
	});
	return {
		labels: placed.slice(0, items.length).filter((l) => l.visible),
		delayLabels: placed.slice(items.length).filter((l) => l.visible),
		delayBars: input.bars.map((b) => ({ ...b, label: noted(b) }))
	};
}
