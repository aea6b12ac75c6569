/**
 * The chart part of an exported image, in the geometry's own coordinates: lane bands and names,
 * grid and axis, delay bars, clusters, markers (hollow and dashed when not a record) and the date
 * labels, with the same sizes and light-theme colours as the page.
 */
import { markerPath } from '$lib/layout/shapes';
import type { TimelineGeometry } from '$lib/layout/timeline';
import { KIND_COLOURS, PALETTE } from './palette';
import { el } from './xml';

/**
 * Lanes, axis, delay bars, clusters, markers and date labels; the plot is shifted by the gutter.
 * @example chartMarkup(geometry, 12, 14) // '<rect x="0" y="4" …/>…'
 */
export function chartMarkup(geo: TimelineGeometry, labelPx: number, lanePx: number): string {
	const { gutter, plotWidth: pw, lanesBottom: bottom } = geo;
	// No clipPath (it would need `url(#…)`): whatever lies outside the window is left out instead.
	const inside = (x: number) => x >= 0 && x <= pw;
	const out: string[] = [];
	geo.lanes.forEach((lane, i) =>
		out.push(
			el('rect', {
				x: 0,
				y: lane.y,
				width: gutter + pw,
				height: lane.height,
				fill: i % 2 ? PALETTE.surface : PALETTE.bg
			})
		)
	);
	const types = new Map(geo.lanes.map((l) => [l.id, l.type]));
	for (const l of geo.laneLabels) {
		const ctx = types.get(l.id) === 'context';
		const px = ctx ? lanePx * 0.9 : lanePx;
		const lines = ctx ? [l.lines.join(' ')] : l.lines;
		const dy = px * 1.15;
		const y0 = l.y - ((lines.length - 1) * dy) / 2 + px * 0.35;
		const style = ctx
			? { fill: PALETTE.muted, 'font-size': px }
			: { fill: PALETTE.text, 'font-size': px, 'font-weight': 600 };
		lines.forEach((line, j) => out.push(el('text', { x: 8, y: y0 + j * dy, ...style }, line)));
	}
	const plot: string[] = [];
	const ticks = geo.ticks.filter((t) => inside(t.x));
	for (const t of ticks) {
		const stroke = t.major ? PALETTE.border : PALETTE.grid;
		plot.push(el('line', { x1: t.x, x2: t.x, y1: 4, y2: bottom + 4, stroke, 'stroke-width': 1 }));
	}
	const tickText = ticks
		.filter((t) => t.label)
		.map((t) => el('text', { x: t.x, y: bottom + 8 + labelPx }, t.label));
	plot.push(
		el('g', { fill: PALETTE.muted, 'text-anchor': 'middle' }, { inner: tickText.join('') })
	);
	plot.push(el('line', { x1: 0, x2: pw, y1: bottom, y2: bottom, stroke: PALETTE.border }));
	for (const b of geo.delayBars) {
		const x1 = Math.max(0, Math.min(pw, Math.min(b.x1, b.x2)));
		const x2 = Math.max(0, Math.min(pw, Math.max(b.x1, b.x2)));
		if (x2 <= x1) continue;
		const dash = b.dashed ? '6 5' : undefined;
		plot.push(
			el('line', {
				x1,
				x2,
				y1: b.y,
				y2: b.y,
				stroke: PALETTE.delay,
				'stroke-width': 3,
				'stroke-linecap': 'round',
				'stroke-dasharray': dash,
				opacity: 0.55
			})
		);
	}
	const delayText = geo.delayLabels.map((l) =>
		el('text', { x: l.x, y: l.y + l.height * 0.8 }, l.text)
	);
	plot.push(
		el('g', { fill: PALETTE.muted, 'font-style': 'italic' }, { inner: delayText.join('') })
	);
	for (const c of geo.clusters.filter((c) => inside(c.x))) {
		const ring = el('circle', {
			r: 12,
			fill: PALETTE['surface-2'],
			stroke: PALETTE.text,
			'stroke-width': 1.5
		});
		const count = el(
			'text',
			{ y: 4, 'text-anchor': 'middle', 'font-size': 12, 'font-weight': 700, fill: PALETTE.text },
			String(c.ids.length)
		);
		plot.push(el('g', { transform: `translate(${c.x},${c.y})` }, { inner: ring + count }));
	}
	for (const m of geo.markers.filter((m) => inside(m.x))) {
		const c = KIND_COLOURS[m.kind];
		const uncertain = m.evidence !== 'record';
		plot.push(
			el('path', {
				d: markerPath(m.kind, m.kind === 'context' ? 6 : 7),
				transform: `translate(${m.x},${m.y})`,
				fill: uncertain ? PALETTE.bg : c,
				stroke: c,
				'stroke-width': uncertain ? 2 : 1.5,
				'stroke-dasharray': uncertain ? '3 2' : undefined
			})
		);
	}
	const labels = geo.labels.map((l) => el('text', { x: l.x, y: l.y + l.height * 0.8 }, l.text));
	plot.push(el('g', { fill: PALETTE.text }, { inner: labels.join('') }));
	const plotG = el(
		'g',
		{ transform: `translate(${gutter},0)`, 'font-size': labelPx },
		{ inner: plot.join('') }
	);
	return out.join('') + plotG;
}
