/**
 * Corrections from the independent review of the dataset ("Data and wording: corrections from an
 * independent review": facts and law; WIPO's own tables): each corrected value or text is pinned
 * here so that it cannot drift back.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Claim, Dataset, Lang, Text, TreatyEvent } from '../../src/lib/data/schema';

const read = (name: string) =>
	JSON.parse(
		readFileSync(fileURLToPath(new URL(`../../data/${name}`, import.meta.url)), 'utf8')
	) as Dataset;

const dataset = read('kazakhstan.json');
const LANGS: Lang[] = ['en', 'ru', 'kk'];

const treaty = (id: string) => dataset.treaties.find((t) => t.id === id)!;
function event(id: string, d: Dataset = dataset): TreatyEvent {
	const all = [...d.treaties.flatMap((t) => t.events), ...d.context];
	const found = all.find((e) => e.id === id);
	expect(found, id).toBeDefined();
	return found!;
}
const obligation = (id: string) =>
	dataset.treaties.flatMap((t) => t.obligations).find((o) => o.id === id)!;
const provision = (id: string) =>
	dataset.treaties.flatMap((t) => t.provisions).find((p) => p.id === id)!;
const source = (id: string) => dataset.sources.find((s) => s.id === id)!;
const caption = (eventId: string) => dataset.story!.find((s) => s.event === eventId)!.caption!;

/** Every claim in the dataset, with where it sits. */
function allClaims(): { at: string; claim: Claim }[] {
	const out: { at: string; claim: Claim }[] = [];
	for (const t of dataset.treaties) {
		for (const c of t.claims ?? []) out.push({ at: t.id, claim: c });
		for (const e of t.events) for (const c of e.claims ?? []) out.push({ at: e.id, claim: c });
		for (const o of t.obligations) for (const c of o.claims ?? []) out.push({ at: o.id, claim: c });
	}
	for (const e of dataset.context) for (const c of e.claims ?? []) out.push({ at: e.id, claim: c });
	return out;
}

/** A text whose three languages each contain their given words. */
function expectWords(text: Text | undefined, words: Partial<Record<Lang, string[]>>) {
	expect(text).toBeDefined();
	for (const lang of LANGS)
		for (const w of words[lang] ?? []) expect(text![lang], `${lang}: "${w}"`).toContain(w);
}

