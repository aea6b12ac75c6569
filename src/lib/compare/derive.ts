/**
 * Derives the compare view's data (compare.json) from WIPO's contracting-party table and the
 * country, independence and peer-group tables of data/. Pure: the texts in, the data and every
 * problem found out. scripts/compare-data.mjs writes the result; compare.test.ts derives it again
 * and compares, so a stale file fails CI.
 */
import { isDay, readTable, readWipoCsv, type CsvProblem } from './csv';
export { encodeCompare } from './codec';
import {
	COMPARE_TREATIES,
	type CompareCountry,
	type CompareData,
	type CompareEntry,
	type CompareTreaty,
	type PeerGroup
} from './types';

/** The day of the WIPO table's snapshot (data/wipo-membership/README.md). */
export const WIPO_SNAPSHOT = '2026-03-06';

/** Each compared treaty's name in WIPO's table and its own (general) entry into force. */
export const TREATY_FACTS: Record<CompareTreaty, { wipoName: string; entryIntoForce: string }> = {
	berne: { wipoName: 'Berne', entryIntoForce: '1887-12-05' },
	rome: { wipoName: 'Rome', entryIntoForce: '1964-05-18' },
	phonograms: { wipoName: 'Phonograms', entryIntoForce: '1973-04-18' },
	wct: { wipoName: 'WIPO Copyright Treaty (WCT)', entryIntoForce: '2002-03-06' },
	wppt: {
		wipoName: 'WIPO Performances and Phonograms Treaty (WPPT)',
		entryIntoForce: '2002-05-20'
	},
	beijing: { wipoName: 'Beijing', entryIntoForce: '2020-04-28' },
	marrakesh: { wipoName: 'Marrakesh', entryIntoForce: '2016-09-30' }
};

/** The texts the data is derived from. */
export interface CompareSources {
	/** data/wipo-membership/membership-to-copyright-treaties.csv */
	wipo: string;
	/** data/countries.csv: wipo_name,iso,en */
	countries: string;
	/** data/ussr-independence.csv: iso,date,source */
	independence: string;
	/** data/peer-groups.json, parsed */
	groups: unknown;
}

const GROUP_IDS: readonly PeerGroup['id'][] = ['cis', 'central-asia', 'former-ussr'];
const ISO_RE = /^[A-Z]{2}$/;

/** The peer groups of data/peer-groups.json, or a message for each one that is wrong. */
function readGroups(raw: unknown, known: Set<string>, problems: string[]): PeerGroup[] {
	if (!Array.isArray(raw)) {
		problems.push('peer-groups.json: not an array');
		return [];
	}
	const groups: PeerGroup[] = [];
	for (const g of raw as Partial<PeerGroup>[]) {
		const at = `peer-groups.json ${String(g?.id)}`;
		if (!GROUP_IDS.includes(g?.id as PeerGroup['id'])) problems.push(`${at}: unknown id`);
		else if (!Array.isArray(g.members) || !g.members.every((m) => known.has(m)))
			problems.push(`${at}: a member that is not in countries.csv`);
		else if (typeof g.source !== 'string' || !g.source || !isDay(g.asOf))
			problems.push(`${at}: no source or no asOf date`);
		else
			groups.push({
				id: g.id as PeerGroup['id'],
				members: [...g.members].sort(),
				source: g.source,
				asOf: g.asOf
			});
	}
	return groups;
}

const line = (file: string) => (p: CsvProblem) => `${file}:${p.line}: ${p.message}`;

/** The countries of countries.csv with their independence, sorted by code. */
function readCountries(sources: CompareSources, problems: string[]): CompareCountry[] {
	const countries = readTable(sources.countries);
	const independence = readTable(sources.independence);
	for (const p of countries.problems) problems.push(line('countries.csv')(p));
	for (const p of independence.problems) problems.push(line('ussr-independence.csv')(p));
	const since = new Map<string, { date: string; source: string }>();
	for (const { iso = '', date = '', source = '' } of independence.rows) {
		if (!ISO_RE.test(iso) || !isDay(date) || !source)
			problems.push(`ussr-independence.csv: ${iso}: a bad code, date or no source`);
		else since.set(iso, { date, source });
	}
	const out = countries.rows.map(({ wipo_name = '', iso = '', en = '' }) => {
		if (!ISO_RE.test(iso) || !wipo_name || !en)
			problems.push(`countries.csv: "${wipo_name}": a bad code or an empty name`);
		return { iso, en, wipoName: wipo_name, independence: since.get(iso) ?? null };
	});
	const codes = out.map((c) => c.iso);
	for (const iso of since.keys())
		if (!codes.includes(iso))
			problems.push(`ussr-independence.csv: ${iso} is not in countries.csv`);
	if (new Set(codes).size !== codes.length) problems.push('countries.csv: a code used twice');
	return out.sort((a, b) => (a.iso < b.iso ? -1 : 1));
}

/** compare.json's content from the tables, and every problem found on the way. */
export function deriveCompare(sources: CompareSources): { data: CompareData; problems: string[] } {
	const problems: string[] = [];
	const wipo = readWipoCsv(sources.wipo);
	for (const p of wipo.problems) problems.push(line('membership-to-copyright-treaties.csv')(p));
	const countries = readCountries(sources, problems);
	const isoOf = new Map(countries.map((c) => [c.wipoName, c.iso]));
	const treatyOf = new Map(COMPARE_TREATIES.map((id) => [TREATY_FACTS[id].wipoName, id]));
	const entries: CompareEntry[] = [];
	for (const row of wipo.rows) {
		const iso = isoOf.get(row.party);
		if (!iso) problems.push(`"${row.party}" (line ${row.line}) is not in countries.csv`);
		const treaty = treatyOf.get(row.treaty);
		if (!iso || !treaty) continue;
		entries.push({
			iso,
			treaty,
			signature: row.signature,
			instrument: row.instrument,
			instrumentDate: row.instrumentDate,
			entryIntoForce: row.entryIntoForce
		});
	}
	const order = (e: CompareEntry) => COMPARE_TREATIES.indexOf(e.treaty);
	entries.sort((a, b) => order(a) - order(b) || (a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0));
	return {
		data: {
			snapshot: WIPO_SNAPSHOT,
			treaties: COMPARE_TREATIES.map((id) => ({ id, ...TREATY_FACTS[id] })),
			countries,
			groups: readGroups(sources.groups, new Set(countries.map((c) => c.iso)), problems),
			entries
		},
		problems
	};
}
