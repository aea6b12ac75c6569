/**
 * Date labels placed without collisions. A free-function take on TimelineJS's first-fit row
 * assignment (`_computeRowInfo`): items are visited by priority, then left to right, and each takes
 * the first free slot around its marker (slotsOf: beside it on its row, or right-above,
 * right-below, left-above, left-below) or is hidden. Slots sit above or below the lane's centre line, clear of the
 * marker radius, so a label never covers a marker of its own lane; markers elsewhere and placed
 * labels are looked up in spatial indexes, so the pass is O(n log n) rather than O(n²). A label
 * of a span (a delay bar) has slots over it only: centred, then flush with its start or its end,
 * above and below; an item with a `short` text tries that where its text finds no place.
 */
import { bisector } from 'd3';
import type { LabelItem, Label, Measure, Marker } from './types';

export interface PlaceLabelsOptions {
	fontPx: number;
	/** Plot width: visible labels stay within [0, width]. */
	width: number;
	/** Least horizontal space between two labels, px (default 4). */
	gap?: number;
	/** Marker radius kept clear around every marker centre (default 5). */
	markerRadius?: number;
	/** Space between the marker's radius and its label (default 2). */
	pad?: number;
	/** Box height as a multiple of fontPx (default 1.2). */
	lineHeight?: number;
	/** More marker centres to keep clear (unlabelled markers, clusters). */
	obstacles?: readonly { x: number; y: number }[];
	/** Horizontal lines (delay bars) that no label but a span's own may cross. */
	lines?: readonly { x0: number; x1: number; y: number }[];
}

/**
 * Label priority for a marker: the party's events are placed first, then the treaties' entries
 * into force, so when space runs out the other events are the ones dropped.
 * @example labelPriority({ party: true, kind: 'party-instrument' }) // 2
 */
export function labelPriority(marker: Pick<Marker, 'party' | 'kind'>): number {
	if (marker.party) return 2;
	return marker.kind === 'entry-into-force' ? 1 : 0;
}

interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

/** Uniform grid of placed boxes: non-overlapping boxes, so each cell holds only a few. */
class BoxGrid {
	private cells = new Map<string, Box[]>();
	constructor(private size: number) {}
	private keys(b: Box): string[] {
		const out: string[] = [];
		const s = this.size;
		for (let i = Math.floor(b.x0 / s); i <= Math.floor(b.x1 / s); i++)
			for (let j = Math.floor(b.y0 / s); j <= Math.floor(b.y1 / s); j++) out.push(`${i},${j}`);
		return out;
	}
	add(b: Box) {
		for (const k of this.keys(b)) {
			const cell = this.cells.get(k);
			if (cell) cell.push(b);
			else this.cells.set(k, [b]);
		}
	}
	/** Whether `b`, grown by `gap` left and right, overlaps a stored box (touching is fine). */
	hits(b: Box, gap: number): boolean {
		const q = { ...b, x0: b.x0 - gap, x1: b.x1 + gap };
		for (const k of this.keys(q))
			for (const o of this.cells.get(k) ?? [])
				if (q.x0 < o.x1 && o.x0 < q.x1 && q.y0 < o.y1 && o.y0 < q.y1) return true;
		return false;
	}
}

const byY = bisector((row: { y: number }) => row.y);
const byX = bisector((x: number) => x);

/** Marker centres by row (lanes put many markers on few y values), each row sorted by x. */
function pointIndex(points: readonly { x: number; y: number }[]) {
	const rows = new Map<number, number[]>();
	for (const p of points) {
		if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
		const row = rows.get(p.y);
		if (row) row.push(p.x);
		else rows.set(p.y, [p.x]);
	}
	const sorted = [...rows].map(([y, xs]) => ({ y, xs: xs.sort((a, b) => a - b) }));
	sorted.sort((a, b) => a.y - b.y);
	/** Whether any centre lies strictly inside `b` grown by `r` (its square of radius r meets b). */
	return (b: Box, r: number): boolean => {
		for (let i = byY.right(sorted, b.y0 - r); i < sorted.length; i++) {
			const row = sorted[i] as { y: number; xs: number[] };
			if (row.y >= b.y1 + r) break;
			const j = byX.right(row.xs, b.x0 - r);
			if (j < row.xs.length && (row.xs[j] as number) < b.x1 + r) return true;
		}
		return false;
	};
}

/** Whether a box crosses one of the lines (linear: a line a lane, a few dozen at most in view). */
function crossesLine(b: Box, lines: PlaceLabelsOptions['lines'] = []): boolean {
	return lines.some((l) => l.y > b.y0 && l.y < b.y1 && l.x0 < b.x1 && b.x0 < l.x1);
}

interface SlotSize {
	h: number;
	r: number;
	pad: number;
	gap: number;
	width: number;
	above: number;
	below: number;
}

