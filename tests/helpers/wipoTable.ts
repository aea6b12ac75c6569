/**
 * WIPO's contracting-party tables as the repository keeps them (`data/wipo-membership/`, a
 * snapshot of the datahub core dataset membership-to-copyright-treaties), read for the data tests
 * with the app's one CSV reader (src/lib/compare/csv.ts), field by field as the table has them.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Instrument } from '../../src/lib/data/schema';
import { parseCsv, WIPO_COLUMNS } from '../../src/lib/compare/csv';

export { parseCsv };

export const WIPO_TABLE_CSV = fileURLToPath(
	new URL('../../data/wipo-membership/membership-to-copyright-treaties.csv', import.meta.url)
);

/** The columns of the table, in order. */
export const WIPO_TABLE_COLUMNS = WIPO_COLUMNS;

export interface WipoRow {
	party: string;
	treaty: string;
	/** ISO dates; '' where the table has none. */
	signature: string;
	instrumentType: string;
	instrument: string;
	entryIntoForce: string;
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