describe('facts and law', () => {
	it('Russia was the first CIS State in Berne, not the first former USSR State', () => {
		const note = event('ctx-russia-berne').note;
		expectWords(note, {
			en: [
				'first Berne membership among the CIS States',
				'Estonia (26 October 1994)',
				'Lithuania (14 December 1994)'
			],
			ru: ['среди государств СНГ', 'Эстония (26 октября 1994 г.)', 'Литва (14 декабря 1994 г.)'],
			kk: [
				'ТМД мемлекеттері арасындағы',
				'Эстония (1994 жылғы 26 қазан)',
				'Литва (1994 жылғы 14 желтоқсан)'
			]
		});
		expect(note!.en).not.toMatch(/^The first Berne membership of a former USSR State/);
		expect(event('ctx-russia-berne').sources).toContain('wipo-membership-table');
	});

	it('Phonograms Art. 2: the purpose of distribution qualifies making and importing alike', () => {
		const o = obligation('phonograms-art-2');
		expectWords(o.summary, {
			en: [
				'against the making of duplicates without their consent and against the importation of such duplicates, where the making or importation is for the purpose of distribution to the public',
				'against the distribution of such duplicates to the public'
			],
			ru: [
				'если изготовление или ввоз осуществляются в целях распространения среди публики',
				'от распространения таких копий среди публики'
			],
			kk: ['егер жасау немесе әкелу жұртшылық арасында тарату мақсатында жүзеге асырылса']
		});
		expectWords(o.claims![0]!.correction, {
			en: ['qualifies the making as well as the importation'],
			ru: ['относится и к изготовлению, и к ввозу'],
			kk: ['әкелуге де, жасауға да қатысты']
		});
	});

	it('WCT Art. 12 and WPPT Art. 19: without authority, the knowledge test and the acts of distribution', () => {
		const common = {
			en: [
				'without authority',
				'knowingly',
				'or for civil remedies has reasonable grounds to know',
				'will induce, enable, facilitate or conceal an infringement',
				'distributes, imports for distribution, broadcasts',
				'knowing that this information was removed or altered without authority'
			],
			ru: [
				'без разрешения',
				'имеет достаточные основания знать',
				'ввозит для распространения',
				'передает в эфир'
			],
			kk: ['рұқсатсыз', 'білуге жеткілікті негізі болса', 'тарату үшін әкелетін', 'эфирге беретін']
		};
		const wct = obligation('wct-art-12').summary;
		expectWords(wct, {
			...common,
			en: [...common.en, 'communicates to the public works or copies']
		});
		const wppt = obligation('wppt-art-19').summary;
		expectWords(wppt, {
			...common,
			en: [
				...common.en,
				'As WCT Art. 12',
				'makes available to the public performances, copies of fixed performances or phonograms'
			],
			ru: [...common.ru, 'делает доступными для всеобщего сведения'],
			kk: [...common.kk, 'қолжетімді ететін']
		});
		for (const t of [wct, wppt]) expect(t.unverified).toEqual(['ru', 'kk']);
	});

	it('Berne Art. 7(1) in ru and kk says "after his death", as the minimum term does', () => {
		const term = treaty('berne').minimumTerm!;
		const p = provision('berne-art-7-1').summary;
		expect(term.ru).toContain('Жизнь автора и 50 лет после его смерти');
		expect(p.ru).toContain('жизнь автора и 50 лет после его смерти');
		expect(term.kk).toContain('Автордың бүкіл өмірі және қайтыс болғаннан кейінгі 50 жыл');
		expect(p.kk).toContain('автордың бүкіл өмірі және қайтыс болғаннан кейінгі 50 жыл');
	});

	it("Class VII: the Berne Union's budget under the treaty text; WIPO's unitary contributions since 1994", () => {
		const c = obligation('berne-art-25-4-a').claims![0]!;
		expectWords(c.correction, {
			en: [
				'under the treaty text the budget is the Berne Union’s',
				'Since 1994',
				'unitary contribution system',
				'still by these classes'
			],
			ru: ['по тексту договора', 'С 1994 г.', 'единая система взносов'],
			kk: ['шарт мәтіні бойынша', '1994 жылдан бастап', 'бірыңғай жарна жүйесі']
		});
		expect(c.sources).toContain('wipo-a-39-3');
		expect(source('wipo-a-39-3').tier).toBe('A');
	});

	it('the 1979 amendment date agrees with WIPO: a note, not a claim', () => {
		const e = event('berne-amendment-1979');
		expect(e.date).toBe('1979-09-28');
		expect(e.claims ?? []).toEqual([]);
		expectWords(e.note, {
			en: ['The date WIPO’s English texts give', 'modifiée le 2 octobre 1979'],
			ru: ['modifiée le 2 octobre 1979'],
			kk: ['modifiée le 2 octobre 1979']
		});
		// What the article says of its entry into force stays an article-only date.
		expect(event('berne-amendment-1979-in-force').evidence).toBe('article-only');
	});

	it('no claim says the article is wrong where WIPO agrees with it ("ratified"; 28 September 1979)', () => {
		for (const { at, claim } of allClaims()) {
			expect(claim.articleSays.en, at).not.toMatch(/ratified the (WCT|WPPT) on 12 August 2004/);
			expect(claim.articleSays.en, at).not.toMatch(
				/amendment to the Berne Convention was made on 28 September 1979/
			);
		}
	});
});

