/**
 * The chart part of an exported image, in the geometry's own coordinates: lane bands and names,
 * grid and axis, delay bars, clusters, markers (hollow and dashed when not a record) and the date
 * labels, with the same sizes as the page and its colours in the given theme.
 */
import type { EventKind } from '$lib/data/model';
import { barSegments } from '$lib/layout/delayBars';
import { markerPath } from '$lib/layout/shapes';
import type { TimelineGeometry } from '$lib/layout/timeline';
import { EXPORT_SIZES } from './geometry';
import type { Palette } from './palette';
import { el } from './xml';

/**
 * A marker's shape at (x, y): filled for a record, hollow and dashed otherwise (EventMarker.svelte).
 * @example markerMarkup('adoption', 7, 10, 20, true, PALETTES.light) // '<path d="…" transform="translate(10,20)" …/>'
 */
export function markerMarkup(
	kind: EventKind,
	r: number,
	x: number,
	y: number,
	record: boolean,
	p: Palette
) {
	const c = p.kinds[kind];
	return el('path', {
		d: markerPath(kind, r),
		transform: `translate(${x},${y})`,
		fill: record ? c : p.bg,
		stroke: c,
		'stroke-width': record ? 1.5 : 2,
		'stroke-dasharray': record ? undefined : '3 2'
	});
}

/** A `<g>` of the given parts. */
const group = (attrs: Parameters<typeof el>[1], parts: string[]) =>
	el('g', attrs, { inner: parts.join('') });

/**
 * Lanes, axis, delay bars, clusters, markers and date labels; the plot is shifted by the gutter.
 * @example chartMarkup(geometry, PALETTES.dark) // '<rect x="0" y="4" …/>…'
 */
export function chartMarkup(geo: TimelineGeometry, p: Palette): string {
	const { labelPx, lanePx } = EXPORT_SIZES;
	const { gutter, plotWidth: pw, lanesBottom: bottom } = geo;
	// No clipPath (it would need `url(#…)`): whatever lies outside the window is left out instead.
	const inside = (x: number) => x >= 0 && x <= pw;
	const out: string[] = [];
	geo.lanes.forEach(({ y, height }, i) => {
		const fill = i % 2 ? p.surface : p.bg;
		out.push(el('rect', { x: 0, y, width: gutter + pw, height, fill }));
	});
	const types = new Map(geo.lanes.map((l) => [l.id, l.type]));
	for (const l of geo.laneLabels) {
		const ctx = types.get(l.id) === 'context';
		const px = ctx ? lanePx * 0.9 : lanePx;
		const lines = ctx ? [l.lines.join(' ')] : l.lines;
		const dy = px * 1.15;
		const y0 = l.y - ((lines.length - 1) * dy) / 2 + px * 0.35;
		const style = ctx
			? { fill: p.muted, 'font-size': px }
			: { fill: p.text, 'font-size': px, 'font-weight': 600 };
		lines.forEach((line, j) => out.push(el('text', { x: 8, y: y0 + j * dy, ...style }, line)));
	}
	const plot: string[] = [];
	const ticks = geo.ticks.filter((t) => inside(t.x));
	for (const t of ticks) {
		const stroke = t.major ? p.border : p.grid;
		plot.push(el('line', { x1: t.x, x2: t.x, y1: 4, y2: bottom + 4, stroke, 'stroke-width': 1 }));
	}
	const tickText = ticks
		.filter((t) => t.label)
		.map((t) => el('text', { x: t.x, y: bottom + 8 + labelPx }, t.label));
	plot.push(group({ fill: p.muted, 'text-anchor': 'middle' }, tickText));
	plot.push(el('line', { x1: 0, x2: pw, y1: bottom, y2: bottom, stroke: p.border }));
	const delayLabels = new Map(geo.delayLabels.map((l) => [l.id, l]));
	for (const b of geo.delayBars) {
		const style = {
			stroke: p.delay,
			'stroke-width': 3,
			'stroke-linecap': 'round',
			'stroke-dasharray': b.dashed ? '6 5' : undefined,
			opacity: 0.55
		};
		// Down from the treaty's entry into force, then along the party's row (DelayBars.svelte).
		if (inside(b.x1))
			plot.push(
				el('line', { ...style, x1: b.x1, x2: b.x1, y1: b.y0 + 9, y2: b.y, 'stroke-width': 2 })
			);
		for (const [a, z] of barSegments(b, delayLabels.get(b.id))) {
			const [x1, x2] = [Math.max(0, Math.min(pw, a)), Math.max(0, Math.min(pw, z))];
			if (x2 > x1) plot.push(el('line', { ...style, x1, x2, y1: b.y, y2: b.y }));
		}
	}
	const delayText = geo.delayLabels.map((l) =>
		el('text', { x: l.x, y: l.y + l.height * 0.8 }, l.text)
	);
	plot.push(group({ fill: p.muted, 'font-style': 'italic' }, delayText));
	const revision = { fill: p.kinds.revision, stroke: p.bg, 'stroke-width': 1.5 };
	const box = (x: number, y: number, opacity: number) =>
		el('rect', { x, y, width: 14, height: 14, opacity, ...revision });
	const bubble = { r: 12, fill: p['surface-2'], stroke: p.text, 'stroke-width': 1.5 };
	for (const c of geo.clusters.filter((c) => inside(c.x))) {
		const count = (x: number | undefined, y: number, size: number, fill: string) => {
			const attrs = { x, y, 'text-anchor': 'middle', 'font-size': size, 'font-weight': 700, fill };
			return el('text', attrs, String(c.ids.length));
		};
		// A stack of revisions (ClusterMarker.svelte), else a count bubble.
		const inner =
			c.kind === 'revisions'
				? box(-3, -11, 0.7) + box(-8, -6, 1) + count(-1, 4.5, 10, p.bg)
				: el('circle', bubble) + count(undefined, 4, 12, p.text);
		plot.push(el('g', { transform: `translate(${c.x},${c.y})` }, { inner }));
	}
	for (const m of geo.markers.filter((m) => inside(m.x))) {
		const c = p.kinds[m.kind];
		// A composite (several events drawn as one): ringed.
		if (m.with)
			plot.push(
				el('circle', { cx: m.x, cy: m.y, r: 10, fill: 'none', stroke: c, 'stroke-width': 1.5 })
			);
		const r = m.kind === 'context' ? 6 : 7;
		plot.push(markerMarkup(m.kind, r, m.x, m.y, m.evidence === 'record', p));
	}
	const labels = geo.labels.map((l) => el('text', { x: l.x, y: l.y + l.height * 0.8 }, l.text));
	plot.push(group({ fill: p.text }, labels));
	return out.join('') + group({ transform: `translate(${gutter},0)`, 'font-size': labelPx }, plot);
}
