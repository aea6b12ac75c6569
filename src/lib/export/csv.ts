/**
 * The events as CSV for spreadsheets: one row per event in time order, UTF-8 with a BOM (so Excel
 * reads Cyrillic right), CRLF line ends and RFC 4180 quoting. The separator follows the language:
 * `,` in English, `;` in Russian and Kazakh, the list separator of Excel in the ru-RU and kk-KZ
 * locales (where `,` is the decimal comma). Every text field is quoted, so a reader that splits on
 * either separator keeps it whole; one that a spreadsheet would run as a formula gets a leading `'`
 * (OWASP, "CSV Injection"); control characters are removed. Numbers are written bare.
 */
import { signedDays, treatyDelays, type Delay, type TreatyDelays } from '$lib/data/delays';
import { formatIso } from '$lib/data/dates';
import type { TimelineEvent } from '$lib/data/events';
import type { Dataset, Lang } from '$lib/data/schema';
import { plural, translate, type Messages } from '$lib/i18n';
import { plain } from '$lib/i18n/bidi';
import { formatDateWords } from '$lib/i18n/dates';
import { eventHeadline, laneName } from '$lib/i18n/describe';

const DELAYS = {
	adoption_to_force: 'adoptionToForce',
	force_to_instrument: 'forceToInstrument',
	force_to_party_force: 'forceToPartyForce',
	instrument_to_party_force: 'instrumentToPartyForce',
	act_to_party_force: 'actToPartyForce'
} as const satisfies Record<string, keyof TreatyDelays>;
const DELAY_COLUMNS = Object.keys(DELAYS) as (keyof typeof DELAYS)[];
/** Each delay in words, then as a number of days (negative where retroactive), for sorting. */
const DELAY_CELLS = [...DELAY_COLUMNS, ...DELAY_COLUMNS.map((c) => `${c}_days` as const)];

/** The header row: machine-readable names, the same in every language. */
export const CSV_COLUMNS = [
	'treaty',
	'treaty_id',
	'event_id',
	'kind',
	'event',
	'date',
	'qualifier',
	'precision',
	'date_text',
	'evidence',
	'instrument',
	'sources',
	...DELAY_CELLS
] as const;

/** A cell: text (quoted, guarded) or a number (bare). */
export type CsvValue = string | number;
export type CsvSeparator = ',' | ';';

/** The separator Excel expects in each language's usual locale (en-US; ru-RU, kk-KZ). */
export const CSV_SEPARATOR: Record<Lang, CsvSeparator> = { en: ',', ru: ';', kk: ';' };

// Spreadsheets treat these first characters as the start of a formula, also after leading
// whitespace (or, tab and CR, as a way to hide one); the fullwidth forms are read as formulas by
// some of them too.
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@＝＋－＠])/;
// C0 and C1 controls but tab, LF and CR (NUL and backspace would reach the file otherwise).
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/**
 * One CSV field. A number is written bare (a count of days, for sorting and charts). Text is plain
 * (no bidi isolation marks, no control characters), neutralised if it could run as a formula, and
 * always quoted, whatever the separator.
 * @example csvCell(-26) // '-26'
 * @example csvCell(' =1+1') // '"\' =1+1"'
 * @example csvCell('Berne; 1886') // '"Berne; 1886"'
 */
export function csvCell(value: CsvValue): string {
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	const text = plain(value).replace(CONTROLS, '');
	const safe = FORMULA_START.test(text) ? `'${text}` : text;
	return `"${safe.replace(/"/g, '""')}"`;
}

/**
 * A CSV document: BOM, the header as it is (our own column names), then the rows, each record
 * ending in CRLF (RFC 4180).
 * @example toCsv(['a', 'b'], [['x', 2]], ';') // '\uFEFFa;b\r\n"x";2\r\n'
 */
export function toCsv(
	header: readonly string[],
	rows: readonly (readonly CsvValue[])[],
	sep: CsvSeparator = ','
): string {
	const lines = [header.join(sep), ...rows.map((r) => r.map(csvCell).join(sep))];
	return '\uFEFF' + lines.map((l) => l + '\r\n').join('');
}

interface EventsCsvInput {
	dataset: Dataset;
	/** Events in time order. */
	events: readonly TimelineEvent[];
	lang: Lang;
	messages: Messages;
}

/**
 * The events' rows (no header). Each delay is written on the row of the event where it ends,
 * in words ("111 years", "12 days", "retroactive (13 months earlier)") and in days (40670, -26).
 * @example eventsRows({ dataset, events, lang: 'en', messages })[0][0] // 'Berne Convention'
 */
export function eventsRows({ dataset, events, lang, messages }: EventsCsvInput): CsvValue[][] {
	const words = (d: Delay) => {
		const amount = plural(messages, lang, `delay.${d.unit}`, d.value);
		return d.kind === 'retroactive'
			? translate(messages, 'delay.retroactive', { delay: amount })
			: amount;
	};
	// `<delay column> <id of the event where it ends>` → the delay in words, and in days.
	const ends = new Map<string, CsvValue>();
	for (const treaty of dataset.treaties) {
		const delays = treatyDelays(treaty, dataset.party.canActFrom);
		for (const [column, key] of Object.entries(DELAYS)) {
			const d = delays[key];
			if (!d) continue;
			ends.set(`${column} ${d.to.id}`, words(d.delay));
			ends.set(`${column}_days ${d.to.id}`, signedDays(d.delay));
		}
	}
	return events.map((ev) => [
		laneName(ev, lang, messages),
		ev.treaty?.id ?? '',
		ev.id,
		ev.event.kind,
		eventHeadline(ev, dataset, lang, messages),
		formatIso(ev.date),
		ev.event.qualifier ?? '',
		ev.precision,
		formatDateWords(ev.date, lang, ev.event.qualifier),
		ev.event.evidence,
		ev.event.instrument ?? '',
		ev.event.sources.join('; '),
		...DELAY_CELLS.map((c) => ends.get(`${c} ${ev.id}`) ?? '')
	]);
}

/**
 * The events as a CSV document, separated as the language's spreadsheets expect.
 * @example eventsCsv({ dataset, events, lang: 'ru', messages }).startsWith('\uFEFFtreaty;') // true
 */
export function eventsCsv(input: EventsCsvInput): string {
	return toCsv(CSV_COLUMNS, eventsRows(input), CSV_SEPARATOR[input.lang]);
}
