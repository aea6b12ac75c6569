import { describe, expect, it } from 'vitest';
import { readCompareSources } from '../../../tests/helpers/compareSources';
import { parseCsv } from './csv';
import { deriveCompare } from './derive';
import { partiesOf, rankIn, spanBetween } from './rank';
import type { CompareData, CompareEntry } from './types';

const sources = readCompareSources();
const { data } = deriveCompare(sources);

const entry = (iso: string, entryIntoForce: string | null, signature: string | null = null) =>
	({
		iso,
		treaty: 'wct',
		signature,
		instrument: entryIntoForce ? 'accession' : null,
		instrumentDate: entryIntoForce,
		entryIntoForce
	}) satisfies CompareEntry;

/** A small table: one WCT, its entry into force 2002-03-06, two parties sharing a day. */
const small: CompareData = {
	snapshot: '2026-03-06',
	treaties: [{ id: 'wct', wipoName: 'WCT', entryIntoForce: '2002-03-06' }],
	countries: [
		{ iso: 'AA', en: 'A', wipoName: 'A', independence: null },
		{
			iso: 'KZ',
			en: 'Kazakhstan',
			wipoName: 'Kazakhstan',
			independence: { date: '1991-12-16', source: 's' }
		}
	],
	groups: [],
	entries: [
		entry('AA', '2002-03-06'),
		entry('BB', '2004-11-12'),
		entry('KZ', '2004-11-12', '1997-02-28'),
		entry('CC', '2010-01-01'),
		entry('DD', null, '1997-01-01'),
		entry('EE', null, '1997-01-02')
	]
};

describe('spanBetween', () => {
	it('counts days and whole calendar years, signed', () => {
		expect(spanBetween('1887-12-05', '1999-04-12')).toEqual({ days: 40_670, years: 111 });
		expect(spanBetween('2000-03-01', '2001-02-28')).toEqual({ days: 364, years: 0 });
		expect(spanBetween('2000-03-01', '2001-03-01')).toEqual({ days: 365, years: 1 });
		expect(spanBetween('2001-03-01', '2000-03-01')).toEqual({ days: -365, years: -1 });
		expect(spanBetween('1999-04-12', '1999-04-12')).toEqual({ days: 0, years: 0 });
	});
});

describe('rankIn', () => {
	it('ranks by parties strictly earlier, and marks a shared day as joint', () => {
		expect(rankIn(small, 'wct', 'AA')).toMatchObject({
			rank: 1,
			joint: false,
			before: 0,
			total: 4
		});
		const kz = rankIn(small, 'wct', 'KZ');
		expect(kz).toMatchObject({
			entryIntoForce: '2004-11-12',
			rank: 2,
			joint: true,
			before: 1,
			total: 4,
			shareBefore: 0.25,
			signatories: ['DD', 'EE']
		});
		expect(kz.fromTreatyForce).toEqual(spanBetween('2002-03-06', '2004-11-12'));
		expect(kz.fromIndependence).toEqual(spanBetween('1991-12-16', '2004-11-12'));
		expect(rankIn(small, 'wct', 'BB')).toMatchObject({
			rank: 2,
			joint: true,
			fromIndependence: null
		});
		expect(rankIn(small, 'wct', 'CC')).toMatchObject({ rank: 4, joint: false, shareBefore: 0.75 });
	});

	it('gives a signatory or a stranger no rank, and still the totals and the signatories', () => {
		for (const iso of ['DD', 'ZZ'])
			expect(rankIn(small, 'wct', iso)).toMatchObject({
				entryIntoForce: null,
				rank: null,
				joint: false,
				total: 4,
				fromTreatyForce: null,
				fromIndependence: null,
				signatories: ['DD', 'EE']
			});
		expect(rankIn(small, 'wct', 'DD').entry?.signature).toBe('1997-01-01');
		expect(rankIn(small, 'wct', 'ZZ').entry).toBeNull();
	});

	it("places Kazakhstan in Berne as an independent count of WIPO's table does", () => {
		const records = parseCsv(sources.wipo).slice(1);
		const berne = records.filter(([, treaty, , , , force]) => treaty === 'Berne' && force);
		const kzForce = berne.find(([party]) => party === 'Kazakhstan')![5]!;
		const earlier = berne.filter((r) => r[5]! < kzForce).length;
		const same = berne.filter((r) => r[5] === kzForce).length;
		const kz = rankIn(data, 'berne', 'KZ');
		expect(kz).toMatchObject({
			entryIntoForce: kzForce,
			rank: earlier + 1,
			joint: same > 1,
			total: berne.length,
			shareBefore: earlier / berne.length
		});
		expect(kz.fromTreatyForce?.years).toBe(111);
		expect(kz.fromIndependence).toEqual(spanBetween('1991-12-16', kzForce));
		expect(kz.fromIndependence?.years).toBe(7);
	});

	it('ranks every party of every treaty from 1 up, each rank below or at the total', () => {
		for (const t of data.treaties) {
			const parties = partiesOf(data, t.id);
			const ranks = parties.map((p) => rankIn(data, t.id, p.iso).rank!);
			expect(ranks[0], t.id).toBe(1);
			for (let i = 1; i < ranks.length; i++) {
				const same = parties[i]!.date === parties[i - 1]!.date;
				expect(ranks[i], `${t.id} ${parties[i]!.iso}`).toBe(same ? ranks[i - 1] : i + 1);
			}
		}
	});
});

describe('partiesOf', () => {
	it('lists the parties by date, then by code, without the signatories', () => {
		expect(partiesOf(small, 'wct')).toEqual([
			{ iso: 'AA', date: '2002-03-06' },
			{ iso: 'BB', date: '2004-11-12' },
			{ iso: 'KZ', date: '2004-11-12' },
			{ iso: 'CC', date: '2010-01-01' }
		]);
	});
});
