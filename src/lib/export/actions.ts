/**
 * What each entry of the Download menu does: the view as SVG or PNG (1×, 2×, 3×), the events as
 * CSV, the dataset as JSON. Loaded on first use. Uses the DOM (canvas, download link, the scheme
 * the page is drawn in); the builders it calls do not.
 */
import type { CalendarDate } from '$lib/data/dates';
import { eventsCsv } from './csv';
import { downloadBlob, downloadText, MIME } from './download';
import type { ExportId } from './entries';
import { exportFileName } from './fileNames';
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

const image = (s: ExportSource) => viewSvg({ ...s, today: today(), scheme: pageScheme() });

const png = (scale: number) => async (s: ExportSource) => {
	const { svg, width, height } = image(s);
	const blob = await svgToPng(svg, width, height, scale);
	downloadBlob(exportFileName('png', s.domain, scale), blob);
};

const ACTIONS: Record<ExportId, (s: ExportSource) => Promise<void> | void> = {
	svg: (s) => downloadText(exportFileName('svg', s.domain), image(s).svg, MIME.svg),
	'png-1x': png(1),
	'png-2x': png(2),
	'png-3x': png(3),
	csv: (s) => downloadText(exportFileName('csv'), eventsCsv(s), MIME.csv),
	json: (s) => downloadText(exportFileName('json'), datasetJson(s.dataset), MIME.json)
};

/**
 * Builds the file of a menu entry and hands it to the browser.
 * @example await runExport('csv', { dataset, events, domain, lang, messages })
 */
export async function runExport(id: ExportId, source: ExportSource): Promise<void> {
	await ACTIONS[id](source);
}
