/**
 * WIPO's contracting-party tables as the repository keeps them (`data/wipo-membership/`, a
 * snapshot of the datahub core dataset membership-to-copyright-treaties), read for the data tests.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Instrument } from '../../src/lib/data/schema';

export const WIPO_TABLE_CSV = fileURLToPath(
	new URL('../../data/wipo-membership/membership-to-copyright-treaties.csv', import.meta.url)
);

/** The columns of the table, in order. */
export const WIPO_TABLE_COLUMNS = [
	'Contracting Party',
	'Treaty',
	'Signature Date',
	'Instrument Type',
	'Instrument Date',
	'Entry Into Force Date'
] as const;

export interface WipoRow {
	party: string;
	treaty: string;
	/** ISO dates; '' where the table has none. */
	signature: string;
	instrumentType: string;
	instrument: string;
	entryIntoForce: string;
}

/**
 * RFC 4180 records: fields split on commas (or `sep`), double quotes around a field that holds a comma, a
 * quote ("") or a line break; LF or CRLF between records.
 * @example parseCsv('a,"b,c"\n1,2\n') // [['a', 'b,c'], ['1', '2']]
 */
export function parseCsv(text: string, sep = ','): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === sep) {
			row.push(field);
			field = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += c;
	}
	if (field !== '' || row.length) rows.push([...row, field]);
	return rows;
}

/** The header row and the records of the table. */
export function readWipoTable(): { header: string[]; rows: WipoRow[] } {
	const [header = [], ...records] = parseCsv(readFileSync(WIPO_TABLE_CSV, 'utf8'));
	const rows = records.map(
		([party = '', treaty = '', signature = '', type = '', at = '', force = '']) => ({
			party,
			treaty,
			signature,
			instrumentType: type,
			instrument: at,
			entryIntoForce: force
		})
	);
	return { header, rows };
}

/** The table's `Treaty` name for a dataset treaty id. */
export const TABLE_TREATY: Record<string, string> = {
	berne: 'Berne',
	rome: 'Rome',
	phonograms: 'Phonograms',
	wct: 'WIPO Copyright Treaty (WCT)',
	wppt: 'WIPO Performances and Phonograms Treaty (WPPT)'
};

/** The dataset's `instrument` for the table's `Instrument Type`. */
export const TABLE_INSTRUMENT: Record<string, Instrument> = {
	Accession: 'accession',
	Ratification: 'ratification',
	'Declaration of Continued Application': 'continued-application'
};
