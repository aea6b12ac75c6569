import { describe, expect, it } from 'vitest';
import { readCompareSources, readRepo } from '../../../tests/helpers/compareSources';
import { loadDataset } from '../data/load';
import type { Dataset, TreatyEvent } from '../data/schema';
import { countryDataset, STORY_TREATIES } from './countryDataset';
import { deriveCompare } from './derive';

const { data } = deriveCompare(readCompareSources());
const base = JSON.parse(readRepo('data/kazakhstan.json')) as Dataset;

const PARTY_KINDS: TreatyEvent['kind'][] = [
	'party-signature',
	'party-instrument',
	'party-entry-into-force'
];
const partyEvents = (d: Dataset) =>
	d.treaties.flatMap((t) => t.events.filter((e) => PARTY_KINDS.includes(e.kind)));

describe('countryDataset', () => {
	it('passes the schema and the validator with no issue, for every country of the table', () => {
		for (const c of data.countries) {
			const result = loadDataset(countryDataset(data, c.iso, base));
			expect(result.issues, c.iso).toEqual([]);
			expect(result.dataset?.party.id, c.iso).toBe(c.iso);
		}
	});

	it('gives Kazakhstan the party events of the curated dataset, without its claims', () => {
		const kz = countryDataset(data, 'KZ', base);
		expect(kz.party).toMatchObject({ id: 'KZ', canActFrom: '1991-12-16' });
		expect(kz.party.name).toMatchObject({ en: 'Kazakhstan', ru: 'Казахстан', kk: 'Қазақстан' });
		expect(kz.treaties.map((t) => t.id)).toEqual([...STORY_TREATIES]);
		const pick = (d: Dataset) =>
			d.treaties
				.filter((t) => (STORY_TREATIES as readonly string[]).includes(t.id))
				.flatMap((t) =>
					t.events
						.filter((e) => [...PARTY_KINDS, 'adoption', 'entry-into-force'].includes(e.kind))
						.map((e) => [e.id, e.kind, e.date, e.instrument])
				)
				.sort();
		expect(pick(kz)).toEqual(pick(base));
		for (const t of kz.treaties) {
			expect(t.obligations, t.id).toEqual([]);
			expect(t.provisions, t.id).toEqual([]);
			expect(t.claims, t.id).toBeUndefined();
			for (const e of t.events) expect(e.claims, e.id).toBeUndefined();
		}
	});

	it("cites WIPO's table as the record of every party event", () => {
		for (const iso of ['UZ', 'US', 'RS']) {
			const d = countryDataset(data, iso, base);
			for (const e of partyEvents(d)) {
				expect(e.evidence, `${iso} ${e.id}`).toBe('record');
				expect(e.sources, `${iso} ${e.id}`).toEqual(['wipo-membership-table']);
			}
			expect(d.sources.find((s) => s.id === 'wipo-membership-table')?.tier).toBe('A');
		}
	});

	it('reaches past 2012 where the country joined later (Uzbekistan, Rome 2024)', () => {
		const uz = countryDataset(data, 'UZ', base);
		const rome = uz.treaties.find((t) => t.id === 'rome')!;
		expect(rome.events.find((e) => e.kind === 'party-entry-into-force')?.date).toBe('2024-10-16');
		expect(uz.range).toEqual({ from: '1886', to: '2024' });
		expect(uz.party.canActFrom).toBe('1991-08-31');
		expect(countryDataset(data, 'US', base).party.canActFrom).toBeUndefined();
	});

	it('has only the general events for a country without copyright treaties (Angola)', () => {
		const ao = countryDataset(data, 'AO', base);
		expect(partyEvents(ao)).toEqual([]);
		expect(ao.treaties.every((t) => t.events.length === 2)).toBe(true);
	});

	it('gives a signatory only its signature (Israel, WCT)', () => {
		const wct = countryDataset(data, 'IL', base).treaties.find((t) => t.id === 'wct')!;
		expect(wct.events.filter((e) => PARTY_KINDS.includes(e.kind)).map((e) => e.kind)).toEqual([
			'party-signature'
		]);
	});

	it('says in a note what WIPO records where the format has no such instrument', () => {
		const sk = countryDataset(data, 'SK', base).treaties.find((t) => t.id === 'rome')!;
		expect(sk.events.some((e) => e.kind === 'party-instrument')).toBe(false);
		const force = sk.events.find((e) => e.kind === 'party-entry-into-force')!;
		expect(force.note?.en).toMatch(/succession, deposited on \d{4}-\d{2}-\d{2}/);
	});

	it('falls back to English, marked, where the runtime has no name (OAPI)', () => {
		const oa = countryDataset(data, 'OA', base);
		expect(oa.party.name.ru).toBe(oa.party.name.en);
		expect(oa.party.name.unverified).toEqual(['ru', 'kk']);
	});
});
