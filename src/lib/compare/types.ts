/**
 * The compare view's data: WIPO's contracting-party tables for the copyright treaties, reduced to
 * what the view draws (scripts/compare-data.mjs derives it from data/wipo-membership/), with the
 * country, independence and peer-group tables of data/.
 */
export const COMPARE_TREATIES = [
	'berne',
	'rome',
	'phonograms',
	'wct',
	'wppt',
	'beijing',
	'marrakesh'
] as const;
export type CompareTreaty = (typeof COMPARE_TREATIES)[number];

/** One party's (or signatory's) row for one treaty; dates are calendar `YYYY-MM-DD` strings. */
export interface CompareEntry {
	/** ISO 3166-1 alpha-2 code, upper case. */
	iso: string;
	treaty: CompareTreaty;
	signature: string | null;
	/** WIPO's instrument type, lower case (accession, ratification, succession…); null for signatories. */
	instrument: string | null;
	instrumentDate: string | null;
	/** Null: a signatory only, listed but not drawn on the strips. */
	entryIntoForce: string | null;
}

export interface CompareCountry {
	iso: string;
	/** English name, the fallback where Intl.DisplayNames has none. */
	en: string;
	/** The name as WIPO's table spells it. */
	wipoName: string;
	/** For the 15 former USSR states: the date from which each could act, with its source. */
	independence: { date: string; source: string } | null;
}

export interface PeerGroup {
	id: 'cis' | 'central-asia' | 'former-ussr';
	members: string[];
	source: string;
	asOf: string;
}

export interface CompareData {
	/** The WIPO table's snapshot date. */
	snapshot: string;
	treaties: { id: CompareTreaty; wipoName: string; entryIntoForce: string }[];
	countries: CompareCountry[];
	groups: PeerGroup[];
	entries: CompareEntry[];
}
