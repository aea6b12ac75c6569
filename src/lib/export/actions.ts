/**
 * What each entry of the Download menu does: the view as SVG or PNG (1×, 2×, 3×), the events as
 * CSV, the dataset as JSON. Loaded on first use. Uses the DOM (canvas, download link, the scheme
 * the page is drawn in); the builders it calls do not.
 */
import type { CalendarDate } from '$lib/data/dates';
import { eventsCsv } from './csv';
import { downloadBlob, downloadText, MIME } from './download';
import { exportFileName, type ExportFormat } from './fileNames';
import type { ExportGeometryInput as ExportSource } from './geometry';
import { datasetJson } from './json';
import type { PaletteScheme } from './palette';
import { svgToPng } from './png';
import { viewSvg } from './svg';

/** The reader's own calendar day: the date they made the file. */
function today(): CalendarDate {
	const now = new Date();
	return { y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() };
}

/**
 * The scheme the page is drawn in, so that an image looks like the page: the root's
 * `color-scheme` (the theme the reader chose), or the system's when it allows both.
 */
function pageScheme(): PaletteScheme {
	const schemes = getComputedStyle(document.documentElement).colorScheme.split(/\s+/);
	if (!schemes.includes('dark')) return 'light';
	if (!schemes.includes('light')) return 'dark';
	return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/**
 * Builds the file of a menu entry (a PNG at `scale`) and hands it to the browser.
 * @example await runExport('png', 2, { dataset, events, domain, lang, messages })
 */
export async function runExport(
	format: ExportFormat,
	scale: number,
	s: ExportSource
): Promise<void> {
	const name = exportFileName(format, s.domain, scale);
	if (format === 'csv') return downloadText(name, eventsCsv(s), MIME.csv);
	if (format === 'json') return downloadText(name, datasetJson(s.dataset), MIME.json);
	const { svg, width, height } = viewSvg({ ...s, today: today(), scheme: pageScheme() });
	if (format === 'svg') return downloadText(name, svg, MIME.svg);
	downloadBlob(name, await svgToPng(svg, width, height, scale));
}