/**
 * Where a label of width `w` may go, best first, as [left, top] pairs. A span's (a delay bar's):
 * on its line where it fits inside it (centred, then at either end), then left of its start on the
 * same line, then over or under its middle. A `beside` item's: on its row's line right of the
 * marker, then left of it, then below or above on either side, then under or over it, slid a
 * little either way. Any other's: right-above,
 * right-below, left-above, left-below (half the gap either side of the marker's x, so a right and
 * a left label of two markers at the same date may sit back to back).
 */
function slotsOf(it: LabelItem, w: number, o: SlotSize): [number, number][] {
	const mid = it.y - o.h / 2;
	if (it.span) {
		const [s0, s1] = it.span;
		const inside = (x: number) => Math.min(Math.max(x, 0), o.width - w);
		const centre = inside((s0 + s1 - w) / 2);
		const on = [centre, inside(s0 + o.gap), inside(s1 - o.gap - w)]
			.filter((x) => x >= s0 && x + w <= s1)
			.map((x): [number, number] => [x, mid]);
		return [...on, [s0 - o.gap - w, mid], [centre, o.above], [centre, o.below]];
	}
	const right = it.x + o.gap / 2;
	const left = it.x - o.gap / 2 - w;
	if (!it.beside)
		return [
			[right, o.above],
			[right, o.below],
			[left, o.above],
			[left, o.below]
		];
	// Last, centred under or over the marker and slid a little either way, nearest first.
	const slid = [0, 1, -1, 2, -2, 3, -3, 4, -4].flatMap((k): [number, number][] => {
		const x = it.x - w / 2 + k * 6;
		return [
			[x, o.below],
			[x, o.above]
		];
	});
	return [
		[it.x + o.r + o.pad, mid],
		[it.x - o.r - o.pad - w, mid],
		[right, o.below],
		[left, o.below],
		[right, o.above],
		[left, o.above],
		...slid
	];
}

/**
 * Places one short label per item; returns them in the items' order, hidden ones with
 * `visible: false` (and their tier-0 box). Deterministic for the same input.
 * @example placeLabels([{ id: 'a', x: 10, y: 20, text: '1999', priority: 1 }], estimateTextWidth, { fontPx: 12, width: 320 })
 * // [{ id: 'a', text: '1999', x: 12, y: -1.4, width: 29.568, height: 14.4, tier: 0, visible: true }]
 */
export function placeLabels(
	items: readonly LabelItem[],
	measure: Measure,
	opts: PlaceLabelsOptions
): Label[] {
	const { fontPx, width, gap = 4, markerRadius: r = 5, pad = 2, lineHeight = 1.2 } = opts;
	const h = fontPx * lineHeight;
	// The markers' centres (a span's anchor is its bar's middle, not a marker).
	const markerAt = pointIndex([...items.filter((it) => !it.span), ...(opts.obstacles ?? [])]);
	const placed = new BoxGrid(Math.max(32, h * 4));
	const out: Label[] = items.map((it) => ({
		id: it.id,
		text: it.text,
		x: it.x + gap / 2,
		y: it.y - r - pad - h,
		width: measure(it.text, fontPx),
		height: h,
		tier: 0,
		visible: false
	}));
	// Highest priority first, then left to right: the first-fit order of TimelineJS's rows.
	const order = items.map((_, i) => i);
	order.sort((a, b) => {
		const p = items[a] as LabelItem;
		const q = items[b] as LabelItem;
		return q.priority - p.priority || p.x - q.x || a - b;
	});
	for (const i of order) {
		const it = items[i] as LabelItem;
		const label = out[i] as Label;
		if (!Number.isFinite(it.x) || !Number.isFinite(it.y)) continue;
		const above = it.y - r - pad - h;
		const below = it.y + r + pad;
		texts: for (const text of it.short ? [it.text, it.short] : [it.text]) {
			const w = text === it.text ? label.width : measure(text, fontPx);
			if (!(w > 0)) continue;
			const slots = slotsOf(it, w, { h, r, pad, gap, width, above, below });
			for (let tier = 0; tier < slots.length; tier++) {
				const [x0, y0] = slots[tier] as [number, number];
				const box = { x0, y0, x1: x0 + w, y1: y0 + h };
				if (box.x0 < 0 || box.x1 > width) continue;
				if (it.top !== undefined && box.y0 < it.top) continue;
				if (it.bottom !== undefined && box.y1 > it.bottom) continue;
				if (placed.hits(box, gap) || markerAt(box, r)) continue;
				if (!it.span && crossesLine(box, opts.lines)) continue;
				placed.add(box);
				Object.assign(label, { text, x: x0, y: y0, width: w, tier, visible: true });
				break texts;
			}
		}
	}
	return out;
}
