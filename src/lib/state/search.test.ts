import { describe, expect, it } from 'vitest';
import raw from '../../../data/kazakhstan.json';
import en from '../i18n/messages/en.json';
import kk from '../i18n/messages/kk.json';
import ru from '../i18n/messages/ru.json';
import { orderEvents } from '$lib/data/events';
import type { Dataset, EventKind, Lang, Text, Treaty, TreatyEvent } from '$lib/data/schema';
import type { Messages } from '$lib/i18n';
import { buildSearchIndex, searchIndex, type Hit, type HitGroup } from './search';
import { markMatches, normaliseForSearch, passage } from './searchText';

const dataset = raw as unknown as Dataset;
const M = { en, ru, kk } as unknown as Record<Lang, Messages>;
const index = buildSearchIndex(dataset, orderEvents(dataset), M);
const search = (q: string, lang: Lang = 'en') => searchIndex(index, q, lang);
const flat = (groups: HitGroup[]) => groups.flatMap((g) => g.hits);
const ids = (groups: HitGroup[]) => flat(groups).map((h) => h.id);
const text = (segments: Hit['title']) => segments.map((s) => s.text).join('');
const marked = (segments: Hit['title']) => segments.filter((s) => s.mark).map((s) => s.text);

describe('normaliseForSearch', () => {
	it.each([
		['Қосылу', 'косылу'],
		['ӘҒҚҢӨҰҮҺІ әғқңөұүһі', 'агкноуухи агкноуухи'],
		['Ёлка', 'елка'],
		['Бернская КОНВЕНЦИЯ', 'бернская конвенция'],
		['Café Fédéral', 'cafe federal'],
		['Art.\u00a011', 'art. 11'],
		['Край', 'край']
	])('folds %j to %j', (text, folded) => {
		expect(normaliseForSearch(text)).toBe(folded);
	});

	it('keeps one unit for one, so match offsets are offsets in the original', () => {
		for (const t of ['İstanbul', 'Қазақстан Республикасы', 'e\u0301t\u00e9', 'Берн 😀']) {
			expect(normaliseForSearch(t)).toHaveLength(t.length);
		}
	});
});

describe('markMatches and passage', () => {
	it('marks the beginning of each word a query word starts, longest first, offsets kept', () => {
		expect(markMatches('Қазақстан үшін', ['казак', 'казакстан'])).toEqual([
			{ text: 'Қазақстан', mark: true },
			{ text: ' үшін', mark: false }
		]);
		expect(markMatches('Done at Rome, from Rome', ['rom'])).toEqual([
			{ text: 'Done at ', mark: false },
			{ text: 'Rom', mark: true },
			{ text: 'e, from ', mark: false },
			{ text: 'Rom', mark: true },
			{ text: 'e', mark: false }
		]);
	});

	it('cuts a long text around the first match, at spaces, with ellipses', () => {
		const long = `${'word '.repeat(40)}Rome ${'tail '.repeat(40)}`.trim();
		const p = passage(long, ['rome'], 40);
		expect(p).toMatch(/^….*Rome.*…$/);
		expect(p.length).toBeLessThanOrEqual(42);
		expect(passage('short Rome', ['rome'])).toBe('short Rome');
	});
});

