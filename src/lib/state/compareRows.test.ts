import { describe, expect, it } from 'vitest';
import type { CompareData } from '$lib/compare/types';
import sample from '../../../tests/fixtures/compare-sample.json';
import { compareCsv, compareRows, sortCompareRows } from './compareRows';

const data = sample as CompareData;
const names = {
	country: (iso: string) => data.countries.find((c) => c.iso === iso)?.en ?? iso,
	treaty: (id: string) => id.toUpperCase(),
	instrument: (type: string) => type
};
const rows = compareRows(data, names);

describe('compareRows', () => {
	it('gives one row per entry, by treaty in the data order, then by entry into force', () => {
		expect(rows).toHaveLength(data.entries.length);
		expect(rows.slice(0, 4).every((r) => r.treaty === 'berne')).toBe(true);
		const berne = rows.filter((r) => r.treaty === 'berne').map((r) => r.entryIntoForce);
		expect(berne).toEqual([...berne].sort());
		expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
	});

	it('measures the delays from the treaty and from independence', () => {
		const kz = rows.find((r) => r.key === 'berne-KZ')!;
		expect(kz.sinceTreaty).toMatchObject({ kind: 'years', value: 111 });
		expect(kz.sinceIndependence).toMatchObject({ kind: 'years', value: 7 });
		expect(rows.find((r) => r.key === 'berne-FR')!.sinceIndependence).toBeNull();
	});

	it('keeps a signatory without entry into force, with no delay, after the parties', () => {
		const tj = rows.find((r) => r.key === 'wct-TJ')!;
		expect(tj).toMatchObject({ entryIntoForce: null, sinceTreaty: null, instrument: '' });
		const wct = rows.filter((r) => r.treaty === 'wct');
		expect(wct.at(-1)).toBe(tj);
	});
});

describe('sortCompareRows', () => {
	it('sorts by delay in days, signatories last in both directions', () => {
		const up = sortCompareRows(rows, 'sinceTreaty', 'ascending', 'en');
		const down = sortCompareRows(rows, 'sinceTreaty', 'descending', 'en');
		const days = (rs: typeof rows) =>
			rs.filter((r) => r.sinceTreaty).map((r) => r.sinceTreaty!.days);
		expect(days(up)).toEqual([...days(up)].sort((a, b) => a - b));
		expect(days(down)).toEqual([...days(down)].sort((a, b) => b - a));
		expect(up.at(-1)!.sinceTreaty).toBeNull();
		expect(down.at(-1)!.sinceTreaty).toBeNull();
		expect(down[0]!.key).toBe('berne-TM');
	});

	it('sorts names with the language collator and does not change its input', () => {
		const before = rows.map((r) => r.key);
		const byName = sortCompareRows(rows, 'country', 'ascending', 'en').map((r) => r.country);
		expect(byName[0]).toBe('Belarus');
		expect(rows.map((r) => r.key)).toEqual(before);
	});
});

describe('compareCsv', () => {
	it('writes a header, one line per row, delays in words and signed days', () => {
		const csv = compareCsv(rows, (d) => `${d.value} ${d.unit}`, ';');
		const lines = csv.split('\r\n');
		expect(lines[0]).toBe(
			'\uFEFFiso;country;treaty_id;treaty;instrument;signature;instrument_date;entry_into_force;since_treaty;since_treaty_days;since_independence;since_independence_days'
		);
		expect(lines).toHaveLength(rows.length + 2);
		expect(lines.find((l) => l.startsWith('"KZ";"Kazakhstan";"berne"'))).toBe(
			'"KZ";"Kazakhstan";"berne";"BERNE";"accession";"";"1999-01-12";"1999-04-12";"111 years";40670;"7 years";2674'
		);
	});
});