describe('claims the dataset did not flag', () => {
	/** The one claim on `owner` with `field`, quoting the article, correcting it in three languages. */
	function claimOf(owner: { claims?: Claim[] }, field: string, says: string): Claim {
		const found = (owner.claims ?? []).filter((c) => c.field === field);
		expect(found, field).toHaveLength(1);
		const c = found[0]!;
		expect(c.articleSays.en).toBe(says);
		for (const lang of LANGS) {
			expect(c.articleSays[lang], `articleSays.${lang}`).toBeTruthy();
			expect(c.correction[lang], `correction.${lang}`).toBeTruthy();
		}
		expect(c.articleSays.unverified).toContain('kk');
		expect(c.correction.unverified).toContain('kk');
		expect(c.sources).toContain('seed-article');
		expect(c.sources.length).toBeGreaterThan(1);
		return c;
	}

	it('WPPT: moral rights are the performers’ only (Art. 5)', () => {
		const c = claimOf(
			treaty('wppt'),
			'moralRights',
			'The WPPT enlists the specific economic and moral rights to performers and producers…'
		);
		expectWords(c.correction, {
			en: ['Art. 5 only performers have moral rights', 'Producers of phonograms have none'],
			ru: ['только у исполнителей', 'У производителей фонограмм их нет'],
			kk: ['тек орындаушыларда бар']
		});
	});

	it('WPPT Art. 15: phonograms published for commercial purposes, not "any types of original works"', () => {
		const c = claimOf(
			treaty('wppt'),
			'remuneration',
			'…including the right to monetary compensation for use of the any types of original works for commercial purposes'
		);
		expectWords(c.correction, {
			en: [
				'Art. 15',
				'phonograms published for commercial purposes for broadcasting or communication to the public'
			],
			ru: ['фонограмм, опубликованных в коммерческих целях'],
			kk: ['коммерциялық мақсатта жарияланған фонограммаларды']
		});
	});

	it("Phonograms: the producer's right is a related right, not a copyright", () => {
		const c = claimOf(
			treaty('phonograms'),
			'rightType',
			'Kazakhstan pays particular attention to the protection of exclusive rights of phonogram producer. This right belongs to the group of copyrights…'
		);
		expectWords(c.correction, {
			en: ['A related right, not a copyright'],
			ru: ['смежное право, а не авторское'],
			kk: ['авторлық емес, сабақтас құқық']
		});
	});

	it("Berne: the Paris Act's Appendix is compulsory licences for declaring developing countries, not free use", () => {
		const c = claimOf(
			treaty('berne'),
			'appendix',
			'The Paris Act of Berne Convention 1971 allows the translation and reproduce of works without proper authorisation for the certain educational needs.'
		);
		expectWords(c.correction, {
			en: [
				'Not a free use',
				'Appendix (Arts. II–III)',
				'developing country that declares it',
				'compulsory licences'
			],
			ru: ['Приложению (ст. II–III)', 'развивающаяся страна', 'принудительные лицензии'],
			kk: ['II–III баптар', 'дамушы ел', 'мәжбүрлі лицензиялар']
		});
	});

	it('WIPO Convention: no duty to fulfil the administered treaties; chiefly contributions (Art. 11)', () => {
		const c = claimOf(
			treaty('wipo'),
			'obligations',
			'The binding obligations for WIPO’s member states in the WIPO Convention are basically only the timely contribution to WIPO’s budget and the fulfilment of obligations established by the WIPO-administered treaties.'
		);
		expectWords(c.correction, {
			en: [
				'does not oblige its members to fulfil the treaties WIPO administers',
				'contributions (Art. 11)'
			],
			ru: ['не обязывает своих членов', 'уплаты взносов (ст. 11)'],
			kk: ['міндеттемейді', 'жарна төлеу (11-бап)']
		});
	});
});

describe('sources', () => {
	it('the WCT entry into force for Kazakhstan has the Polish Government Statement of 28 October 2004', () => {
		const s = source('pl-wct-statement-2004');
		expect(s.lang).toBe('pl');
		expect(s.title).toMatch(/^Oświadczenie Rządowe z dnia 28 października 2004 r\./);
		expect(s.publisher).toContain('Dziennik Ustaw');
		const e = event('wct-party-entry-into-force');
		expect(e.date).toBe('2004-11-12');
		expect(e.sources).toEqual(
			expect.arrayContaining(['pl-wct-statement-2004', 'wipo-membership-table'])
		);
	});

	it("the WPPT act's page: headed Presidential Decree No. 1349, not called unrelated", () => {
		const note = source('uchet-wppt-act').note!;
		expectWords(note, { en: ['Decree No. 1349 of 15 April 2004'], ru: ['№ 1349'], kk: ['№ 1349'] });
		expect(note.en).not.toMatch(/unrelated/);
	});
});