describe('searchIndex on the shipped data', () => {
	it('“Rome”: Kazakhstan’s three Rome events first, then the treaty, then its other events', () => {
		const groups = search('Rome');
		expect(groups[0]?.heading).toBe('Rome Convention');
		expect(ids(groups).slice(0, 6)).toEqual([
			'rome-domestic-act',
			'rome-party-instrument',
			'rome-party-entry-into-force',
			'rome',
			'rome-adoption',
			'rome-entry-into-force'
		]);
		expect(flat(groups)[3]).toMatchObject({ kind: 'treaty', id: 'rome', tier: 1 });
	});

	it('“Rom” finds the same as “Rome” (a word’s beginning is enough) and marks “Rom”', () => {
		expect(ids(search('Rom'))).toEqual(ids(search('Rome')));
		const adoption = flat(search('Rom')).find((h) => h.id === 'rome-adoption')!;
		expect(marked(adoption.title)).toEqual(['Rom']);
		expect(text(adoption.title)).toBe('Done at Rome');
	});

	it('“Berne Kazakhstan”: Kazakhstan’s Berne events first, its entry into force among them', () => {
		const top = flat(search('Berne Kazakhstan')).slice(0, 2);
		expect(top.map((h) => h.id)).toEqual([
			'berne-party-instrument',
			'berne-party-entry-into-force'
		]);
		expect(text(top[1]!.title)).toBe('Entered into force for Kazakhstan');
		expect(marked(top[1]!.title)).toEqual(['Kazakhstan']);
	});

	it('finds an event by its generated name in any language, shown in the interface’s', () => {
		for (const q of ['Берн вступление в силу для Казахстана', 'Берн Қазақстан үшін күшіне енді']) {
			const first = flat(search(q))[0]!;
			expect(first.id).toBe('berne-party-entry-into-force');
			expect(text(first.title)).toBe('Entered into force for Kazakhstan');
		}
	});

	it('«Бернская» typed in the English interface: Berne, the party’s events first, shown in English', () => {
		const groups = search('Бернская', 'en');
		expect(groups[0]?.heading).toBe('Berne Convention');
		expect(ids(groups).slice(0, 3)).toEqual([
			'berne-party-instrument',
			'berne-party-entry-into-force',
			'berne'
		]);
		const treaty = flat(groups)[2]!;
		// The title in English; the Russian name that matched shown below it, in Russian.
		expect(text(treaty.title)).toBe(
			'Berne Convention for the Protection of Literary and Artistic Works'
		);
		expect(treaty.snippetLang).toBe('ru');
		expect(marked(treaty.snippet)).toEqual(['Бернская']);
		expect(ids(search('бернская', 'en'))).toEqual(ids(groups));
		expect(ids(search('Бернская', 'kk'))).toEqual(ids(groups));
	});

	it('folds ё, case and the Kazakh letters: «Қазақстан», «казакстан» and «ҚАЗАҚСТАН» agree', () => {
		const a = ids(search('Қазақстан'));
		expect(a).toContain('rome-party-entry-into-force');
		expect(ids(search('казакстан'))).toEqual(a);
		expect(ids(search('ҚАЗАҚСТАН'))).toEqual(a);
	});

	it('has no cap: every match is returned', () => {
		const all = search('Kazakhstan');
		// 17 of the party's events carry its name, besides notes and claims that mention it.
		expect(flat(all).length).toBeGreaterThan(25);
	});

	it('marks a result found in what the source article says as the article’s claim', () => {
		// WCT Art. 14's claim: "…Kazakhstan assumes all obligations of the WCT, including the adaption…"
		const hit = flat(search('adaption measures')).find((h) => h.id === 'wct-art-14');
		expect(hit).toMatchObject({ from: 'says', tier: 3 });
		expect(text(hit!.snippet)).toContain('the adaption of all necessary measures');
		// A match in the correction is told apart from the article's words.
		const fixed = flat(search('Berne Kazakhstan')).find((h) => h.id === 'berne-art-25-4-a');
		expect(fixed?.from).toBe('correction');
		// A match outside the claims carries no mark.
		expect(flat(search('Rome'))[0]?.from).toBeNull();
	});

	it('needs every word: “Rome Berne” finds only what mentions both', () => {
		for (const h of flat(search('Rome Berne'))) expect(h.id).not.toMatch(/^rome-party/);
		expect(search('Rome zzzz')).toEqual([]);
		expect(search('  ·  ')).toEqual([]);
	});

	it('finds articles by number in each language', () => {
		expect(ids(search('art 11'))).toContain('wct-art-11');
		expect(ids(search('11-бап'))).toContain('wct-art-11');
		expect(ids(search('технических средств'))).toContain('wct-art-11');
	});
});

describe('search ranking', () => {
	const T = (en: string): Text => ({ en });
	const ev = (id: string, kind: EventKind, date: string, more: Partial<TreatyEvent> = {}) =>
		({ id, kind, date, evidence: 'record', sources: [], ...more }) as TreatyEvent;
	const treaty = (id: string, name: string, evs: TreatyEvent[], more: Partial<Treaty> = {}) =>
		({
			id,
			name: T(name),
			shortName: T(name),
			category: 'copyright',
			administeredBy: ['WIPO'],
			depositary: T('WIPO'),
			events: evs,
			obligations: [],
			provisions: [],
			sources: [],
			...more
		}) as Treaty;
	const tiny: Dataset = {
		...dataset,
		treaties: [
			treaty('alpha', 'Alpha Treaty', [
				ev('a-1', 'adoption', '1950', { label: T('Signed at Lisbon') }),
				ev('a-2', 'party-entry-into-force', '1990', { note: T('Lisbon rules apply') })
			]),
			treaty('lisbon', 'Lisbon Agreement', [
				ev('l-1', 'adoption', '1970'),
				ev('l-2', 'party-instrument', '1980', { instrument: 'accession' }),
				ev('l-3', 'party-signature', '1975')
			])
		],
		context: [ev('c-1', 'context', '1945', { label: T('Lisbon conference') })]
	};
	const tinyIndex = buildSearchIndex(tiny, orderEvents(tiny), M);
	const groups = (q: string) =>
		searchIndex(tinyIndex, q, 'en').map((g) => `${g.id}: ${g.hits.map((h) => h.id).join(' ')}`);

	it('puts the treaty the query names first, its party’s events first and by date', () => {
		expect(groups('lisbon')).toEqual([
			'lisbon: l-3 l-2 lisbon l-1',
			// then other groups by their best result: a party event, then a context event
			'alpha: a-2 a-1',
			': c-1'
		]);
	});

	it('matches word beginnings only, never inside a word', () => {
		expect(groups('isbon')).toEqual([]);
		expect(groups('lis')).toEqual(groups('lisbon'));
	});
});
