/**
 * The events as CSV for spreadsheets: one row per event in time order, UTF-8 with a BOM (so Excel
 * reads Cyrillic right), CRLF line ends and RFC 4180 quoting. A cell that a spreadsheet would run
 * as a formula gets a leading `'` (OWASP, "CSV Injection").
 */
import { treatyDelays, type Delay, type TreatyDelays } from '$lib/data/delays';
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

// Spreadsheets treat these first characters as the start of a formula (or, tab and CR, as a way to
// hide one); the fullwidth forms are read as formulas by some of them too.
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

/**
 * One CSV field: plain text (no bidi isolation marks), neutralised if it could run as a formula,
 * quoted if it holds `"`, `,`, CR or LF.
 * @example csvCell('=1+1') // "'=1+1"
 * @example csvCell('Berne, 1886') // '"Berne, 1886"'
 */
export function csvCell(value: string): string {
	// A number of days is a number: written bare, so that a spreadsheet sorts and charts it.
	if (/^-?\d+$/.test(value)) return value;
	const text = plain(value);
	const safe = FORMULA_START.test(text) ? `'${text}` : text;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Rows to a CSV document: BOM, CRLF after every record (RFC 4180).
 * @example toCsv([['a', 'b'], ['1', '2']]) // '\uFEFFa,b\r\n1,2\r\n'
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
	return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',') + '\r\n').join('');
}

interface EventsCsvInput {
	dataset: Dataset;
	/** Events in time order. */
	events: readonly TimelineEvent[];
	lang: Lang;
	messages: Messages;
}

/**
 * The events' rows, header first. Each delay is written on the row of the event where it ends,
 * in words ("111 years", "12 days", "retroactive (13 months earlier)") and in days (40670, -26).
 * @example eventsRows({ dataset, events, lang: 'en', messages })[1][0] // 'Berne Convention'
 */
export function eventsRows({ dataset, events, lang, messages }: EventsCsvInput): string[][] {
	const words = (d: Delay) => {
		const amount = plural(messages, lang, `delay.${d.unit}`, d.value);
		return d.kind === 'retroactive'
			? translate(messages, 'delay.retroactive', { delay: amount })
			: amount;
	};
	// `<delay column> <id of the event where it ends>` → the delay in words, and in days.
	const ends = new Map<string, string>();
	for (const treaty of dataset.treaties) {
		const delays = treatyDelays(treaty, dataset.party.canActFrom);
		for (const [column, key] of Object.entries(DELAYS)) {
			const d = delays[key];
			if (!d) continue;
			ends.set(`${column} ${d.to.id}`, words(d.delay));
			const days = d.delay.kind === 'retroactive' ? -d.delay.days : d.delay.days;
			ends.set(`${column}_days ${d.to.id}`, String(days));
		}
	}
	const rows: string[][] = [[...CSV_COLUMNS]];
	for (const ev of events) {
		const e = ev.event;
		rows.push([
			laneName(ev, lang, messages),
			ev.treaty?.id ?? '',
			ev.id,
			e.kind,
			eventHeadline(ev, dataset, lang, messages),
			formatIso(ev.date),
			e.qualifier ?? '',
			ev.precision,
			formatDateWords(ev.date, lang, e.qualifier),
			e.evidence,
			e.instrument ?? '',
			e.sources.join('; '),
			...DELAY_CELLS.map((c) => ends.get(`${c} ${ev.id}`) ?? '')
		]);
	}
	return rows;
}

/**
 * The events as a CSV document.
 * @example eventsCsv({ dataset, events, lang: 'ru', messages }).startsWith('\uFEFFtreaty,') // true
 */
export function eventsCsv(input: EventsCsvInput): string {
	return toCsv(eventsRows(input));
}