describe("WIPO's tables applied (data values; tests/unit/wipo-table.test.ts checks them all against the CSV)", () => {
	it('Berne: accession deposited on 12 January 1999, a record, not "on or before"', () => {
		const e = event('berne-party-instrument');
		expect(e).toMatchObject({ date: '1999-01-12', evidence: 'record', instrument: 'accession' });
		expect(e.qualifier).toBeUndefined();
		expectWords(e.claims![0]!.correction, {
			en: ['WIPO records the instrument of accession as deposited on 12 January 1999'],
			ru: ['12 января 1999 г.'],
			kk: ['1999 жылғы 12 қаңтарда']
		});
	});

	it('WCT and WPPT: signed on 28 February 1997; ratifications as WIPO records them; the acts are styled accessions', () => {
		for (const t of ['wct', 'wppt']) {
			expect(event(`${t}-party-signature`)).toMatchObject({
				date: '1997-02-28',
				evidence: 'record'
			});
			const e = event(`${t}-party-instrument`);
			expect(e).toMatchObject({
				date: '2004-08-12',
				evidence: 'record',
				instrument: 'ratification'
			});
			expect(e.claims ?? [], `${t}: the article's "ratified" is right`).toEqual([]);
			expectWords(e.note, {
				en: [
					'WIPO records a ratification, as the article says',
					'is styled an accession',
					'shall accede'
				],
				ru: ['ВОИС фиксирует ратификацию, как и пишет статья', 'оформлен как присоединение'],
				kk: ['ратификациялауды тіркеген', 'қосылу ретінде ресімделген']
			});
		}
	});

	it('Phonograms and Rome: deposits and entries into force are records; Rome is an accession to a law "On ratification"', () => {
		expect(event('phonograms-party-instrument')).toMatchObject({
			date: '2001-05-03',
			evidence: 'record',
			instrument: 'accession'
		});
		expect(event('rome-party-instrument')).toMatchObject({
			date: '2012-03-30',
			evidence: 'record',
			instrument: 'accession'
		});
		expect(event('rome-party-entry-into-force')).toMatchObject({
			date: '2012-06-30',
			evidence: 'record'
		});
		expectWords(event('rome-party-instrument').note, {
			en: ['WIPO records an accession', '“On ratification”'],
			ru: ['«О ратификации»'],
			kk: ['«ратификациялау туралы»']
		});
	});

	it('the story captions say the same', () => {
		expectWords(caption('berne-party-instrument'), {
			en: ['WIPO records the deposit on 12 January 1999'],
			ru: ['12 января 1999 г.'],
			kk: ['1999 жылғы 12 қаңтарда']
		});
		expectWords(caption('wct-adoption'), {
			en: ['Kazakhstan signs both on 28 February 1997'],
			ru: ['28 февраля 1997 г.'],
			kk: ['1997 жылғы 28 ақпанда']
		});
		expectWords(caption('wct-party-instrument'), {
			en: ['WIPO records ratifications, as the article says', 'styled accessions'],
			ru: ['ратификации'],
			kk: ['ратификациялауды тіркеген']
		});
		expectWords(caption('rome-domestic-act'), { en: ['WIPO records an accession'] });
		const rome = caption('rome-party-entry-into-force');
		expectWords(rome, {
			en: ['as WIPO records'],
			ru: ['по данным ВОИС'],
			kk: ['ДЗМҰ деректері бойынша']
		});
		for (const lang of LANGS)
			expect(rome[lang]).not.toMatch(/still to be checked|требует проверки|тексеруді қажет/);
	});
});

describe('data/example-russia.json: the continuing State of the USSR', () => {
	const russia = read('example-russia.json');

	it('its WIPO membership runs from 26 April 1970, not from a continued application of 25 December 1991', () => {
		const force = event('wipo-party-entry-into-force', russia);
		expect(force.date).toBe('1970-04-26');
		expectWords(force.note, {
			en: ['continuing State of the USSR, not a successor'],
			ru: ['государство-продолжатель СССР'],
			kk: ['жалғастырушы мемлекет']
		});
		const instruments = russia.treaties
			.flatMap((t) => t.events)
			.filter((e) => e.kind === 'party-instrument');
		expect(instruments.map((e) => e.instrument)).not.toContain('continued-application');
		expect(event('wipo-party-instrument', russia)).toMatchObject({
			date: '1968-12-04',
			instrument: 'ratification'
		});
		expect(event('ctx-ru-continuation', russia).date).toBe('1992-01-20');
	});

	it('its Berne accession carries the Art. 18 reservation, withdrawn in 2013 (in a note: the schema has no reservation field)', () => {
		expectWords(event('berne-party-instrument', russia).note, {
			en: ['reservation under Art. 18', 'public domain', '31 January 2013'],
			ru: ['оговоркой по ст. 18', '31 января 2013 г.'],
			kk: ['18-бап бойынша ескертпемен', '2013 жылғы 31 қаңтарда']
		});
	});
});
