/**
 * compare.json against the tables it is derived from: current (a stale file fails), complete
 * (every party of WIPO's table named once), and Kazakhstan's rows as data/kazakhstan.json has them.
 */
import { describe, expect, it } from 'vitest';
import { readCompareSources, readRepo } from '../../../tests/helpers/compareSources';
import type { Dataset } from '../data/schema';
import { decodeCompare, encodeCompare } from './codec';
import { readTable, readWipoCsv } from './csv';
import { deriveCompare, TREATY_FACTS, WIPO_SNAPSHOT } from './derive';
import { loadCompare } from './load';
import { COMPARE_TREATIES } from './types';

const sources = readCompareSources();
const { data, problems } = deriveCompare(sources);
const wipo = readWipoCsv(sources.wipo);

describe('compare.json', () => {
	it('derives from the tables without a problem', () => expect(problems).toEqual([]));

	it('is current: npm run compare-data writes what is checked in', () =>
		expect(readRepo('src/lib/compare/compare.json')).toBe(encodeCompare(data) + '\n'));

	it('decodes to the derived data, and loads as it', async () => {
		expect(decodeCompare(JSON.parse(encodeCompare(data)))).toEqual(data);
		expect(await loadCompare()).toEqual(data);
	});

	it('has every row of the seven treaties, and only those', () => {
		const names = new Set(Object.values(TREATY_FACTS).map((t) => t.wipoName));
		expect(data.entries).toHaveLength(wipo.rows.filter((r) => names.has(r.treaty)).length);
		expect(new Set(data.entries.map((e) => e.treaty))).toEqual(new Set(COMPARE_TREATIES));
	});

	it("gives each treaty its own entry into force: the table's earliest", () => {
		for (const t of data.treaties) {
			const first = wipo.rows
				.filter((r) => r.treaty === t.wipoName && r.entryIntoForce)
				.map((r) => r.entryIntoForce!)
				.sort()[0];
			expect(t.entryIntoForce, t.id).toBe(first);
		}
	});

	it("takes the snapshot date from the WIPO table's README", () =>
		expect(readRepo('data/wipo-membership/README.md')).toMatch(
			new RegExp(`dated\\s+${WIPO_SNAPSHOT}`)
		));
});

describe('data/countries.csv', () => {
	const { rows } = readTable(sources.countries);

	it('names every party of WIPO’s table (all 17 treaties) once, with its own code', () => {
		const parties = new Set(wipo.rows.map((r) => r.party));
		expect(new Set(rows.map((r) => r.wipo_name))).toEqual(parties);
		expect(rows).toHaveLength(parties.size);
		expect(new Set(rows.map((r) => r.iso)).size).toBe(rows.length);
	});

	it('maps WIPO’s own spellings to their codes', () => {
		const iso = Object.fromEntries(rows.map((r) => [r.wipo_name, r.iso]));
		expect(iso).toMatchObject({
			'Republic of Moldova': 'MD',
			"Democratic People's Republic of Korea": 'KP',
			'Republic of Korea': 'KR',
			'Holy See': 'VA',
			Türkiye: 'TR',
			"Côte d'Ivoire": 'CI',
			'Czech Republic': 'CZ',
			Eswatini: 'SZ',
			'Russian Federation': 'RU',
			'United Kingdom': 'GB'
		});
	});
});

describe('the tables against data/kazakhstan.json', () => {
	const dataset = JSON.parse(readRepo('data/kazakhstan.json')) as Dataset;
	const kz = data.entries.filter((e) => e.iso === 'KZ');

	it("gives Kazakhstan the independence date of the dataset's party", () =>
		expect(data.countries.find((c) => c.iso === 'KZ')?.independence?.date).toBe(
			dataset.party.canActFrom
		));

	it("gives Kazakhstan's rows the dates of the dataset's party events", () => {
		for (const treaty of dataset.treaties) {
			const entry = kz.find((e) => e.treaty === treaty.id);
			if (!entry) continue;
			const date = (kind: string) => treaty.events.find((e) => e.kind === kind)?.date ?? null;
			expect([entry.signature, entry.instrumentDate, entry.entryIntoForce], treaty.id).toEqual([
				date('party-signature'),
				date('party-instrument'),
				date('party-entry-into-force')
			]);
			expect(data.treaties.find((t) => t.id === treaty.id)?.entryIntoForce).toBe(
				date('entry-into-force')
			);
		}
		// Every treaty of the dataset that the table covers was compared above (not Beijing: no row).
		const compared = dataset.treaties
			.map((t) => t.id)
			.filter((id) => kz.some((e) => e.treaty === id));
		expect(compared.sort()).toEqual(['berne', 'phonograms', 'rome', 'wct', 'wppt']);
	});

	it('lists the fifteen former USSR states with an independence date and a source', () => {
		const former = data.groups.find((g) => g.id === 'former-ussr')!.members;
		expect(former).toHaveLength(15);
		const withDate = data.countries.filter((c) => c.independence).map((c) => c.iso);
		expect(withDate).toEqual(former);
		for (const g of data.groups)
			for (const m of g.members) if (g.id !== 'former-ussr') expect(former).toContain(m);
	});
});
