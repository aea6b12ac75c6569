/**
 * Any country's path into the five treaties of the 1886–2012 story, as a dataset the timeline can
 * show: the treaties and their general events (adoption, entry into force) as the curated dataset
 * has them, and the country's signature, instrument and entry into force as WIPO's table records
 * them. Nothing else: no obligations, provisions or claims, which were curated for Kazakhstan only.
 */
import type { Dataset, Instrument, Source, Text, Treaty, TreatyEvent } from '../data/schema';
import { countryName } from './names';
import type { CompareCountry, CompareData, CompareEntry } from './types';

/** The treaties of the story that WIPO's table covers (not the WIPO Convention). */
export const STORY_TREATIES = ['berne', 'rome', 'phonograms', 'wct', 'wppt'] as const;
const TABLE_SOURCE = 'wipo-membership-table';
const GENERAL: readonly TreatyEvent['kind'][] = ['adoption', 'entry-into-force'];
const INSTRUMENTS: Record<string, Instrument> = {
	accession: 'accession',
	ratification: 'ratification',
	'continued-application': 'continued-application'
};

/** The country's name in the three languages; a name the runtime lacks is marked unverified. */
function nameOf(country: Pick<CompareCountry, 'iso' | 'en'>): Text {
	const name = {
		en: countryName(country, 'en'),
		ru: countryName(country, 'ru'),
		kk: countryName(country, 'kk')
	};
	const unverified = (['ru', 'kk'] as const).filter((l) => name[l] === country.en);
	return { ...name, ...(unverified.length && { unverified }) };
}

/** What the format cannot say as an instrument (acceptance, succession), said in a note. */
function instrumentNote(type: string, date: string): Text {
	if (type === 'acceptance')
		return {
			en: `WIPO records an instrument of acceptance, deposited on ${date}.`,
			ru: `По данным ВОИС, ${date} сдан документ о принятии.`,
			kk: `ДЗМҰ деректері бойынша ${date} қабылдау туралы құжат тапсырылған.`,
			unverified: ['kk']
		};
	return {
		en: `WIPO records a declaration or notification of succession, deposited on ${date}.`,
		ru: `По данным ВОИС, ${date} сдано заявление или уведомление о правопреемстве.`,
		kk: `ДЗМҰ деректері бойынша ${date} құқық мирасқорлығы туралы мәлімдеме немесе хабарлама тапсырылған.`,
		unverified: ['kk']
	};
}

/** The country's events in one treaty, from its row of WIPO's table. */
function partyEvents(treaty: string, row: CompareEntry | undefined): TreatyEvent[] {
	if (!row) return [];
	const event = (kind: TreatyEvent['kind'], date: string): TreatyEvent => ({
		id: `${treaty}-${kind}`,
		kind,
		date,
		evidence: 'record',
		sources: [TABLE_SOURCE]
	});
	const events: TreatyEvent[] = [];
	if (row.signature) events.push(event('party-signature', row.signature));
	const instrument = row.instrument && INSTRUMENTS[row.instrument];
	if (row.instrumentDate && instrument)
		events.push({ ...event('party-instrument', row.instrumentDate), instrument });
	if (row.entryIntoForce) {
		const force = event('party-entry-into-force', row.entryIntoForce);
		if (row.instrument && row.instrumentDate && !instrument)
			force.note = instrumentNote(row.instrument, row.instrumentDate);
		events.push(force);
	}
	return events;
}

/** A treaty of the curated dataset, with only its general events and the country's. */
function storyTreaty(base: Treaty, row: CompareEntry | undefined): Treaty {
	const general = base.events
		.filter((e) => GENERAL.includes(e.kind))
		.map(({ claims: _claims, ...e }) => e);
	const { claims: _claims, obligations: _o, provisions: _p, ...rest } = base;
	return {
		...rest,
		events: [...general, ...partyEvents(base.id, row)],
		obligations: [],
		provisions: []
	};
}

const year = (date: string) => Number(date.slice(0, 4));

/**
 * The dataset of one country of the compare data. `base` is the curated dataset
 * (data/kazakhstan.json): the treaties' names, general events and their sources come from it.
 * @example countryDataset(data, 'UZ', shipped).party.name.en // 'Uzbekistan'
 */
export function countryDataset(data: CompareData, iso: string, base: Dataset): Dataset {
	const country = data.countries.find((c) => c.iso === iso) ?? {
		iso,
		en: iso,
		wipoName: iso,
		independence: null
	};
	const rows = new Map(data.entries.filter((e) => e.iso === iso).map((e) => [e.treaty, e]));
	const treaties = STORY_TREATIES.flatMap((id) => {
		const treaty = base.treaties.find((t) => t.id === id);
		return treaty ? [storyTreaty(treaty, rows.get(id))] : [];
	});
	const cited = new Set([TABLE_SOURCE, ...treaties.flatMap((t) => t.sources ?? [])]);
	for (const e of treaties.flatMap((t) => t.events)) for (const s of e.sources) cited.add(s);
	const sources: Source[] = base.sources.filter((s) => cited.has(s.id));
	const dates = treaties.flatMap((t) => t.events.map((e) => e.date));
	const name = nameOf(country);
	const last = dates.reduce((y, d) => Math.max(y, year(d)), year(base.range.to));
	return {
		schemaVersion: 1,
		version: base.version,
		checkedAsOf: data.snapshot,
		title: {
			en: `${name.en} and five WIPO copyright and related-rights treaties`,
			ru: `${name.ru} и пять договоров ВОИС в области авторского права и смежных прав`,
			kk: `${name.kk} және ДЗМҰ-ның авторлық құқық пен сабақтас құқықтар жөніндегі бес шарты`,
			unverified: ['kk']
		},
		description: {
			en: `The general dates of the Berne and Rome Conventions, the Phonograms Convention, the WCT and the WPPT, and ${name.en}'s signatures, instruments and entries into force as WIPO's contracting-party table records them (snapshot of ${data.snapshot}). It has no obligations, provisions or corrections of an article: those were written for Kazakhstan only.`,
			ru: `Общие даты Бернской и Римской конвенций, Конвенции о фонограммах, ДАП и ДИФ, а также подписание, сдача документов и вступление в силу для участника «${name.ru}» по таблице участников ВОИС (выгрузка от ${data.snapshot}). Обязательств, положений и исправлений статьи здесь нет: они подготовлены только для Казахстана.`,
			kk: `Берн және Рим конвенцияларының, Фонограммалар туралы конвенцияның, WCT мен WPPT-нің жалпы күндері және ДЗМҰ қатысушылар кестесі бойынша «${name.kk}» қатысушысының қол қоюы, құжат тапсыруы мен күшіне енуі (${data.snapshot} күнгі көшірме). Міндеттемелер, ережелер және мақаланы түзетулер жоқ: олар тек Қазақстан үшін жазылған.`,
			unverified: ['kk']
		},
		...(base.license && { license: base.license }),
		party: {
			id: country.iso,
			name,
			...(country.independence && { canActFrom: country.independence.date })
		},
		range: { from: base.range.from, to: String(last) },
		sources,
		treaties,
		context: []
	};
}
