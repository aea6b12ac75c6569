/**
 * The compare view's table twin: one row per party or signatory of each treaty, with its delays
 * from the treaty's own entry into force and from the country's independence; sorting by any
 * column, and the same rows as CSV (through export/csv's writer).
 */
import { computeDelay, signedDays, type Delay } from '$lib/data/delays';
import { parseDate } from '$lib/data/dates';
import type { Lang } from '$lib/data/schema';
import type { CompareData, CompareTreaty } from '$lib/compare/types';
import { toCsv, type CsvSeparator } from '$lib/export/csv';
import { sortByCell, type SortDir } from './sortByCell';

export const COMPARE_COLUMNS = [
	'country',
	'treaty',
	'instrument',
	'signature',
	'instrumentDate',
	'entryIntoForce',
	'sinceTreaty',
	'sinceIndependence'
] as const;
export type CompareColumn = (typeof COMPARE_COLUMNS)[number];
export type { SortDir } from './sortByCell';

export interface CompareRow {
	/** `<treaty>-<ISO>`: unique in the table. */
	key: string;
	iso: string;
	treaty: CompareTreaty;
	/** The country's name in the interface language. */
	country: string;
	treatyName: string;
	/** The instrument in words ('' for a signatory). */
	instrument: string;
	signature: string | null;
	instrumentDate: string | null;
	/** Null: a signatory, not a party. */
	entryIntoForce: string | null;
	/** From the treaty's entry into force to the party's (null for a signatory). */
	sinceTreaty: Delay | null;
	/** From the country's independence to the party's entry into force, where independence is known. */
	sinceIndependence: Delay | null;
	/** Position in the data's order (treaty, then entry into force): ties keep it. */
	index: number;
}

export interface RowNames {
	country: (iso: string) => string;
	treaty: (id: CompareTreaty) => string;
	instrument: (type: string) => string;
}

const delay = (from: string | null | undefined, to: string | null) => {
	const [a, b] = [from ? parseDate(from) : null, to ? parseDate(to) : null];
	return a && b ? computeDelay(a, b) : null;
};

/**
 * The table's rows, by treaty in the data's order, then by entry into force (signatories last).
 * @example compareRows(data, names)[0] // { key: 'berne-FR', country: 'France', sinceTreaty: { kind: 'days', value: 0, … }, … }
 */
export function compareRows(data: CompareData, names: RowNames): CompareRow[] {
	const eif = new Map(data.treaties.map((t) => [t.id, t.entryIntoForce]));
	const independence = new Map(data.countries.map((c) => [c.iso, c.independence?.date]));
	const order = new Map(data.treaties.map((t, i) => [t.id, i]));
	const entries = [...data.entries].sort(
		(a, b) =>
			(order.get(a.treaty) ?? 0) - (order.get(b.treaty) ?? 0) ||
			(a.entryIntoForce ?? '9999').localeCompare(b.entryIntoForce ?? '9999') ||
			a.iso.localeCompare(b.iso)
	);
	return entries.map((e, index) => ({
		key: `${e.treaty}-${e.iso}`,
		iso: e.iso,
		treaty: e.treaty,
		country: names.country(e.iso),
		treatyName: names.treaty(e.treaty),
		instrument: e.instrument ? names.instrument(e.instrument) : '',
		signature: e.signature,
		instrumentDate: e.instrumentDate,
		entryIntoForce: e.entryIntoForce,
		sinceTreaty: delay(eif.get(e.treaty), e.entryIntoForce),
		sinceIndependence: delay(independence.get(e.iso), e.entryIntoForce),
		index
	}));
}

/** A row's sort value: treaties in the data's order (not their names' alphabet), delays in days. */
const cell = (r: CompareRow, key: CompareColumn): string | number | null =>
	key === 'treaty'
		? r.index
		: key === 'sinceTreaty' || key === 'sinceIndependence'
			? r[key] && signedDays(r[key])
			: r[key];

/**
 * Rows sorted by a column (a new array): names with `Intl.Collator(lang)`, dates as ISO strings,
 * delays by days. Empty cells go last in both directions; ties keep the data's order.
 * @example sortCompareRows(rows, 'sinceTreaty', 'descending', 'en')[0].iso // the longest wait
 */
export function sortCompareRows(
	rows: readonly CompareRow[],
	key: CompareColumn,
	dir: SortDir,
	lang: Lang
): CompareRow[] {
	return sortByCell(rows, (r) => cell(r, key), dir, lang);
}

/** The CSV's header: machine-readable names, the same in every language. */
export const COMPARE_CSV_COLUMNS = [
	'iso',
	'country',
	'treaty_id',
	'treaty',
	'instrument',
	'signature',
	'instrument_date',
	'entry_into_force',
	'since_treaty',
	'since_treaty_days',
	'since_independence',
	'since_independence_days'
] as const;

/**
 * The rows as a CSV document (export/csv's `toCsv`: BOM, CRLF, every text quoted and formula-safe,
 * separated as the language's spreadsheets expect); each delay in words and in signed days.
 * @example compareCsv(rows, (d) => `${d.value} ${d.unit}`, ',').startsWith('\uFEFFiso,country,') // true
 */
export function compareCsv(
	rows: readonly CompareRow[],
	words: (d: Delay) => string,
	sep: CsvSeparator
): string {
	const both = (d: Delay | null) => (d ? [words(d), signedDays(d)] : ['', '']);
	return toCsv(
		COMPARE_CSV_COLUMNS,
		rows.map((r) => [
			r.iso,
			r.country,
			r.treaty,
			r.treatyName,
			r.instrument,
			r.signature ?? '',
			r.instrumentDate ?? '',
			r.entryIntoForce ?? '',
			...both(r.sinceTreaty),
			...both(r.sinceIndependence)
		]),
		sep
	);
}
