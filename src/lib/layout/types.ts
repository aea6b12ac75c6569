/**
 * The render model: plain, serialisable objects that layout functions return and components only
 * read (visx's tick model). Coordinates are CSS pixels inside the plot area (x) or the lanes (y).
 */
import type { EventKind, Evidence } from '$lib/data/schema';

/** Measures a text's width in CSS px at a font size (injected: canvas in the browser, a table in tests). */
export type Measure = (text: string, fontSizePx: number) => number;

/** A visible time window as ms since epoch (UTC), [start, end). */
export type Domain = [number, number];

export interface Lane {
	id: string;
	/** 'treaty' lanes hold one treaty; the 'context' lane holds events of no treaty. */
	type: 'treaty' | 'context';
	index: number;
	y: number;
	height: number;
}

export interface Tick {
	key: string;
	ms: number;
	x: number;
	label: string;
	major: boolean;
}

export interface Marker {
	id: string;
	x: number;
	/** Centre of the marker: its row's line (lanes.ts rowY). */
	y: number;
	lane: number;
	kind: EventKind;
	evidence: Evidence;
	/** Position of the event in time order (for keyboard and labels). */
	index: number;
	/** true for events of the party (party-*, domestic-act). */
	party: boolean;
	/**
	 * A composite mark (groups.ts): the other events drawn as this one, in time order (an
	 * accession's instrument beside its entry into force; a treaty's adoption beside its).
	 */
	with?: string[];
}

export interface Cluster {
	id: string;
	/** `revisions`: only revisions or amendments (drawn stacked); `count`: any other events. */
	kind: 'revisions' | 'count';
	x: number;
	y: number;
	lane: number;
	/** Ids of the merged markers, in time order. */
	ids: string[];
	/** The window to zoom to so that the members separate. */
	zoomTo: Domain;
}

export interface Label {
	id: string;
	text: string;
	/** Left edge and baseline-independent box, CSS px. */
	x: number;
	y: number;
	width: number;
	height: number;
	/** 0 = right of/above the marker in the first slot; higher = later fallback slots. */
	tier: number;
	visible: boolean;
}

export interface DelayBar {
	id: string;
	lane: number;
	/** From the treaty's entry into force (x1, on the treaty's row y0) to the party's mark. */
	x1: number;
	x2: number;
	y0: number;
	/** The party's row: the bar runs along it, up to the party's first mark of its joining. */
	y: number;
	label: string;
	/** Dashed when the end is inferred or article-only. */
	dashed: boolean;
	retroactive: boolean;
}

/**
 * Formats calendar parts for the axis and the marker labels; injected so that languages plug in
 * (an English default is `englishDateFormat` in format.ts).
 */
export interface DateFormat {
	/** `1999` */
	year(y: number): string;
	/** Short month name, `Apr`. */
	month(y: number, m: number): string;
	/** Day and short month, `12 Apr`; when absent, `${d} ${month(y, m)}` is used. */
	day?(y: number, m: number, d: number): string;
}

/** What placeLabels places: one short text per marker, anchored at the marker's centre. */
export interface LabelItem {
	id: string;
	/** Marker centre, CSS px. */
	x: number;
	y: number;
	text: string;
	/** Higher is placed first, so lower priorities are the ones dropped. */
	priority: number;
	/** Optional lane bounds the label box must stay within (y px). */
	top?: number;
	bottom?: number;
	/**
	 * What is labelled is this span (a delay bar, from x0 to x1), not a marker at `x`: the label
	 * sits over it, above or below, centred where it can, else flush with either end, and is kept
	 * inside the plot; never beside it.
	 */
	span?: readonly [number, number];
	/** A shorter text, tried where `text` finds no place. */
	short?: string;
	/** Beside its marker on the row's line first (right, then left), above or below only then. */
	beside?: boolean;
}
