/**
 * The dataset against WIPO's contracting-party tables (data/wipo-membership/): every Kazakhstan
 * event of Berne, Rome, Phonograms, WCT and WPPT (signature, instrument date and type, entry into
 * force) is the table's row, given exactly and cited to it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Dataset, TreatyEvent } from '../../src/lib/data/schema';
import {
	parseCsv,
	readWipoTable,
	TABLE_INSTRUMENT,
	TABLE_TREATY,
	WIPO_TABLE_COLUMNS,
	WIPO_TABLE_CSV,
	type WipoRow
} from '../helpers/wipoTable';

const read = (name: string) =>
	JSON.parse(
		readFileSync(fileURLToPath(new URL(`../../data/${name}`, import.meta.url)), 'utf8')
	) as Dataset;

const TABLE_SOURCE = 'wipo-membership-table';
const { header, rows } = readWipoTable();

function rowOf(party: string, treatyId: string): WipoRow {
	const name = TABLE_TREATY[treatyId];
	const found = rows.filter((r) => r.party === party && r.treaty === name);
	expect(found, `${party} × ${name}: one row in the table`).toHaveLength(1);
	return found[0]!;
}

const partyEvents = (dataset: Dataset, treatyId: string, kind: TreatyEvent['kind']) =>
	dataset.treaties.find((t) => t.id === treatyId)!.events.filter((e) => e.kind === kind);

/** The one event of `kind`, recorded (not inferred, no qualifier) on `date` and cited to the table. */
function expectRecorded(events: TreatyEvent[], date: string, what: string): TreatyEvent {
	expect(events, `${what}: one event`).toHaveLength(1);
	const e = events[0]!;
	expect(
		{ date: e.date, qualifier: e.qualifier, evidence: e.evidence },
		`${what} (${e.id})`
	).toEqual({
		date,
		qualifier: undefined,
		evidence: 'record'
	});
	expect(e.sources, `${what} (${e.id}) cites WIPO's table`).toContain(TABLE_SOURCE);
	return e;
}

/** Signature, instrument (date and type) and entry into force of `party` in `treatyId`, as the table gives them. */
function checkAgainstTable(dataset: Dataset, party: string, treatyId: string) {
	const row = rowOf(party, treatyId);
	const signatures = partyEvents(dataset, treatyId, 'party-signature');
	if (row.signature) expectRecorded(signatures, row.signature, `${treatyId} signature`);
	else expect(signatures, `${treatyId}: the table has no signature`).toEqual([]);
	const instrument = expectRecorded(
		partyEvents(dataset, treatyId, 'party-instrument'),
		row.instrument,
		`${treatyId} instrument`
	);
	expect(
		TABLE_INSTRUMENT[row.instrumentType],
		`${treatyId}: type "${row.instrumentType}"`
	).toBeDefined();
	expect(instrument.instrument, `${treatyId} instrument type`).toBe(
		TABLE_INSTRUMENT[row.instrumentType]
	);
	expectRecorded(
		partyEvents(dataset, treatyId, 'party-entry-into-force'),
		row.entryIntoForce,
		`${treatyId} entry into force`
	);
}

describe("WIPO's contracting-party tables (data/wipo-membership/)", () => {
	it('have the documented columns and rows for the five treaties', () => {
		expect(header).toEqual([...WIPO_TABLE_COLUMNS]);
		const records = parseCsv(readFileSync(WIPO_TABLE_CSV, 'utf8'));
		expect(records.length).toBe(rows.length + 1);
		for (const r of records) expect(r, r.join(',')).toHaveLength(WIPO_TABLE_COLUMNS.length);
		for (const r of rows) {
			for (const d of [r.signature, r.instrument, r.entryIntoForce])
				expect(d, `${r.party} × ${r.treaty}`).toMatch(/^(\d{4}-\d{2}-\d{2})?$/);
		}
		for (const name of Object.values(TABLE_TREATY))
			expect(
				rows.some((r) => r.treaty === name),
				name
			).toBe(true);
	});

	it('give Kazakhstan the rows the review relies on', () => {
		expect(rowOf('Kazakhstan', 'berne')).toMatchObject({
			signature: '',
			instrumentType: 'Accession',
			instrument: '1999-01-12',
			entryIntoForce: '1999-04-12'
		});
		for (const id of ['wct', 'wppt'])
			expect(rowOf('Kazakhstan', id)).toMatchObject({
				signature: '1997-02-28',
				instrumentType: 'Ratification',
				instrument: '2004-08-12',
				entryIntoForce: '2004-11-12'
			});
	});
});

describe('data/kazakhstan.json against the table', () => {
	const dataset = read('kazakhstan.json');

	it('cites the table as a WIPO record, via the datahub snapshot of 2026-03-06', () => {
		const source = dataset.sources.find((s) => s.id === TABLE_SOURCE);
		expect(source).toBeDefined();
		expect(source!.tier).toBe('A');
		expect(source!.publisher).toMatch(/^WIPO\b/);
		expect(source!.publisher).toContain('datahub');
		expect(source!.publisher).toContain('2026-03-06');
	});

	for (const id of Object.keys(TABLE_TREATY))
		it(`${id}: Kazakhstan's signature, instrument (date and type) and entry into force are the table's row`, () =>
			checkAgainstTable(dataset, 'Kazakhstan', id));

	it("each treaty's general entry into force is the table's first entry into force", () => {
		for (const id of Object.keys(TABLE_TREATY)) {
			const first = rows
				.filter((r) => r.treaty === TABLE_TREATY[id] && r.entryIntoForce)
				.map((r) => r.entryIntoForce)
				.sort()[0];
			const general = partyEvents(dataset, id, 'entry-into-force');
			expect(
				general.map((e) => e.date),
				id
			).toEqual([first]);
		}
	});
});

describe('data/example-russia.json against the table', () => {
	const dataset = read('example-russia.json');

	it("berne: the Russian Federation's accession and entry into force are the table's row", () =>
		checkAgainstTable(dataset, 'Russian Federation', 'berne'));

	it('gives a continuing State its predecessor’s dates, as the WIPO Convention events do', () => {
		// The USSR acceded to the Paris Convention in 1965: WIPO lists the Russian Federation with it.
		expect(
			rows.find((r) => r.party === 'Russian Federation' && r.treaty === 'Paris')
		).toMatchObject({
			instrumentType: 'Accession',
			instrument: '1965-03-16',
			entryIntoForce: '1965-07-01'
		});
	});
});
