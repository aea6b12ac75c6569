import { describe, expect, it } from 'vitest';
import raw from '../../../data/kazakhstan.json';
import type { Dataset, Treaty } from '$lib/data/schema';
import { pathRows } from './pathRows';

const dataset = raw as unknown as Dataset;

describe('pathRows', () => {
	const rows = pathRows(dataset.treaties);

	it('has Kazakhstan’s six treaties, in the order they took effect for it', () => {
		expect(rows.map((r) => r.treaty.id)).toEqual([
			'wipo',
			'berne',
			'phonograms',
			'wct',
			'wppt',
			'rome'
		]);
		expect(rows.map((r) => r.inForce?.id)).toEqual(
			rows.map((r) => `${r.treaty.id}-party-entry-into-force`)
		);
	});

	it('names each instrument: accessions, ratifications and the continued application', () => {
		expect(Object.fromEntries(rows.map((r) => [r.treaty.id, r.instrument?.type]))).toEqual({
			wipo: 'continued-application',
			berne: 'accession',
			phonograms: 'accession',
			wct: 'ratification',
			wppt: 'ratification',
			rome: 'accession'
		});
		expect(rows.find((r) => r.treaty.id === 'berne')?.instrument).toMatchObject({
			id: 'berne-party-instrument',
			date: { y: 1999, m: 1, d: 12 },
			evidence: 'record'
		});
	});

	it('gives the delay after the treaty’s entry into force, Berne’s the longest bar', () => {
		const berne = rows.find((r) => r.treaty.id === 'berne');
		expect(berne?.since?.date).toEqual({ y: 1887, m: 12, d: 5 });
		expect(berne?.delay?.delay).toMatchObject({ kind: 'years', value: 111 });
		expect(berne?.share).toBe(1);
		for (const r of rows) {
			expect(r.share).toBeGreaterThan(0);
			expect(r.share).toBeLessThanOrEqual(1);
		}
		const wct = rows.find((r) => r.treaty.id === 'wct');
		expect(wct?.delay?.delay).toMatchObject({ kind: 'years', value: 2 });
	});

	it('marks the continued application retroactive, and its inferred date uncertain', () => {
		expect(rows.filter((r) => r.retroactive).map((r) => r.treaty.id)).toEqual(['wipo']);
		expect(rows.filter((r) => r.delay?.uncertain).map((r) => r.treaty.id)).toEqual(['wipo']);
		const wipo = rows.find((r) => r.treaty.id === 'wipo');
		expect(wipo?.inForce).toMatchObject({ date: { y: 1991, m: 12, d: 25 }, evidence: 'inferred' });
		expect(wipo?.instrument).toMatchObject({ date: { y: 1993, m: 2, d: 16 } });
	});

	it('keeps a qualified date’s qualifier', () => {
		const [berne] = dataset.treaties as [Treaty];
		const onOrBefore = {
			...berne,
			events: berne.events.map((e) =>
				e.kind === 'party-instrument' ? { ...e, qualifier: 'on-or-before' as const } : e
			)
		};
		expect(pathRows([onOrBefore])[0]?.instrument?.qualifier).toBe('on-or-before');
	});

	it('leaves out a treaty the party has no part in and puts one without an entry into force last', () => {
		const [berne, rome] = dataset.treaties as [Treaty, Treaty];
		const none = {
			...rome,
			id: 'none',
			events: rome.events.filter((e) => !e.kind.startsWith('party-'))
		};
		const pending = {
			...berne,
			id: 'pending',
			events: berne.events.filter((e) => e.kind !== 'party-entry-into-force')
		};
		const r = pathRows([pending, none, rome]);
		expect(r.map((x) => x.treaty.id)).toEqual(['rome', 'pending']);
		expect(r[1]).toMatchObject({ inForce: null, delay: null, share: 0, retroactive: false });
		expect(r[1]?.instrument?.type).toBe('accession');
	});

	it('returns nothing for treaties without the party’s instruments', () => {
		expect(pathRows([])).toEqual([]);
	});
});
