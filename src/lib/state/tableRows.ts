/**
 * Rows of the event table and their sorting by every column (loaded with the table view).
 */
import { signedDays, treatyDelays, type TreatyDelay } from '$lib/data/delays';
import type { TimelineEvent } from '$lib/data/events';
import type { Lang } from '$lib/data/model';
import type { Dataset } from '$lib/data/schema';
import { translate, type Messages } from '$lib/i18n';
import { formatDateWords } from '$lib/i18n/dates';
import { eventHeadline, laneName } from '$lib/i18n/describe';
import { formatDelay, pluraliser } from '$lib/i18n/format';
import { sortByCell, type SortDir } from './sortByCell';

export const SORT_KEYS = [
	'treaty',
	'event',
	'date',
	'instrument',
	'evidence',
	'sources',
	'delay'
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface TableRow {
	id: string;
	/** Position in time order: what the date column sorts by. */
	index: number;
	treaty: string;
	event: string;
	date: string;
	instrument: string;
	evidence: string;
	/** Each source's publisher, a name written in English. */
	sources: { id: string; label: string }[];
	/** The delay that ends at this event, in words ('' when none). */
	delay: string;
	/** Its days, negative when retroactive; null when none (sorted last). */
	delayDays: number | null;
}

/**
 * The table's rows, in the order given, with display texts and sort keys. The delay column
 * shows the delay ending at the event: adoption → in force, in force → the party's steps.
 */
export function tableRows(
	events: readonly TimelineEvent[],
	dataset: Dataset,
	lang: Lang,
	m: Messages
): TableRow[] {
	const sources = new Map(dataset.sources.map((s) => [s.id, s]));
	const delays = new Map<string, TreatyDelay>();
	for (const t of dataset.treaties) {
		const d = treatyDelays(t);
		for (const x of [d.adoptionToForce, d.forceToInstrument, d.forceToPartyForce])
			if (x) delays.set(x.to.id, x);
	}
	const words = pluraliser(m, lang);
	return events.map((e) => {
		const d = delays.get(e.id);
		return {
			id: e.id,
			index: e.index,
			treaty: laneName(e, lang, m),
			event: eventHeadline(e, dataset, lang, m),
			date: formatDateWords(e.date, lang, e.event.qualifier),
			instrument: e.event.instrument ? translate(m, `instrumentType.${e.event.instrument}`) : '',
			evidence: translate(m, `evidence.${e.event.evidence}`),
			sources: e.event.sources.map((id) => ({ id, label: sources.get(id)?.publisher ?? id })),
			delay: d ? formatDelay(d.delay, words) : '',
			delayDays: d ? signedDays(d.delay) : null
		};
	});
}

/**
 * Rows sorted by a column (a new array): date by time order, delay by days, text columns with
 * `Intl.Collator(lang)`. Empty cells go last in both directions; ties keep time order.
 * @example sortRows(rows, 'delay', 'descending', 'en')[0].delay // '+111 years'
 */
export function sortRows(
	rows: readonly TableRow[],
	key: SortKey,
	dir: SortDir,
	lang: Lang
): TableRow[] {
	const value = (r: TableRow): string | number | null =>
		key === 'date'
			? r.index
			: key === 'delay'
				? r.delayDays
				: key === 'sources'
					? r.sources.map((s) => s.label).join('; ')
					: r[key];
	return sortByCell(rows, value, dir, lang);
}
