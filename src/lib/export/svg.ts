/**
 * A standalone SVG of the current view, built from the layout model (never scraped from the page):
 * literal colours (the page's theme, light or dark) and sizes, the system font stack, a title, the legend and the source line. No
 * external reference of any kind (no links, `url()`, images or foreign objects), so it opens alike
 * in browsers and vector editors and renders into a canvas without tainting it.
 */
import type { TimelineGeometry } from '$lib/layout/timeline';
import { exportGeometry, type ExportGeometryInput } from './geometry';
import { FONT_STACK, PALETTES, type PaletteScheme } from './palette';
import { chartMarkup } from './svgChart';
import { footerBlock, legendBlock, M, wrapText } from './svgLegend';
import { exportTexts, type ExportTexts, type ExportTextsInput } from './texts';
import { el } from './xml';

interface SvgInput {
	geometry: TimelineGeometry;
	texts: ExportTexts;
	/** The colours: the page's theme (light when not given). */
	scheme?: PaletteScheme;
}

interface SvgImage {
	svg: string;
	width: number;
	height: number;
}

/**
 * The SVG document of a view: header (title, window), chart, legend, footer.
 * @example buildSvg({ geometry: exportGeometry(…), texts: exportTexts(…) }).svg.startsWith('<?xml') // true
 */
export function buildSvg(input: SvgInput): SvgImage {
	const { geometry: geo, texts } = input;
	const palette = PALETTES[input.scheme ?? 'light'];
	const width = Math.round(geo.gutter + geo.plotWidth);
	const titleLines = wrapText(texts.title, width - 2 * M, 18);
	const chartTop = M + titleLines.length * 23 + 30;
	const head = [
		...titleLines.map((l, i) =>
			el('text', { x: M, y: M + 18 + i * 23, 'font-size': 18, 'font-weight': 700 }, l)
		),
		el('text', { x: M, y: chartTop - 14, 'font-size': 13, fill: palette.muted }, texts.subtitle)
	].join('');
	const chartBottom = chartTop + geo.lanesBottom + 30;
	const legend = legendBlock(texts.legendTitle, texts.legend, chartBottom + 12, width, palette);
	const footerTop = chartBottom + 12 + legend.height + 10;
	const footer = footerBlock([texts.source, texts.exported], footerTop, width, palette);
	const height = Math.ceil(footerTop + footer.height + M);
	const body = [
		el('title', {}, texts.title),
		el('desc', {}, texts.subtitle),
		el('rect', { x: 0, y: 0, width, height, fill: palette.bg }),
		el('g', { fill: palette.text }, { inner: head }),
		el('g', { transform: `translate(0,${chartTop})` }, { inner: chartMarkup(geo, palette) }),
		legend.markup,
		footer.markup
	].join('');
	const root = {
		xmlns: 'http://www.w3.org/2000/svg',
		width,
		height,
		viewBox: `0 0 ${width} ${height}`,
		'xml:lang': texts.lang,
		lang: texts.lang,
		role: 'img',
		'font-family': FONT_STACK
	};
	const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${el('svg', root, { inner: body })}\n`;
	return { svg, width, height };
}

/**
 * The SVG of a view in one call: geometry at the export width, texts in the language, drawing.
 * @example viewSvg({ dataset, events, domain: view.domain, lang, messages, today, scheme: 'dark' }).svg
 */
export function viewSvg(
	input: ExportGeometryInput & ExportTextsInput & { scheme?: PaletteScheme }
): SvgImage {
	return buildSvg({
		geometry: exportGeometry(input),
		texts: exportTexts(input),
		scheme: input.scheme
	});
}
