/**
 * The words of an exported image, in the reader's language: title, visible window, legend, source
 * line and export date. Kept apart from the drawing so that tests can check both halves.
 */
import { parseDate, type CalendarDate } from '$lib/data/dates';
import { EVENT_KINDS, type EventKind, type Lang } from '$lib/data/model';
import type { Dataset } from '$lib/data/schema';
import { localText, translate, type Messages } from '$lib/i18n';
import { formatDateWords, windowWords } from '$lib/i18n/dates';
import { plain } from '$lib/i18n/bidi';
import { partyParams } from '$lib/i18n/describe';
import type { Domain } from '$lib/layout/types';
import { domainToWindow } from '$lib/state/window';

export interface LegendEntry {
	/** What shows before the text: a kind's shape, the uncertain mark, a bar, nothing. */
	mark: EventKind | 'uncertain' | 'delay' | null;
	text: string;
}

export interface ExportTexts {
	lang: Lang;
	title: string;
	/** The visible window ("Visible window: 1886 to 2012"). */
	subtitle: string;
	legendTitle: string;
	legend: LegendEntry[];
	/** "Source: <title>, data version X, checked as of Y; CC BY 4.0". */
	source: string;
	/** "Exported on <date>". */
	exported: string;
}

export interface ExportTextsInput {
	dataset: Dataset;
	domain: Domain;
	lang: Lang;
	messages: Messages;
	/** The reader's calendar day of the export. */
	today: CalendarDate;
}

/**
 * The citation line: "Source: <title>, data version X, checked as of <date in words>; CC BY 4.0".
 * @example sourceLine(dataset, 'en', messages) // 'Source: WIPO copyright…, data version 1.1.0, checked as of 6 December 2026; CC BY 4.0'
 */
export function sourceLine(dataset: Dataset, lang: Lang, messages: Messages): string {
	const checked = parseDate(dataset.checkedAsOf);
	return translate(messages, 'export.source', {
		title: localText(dataset.title, lang).value,
		version: dataset.version,
		date: checked ? formatDateWords(checked, lang) : dataset.checkedAsOf,
		license: dataset.license ?? 'CC BY 4.0'
	});
}

/**
 * @example exportTexts({ dataset, domain, lang: 'en', messages, today: { y: 2026, m: 12, d: 1 } }).exported
 * // 'Exported on 1 December 2026'
 */
export function exportTexts(input: ExportTextsInput): ExportTexts {
	const { dataset, domain, lang, messages, today } = input;
	// Plain text: the party's name comes isolated for the page (FSI…PDI), not for a file.
	const t = (key: string, params?: Record<string, string | number>) =>
		plain(translate(messages, key, params));
	const title = localText(dataset.title, lang).value;
	const party = partyParams(dataset, lang);
	const win = domainToWindow(domain);
	const legend: LegendEntry[] = [
		...EVENT_KINDS.map((kind) => ({ mark: kind, text: t(`legend.${kind}`, party) })),
		{ mark: 'uncertain', text: t('legend.uncertain') },
		{ mark: null, text: t('legend.qualifier') },
		{ mark: 'delay', text: t('legend.delay', party) }
	];
	return {
		lang,
		title,
		subtitle: t('zoom.window', windowWords(win, lang)),
		legendTitle: t('legend.title'),
		legend,
		source: sourceLine(dataset, lang, messages),
		exported: t('export.date', { date: formatDateWords(today, lang) })
	};
}
