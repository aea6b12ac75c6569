/**
 * The one reader of WIPO's contracting-party table (data/wipo-membership/) and of the small CSV
 * tables of data/: RFC 4180 records with their line numbers, then the table's rows checked one by
 * one. Nothing throws: a malformed row or an unknown instrument type is returned as a problem with
 * its line, and the row is left out.
 */
import { parseDate } from '../data/dates';

/** One record's fields and the line (1-based) it starts on. */
export interface CsvRecord {
	line: number;
	fields: string[];
}

/** Something wrong with one line of a table. */
export interface CsvProblem {
	line: number;
	message: string;
}

/**
 * RFC 4180 records: fields split on commas (or `sep`), double quotes around a field that holds a comma, a
 * quote ("") or a line break; LF or CRLF between records. An unclosed quote ends at the text's end.
 * @example parseCsvRecords('a,"b,c"\n1,2\n') // [{line: 1, fields: ['a', 'b,c']}, {line: 2, …}]
 */
export function parseCsvRecords(text: string, sep = ','): CsvRecord[] {
	const records: CsvRecord[] = [];
	let fields: string[] = [];
	let field = '';
	let quoted = false;
	let line = 1;
	let start = 1;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '\n') line++;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === sep) {
			fields.push(field);
			field = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') {
				i++;
				line++;
			}
			fields.push(field);
			records.push({ line: start, fields });
			fields = [];
			field = '';
			start = line;
		} else field += c;
	}
	if (field !== '' || fields.length) records.push({ line: start, fields: [...fields, field] });
	return records;
}

/**
 * The fields of each record, without line numbers.
 * @example parseCsv('a,"b,c"\n1,2\n') // [['a', 'b,c'], ['1', '2']]
 */
export function parseCsv(text: string, sep = ','): string[][] {
	return parseCsvRecords(text, sep).map((r) => r.fields);
}

/** WIPO's `Instrument Type` → our lower-case name for it. */
export const WIPO_INSTRUMENTS = {
	Accession: 'accession',
	Ratification: 'ratification',
	Acceptance: 'acceptance',
	'Declaration of Continued Application': 'continued-application',
	'Declaration/Notification of Succession': 'succession'
} as const;
export type WipoInstrument = (typeof WIPO_INSTRUMENTS)[keyof typeof WIPO_INSTRUMENTS];

/** The table's columns, in order. */
export const WIPO_COLUMNS = [
	'Contracting Party',
	'Treaty',
	'Signature Date',
	'Instrument Type',
	'Instrument Date',
	'Entry Into Force Date'
] as const;

/** One checked row of WIPO's table; absent dates are null. */
export interface WipoRow {
	line: number;
	party: string;
	treaty: string;
	signature: string | null;
	instrument: WipoInstrument | null;
	instrumentDate: string | null;
	entryIntoForce: string | null;
}

/** A full `YYYY-MM-DD` calendar day. */
export const isDay = (s: unknown): s is string =>
	typeof s === 'string' && s.length === 10 && parseDate(s) !== null;

/** The row of one record, or what is wrong with it. */
function checkRow({ line, fields }: CsvRecord): WipoRow | CsvProblem {
	const bad = (message: string) => ({ line, message });
	if (fields.length !== WIPO_COLUMNS.length)
		return bad(`${fields.length} fields, expected ${WIPO_COLUMNS.length}`);
	const [party = '', treaty = '', signature = '', type = '', at = '', force = ''] = fields;
	if (!party.trim() || !treaty.trim()) return bad('no Contracting Party or no Treaty');
	for (const d of [signature, at, force])
		if (d !== '' && !isDay(d)) return bad(`"${d}" is not a YYYY-MM-DD date`);
	if (type !== '' && !Object.hasOwn(WIPO_INSTRUMENTS, type))
		return bad(`unknown instrument type "${type}"`);
	if ((type === '') !== (at === ''))
		return bad('an instrument type without a date, or a date without a type');
	if (!signature && !at && !force) return bad('no date at all');
	return {
		line,
		party,
		treaty,
		signature: signature || null,
		instrument: type ? WIPO_INSTRUMENTS[type as keyof typeof WIPO_INSTRUMENTS] : null,
		instrumentDate: at || null,
		entryIntoForce: force || null
	};
}

/**
 * WIPO's table: the rows that check, and a problem for each line that does not (a wrong header,
 * a wrong number of fields, a date that is not a calendar day, an unknown instrument type).
 */
export function readWipoCsv(text: string): { rows: WipoRow[]; problems: CsvProblem[] } {
	const [header, ...records] = parseCsvRecords(text);
	const rows: WipoRow[] = [];
	const problems: CsvProblem[] = [];
	if (header?.fields.join(',') !== WIPO_COLUMNS.join(','))
		problems.push({ line: 1, message: `header is not ${WIPO_COLUMNS.join(',')}` });
	for (const record of records) {
		if (record.fields.length === 1 && record.fields[0] === '') continue; // a blank line
		const row = checkRow(record);
		if ('message' in row) problems.push(row);
		else rows.push(row);
	}
	return { rows, problems };
}

/**
 * A small table of data/ as objects keyed by its header, with a problem for each record whose
 * field count differs from the header's.
 * @example readTable('iso,en\nKZ,Kazakhstan\n').rows // [{iso: 'KZ', en: 'Kazakhstan'}]
 */
export function readTable(text: string): {
	rows: Record<string, string>[];
	problems: CsvProblem[];
} {
	const [header, ...records] = parseCsvRecords(text);
	const names = header?.fields ?? [];
	const rows: Record<string, string>[] = [];
	const problems: CsvProblem[] = [];
	for (const { line, fields } of records) {
		if (fields.length === 1 && fields[0] === '') continue;
		if (fields.length !== names.length)
			problems.push({ line, message: `${fields.length} fields, expected ${names.length}` });
		else rows.push(Object.fromEntries(names.map((n, i) => [n, fields[i] ?? ''])));
	}
	return { rows, problems };
}
