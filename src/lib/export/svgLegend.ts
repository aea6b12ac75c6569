/**
 * The parts of an exported image around the chart: the legend, laid out in rows like the page's
 * flex-wrapped list, and the footer (source line, export date), wrapped to the width.
 */
import { exportMeasure as measure } from './geometry';
import type { Palette } from './palette';
import { markerMarkup } from './svgChart';
import type { LegendEntry } from './texts';
import { el } from './xml';

/** The image's margin, px. */
export const M = 16;
/** Text size of the legend and the footer, px. */
const PX = 12;

/** A block of markup and how tall it is, px. */
interface Block {
	markup: string;
	height: number;
}

/**
 * Greedy word wrap to `max` px; a word longer than a line keeps a line of its own.
 * @example wrapText('a b c', 20, 12) // ['a', 'b', 'c']
 */
export function wrapText(text: string, max: number, px: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (line && measure(next, px) > max) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

const ROW = 22;
const GAP = 16;

/** The width of the swatch before a legend text, px. */
const swatchWidth = (mark: LegendEntry['mark']) => (mark === null ? 0 : mark === 'delay' ? 28 : 18);

/** The swatch before a legend text, centred at (x + its width / 2, y). */
function swatch(mark: LegendEntry['mark'], x: number, y: number, p: Palette): string {
	if (mark === null) return '';
	if (mark === 'delay') {
		const bar = { stroke: p.delay, 'stroke-width': 3, 'stroke-linecap': 'round', opacity: 0.7 };
		return el('line', { x1: x + 2, x2: x + 26, y1: y, y2: y, ...bar });
	}
	if (mark === 'uncertain') return markerMarkup('party-entry-into-force', 6, x + 9, y, false, p);
	return markerMarkup(mark, 6, x + 9, y, true, p);
}

/**
 * The legend: a bold title, then the entries in rows of at most `width - 2 * M` px.
 * @example legendBlock('Legend', entries, 80, 1200, PALETTES.light).height // 70
 */
export function legendBlock(
	title: string,
	entries: readonly LegendEntry[],
	top: number,
	width: number,
	palette: Palette
): Block {
	const parts = [el('text', { x: M, y: top + 14, 'font-size': 13, 'font-weight': 700 }, title)];
	let x = M;
	let row = 0;
	for (const entry of entries) {
		const swatchW = swatchWidth(entry.mark);
		const textX = swatchW + (swatchW ? 6 : 0);
		const w = textX + measure(entry.text, PX);
		if (x > M && x + w > width - M) {
			x = M;
			row += 1;
		}
		const mid = top + 20 + row * ROW + ROW / 2;
		parts.push(swatch(entry.mark, x, mid, palette));
		parts.push(el('text', { x: x + textX, y: mid + PX * 0.35, 'font-size': PX }, entry.text));
		x += w + GAP;
	}
	return {
		markup: el('g', { fill: palette.text }, { inner: parts.join('') }),
		height: 20 + (row + 1) * ROW
	};
}

/**
 * Muted lines under the chart (source, export date), each wrapped to the width.
 * @example footerBlock(['Source: …', 'Exported on 1 December 2026'], 400, 1200, PALETTES.dark)
 */
export function footerBlock(
	lines: readonly string[],
	top: number,
	width: number,
	palette: Palette
): Block {
	const wrapped = lines.flatMap((l) => wrapText(l, width - 2 * M, PX));
	const lh = Math.round(PX * 1.4);
	const markup = wrapped.map((l, i) => el('text', { x: M, y: top + PX + i * lh }, l)).join('');
	return {
		markup: el('g', { fill: palette.muted, 'font-size': PX }, { inner: markup }),
		height: wrapped.length * lh
	};
}
