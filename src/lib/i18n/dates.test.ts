import { describe, expect, it } from 'vitest';
import { parseDate } from '$lib/data/dates';
import type { Lang, Qualifier } from '$lib/data/schema';
import { formatDateWords, MONTHS, windowBound } from './dates';

const words = (iso: string, lang: Lang, qualifier?: Qualifier) => {
	const date = parseDate(iso);
	if (!date) throw new Error(`bad test date ${iso}`);
	return formatDateWords(date, lang, qualifier);
};

describe('formatDateWords', () => {
	it.each<[string, Qualifier | undefined, Record<Lang, string>]>([
		[
			'1886-09-09',
			undefined,
			{ en: '9 September 1886', ru: '9 сентября 1886 г.', kk: '1886 жылғы 9 қыркүйек' }
		],
		[
			'1999-01-12',
			'on-or-before',
			{
				en: 'on or before 12 January 1999',
				ru: 'не позднее 12 января 1999 г.',
				kk: '1999 жылғы 12 қаңтардан кешіктірмей'
			}
		],
		[
			'1999-01',
			'on-or-before',
			{
				en: 'on or before January 1999',
				ru: 'не позднее января 1999 г.',
				kk: '1999 жылғы қаңтардан кешіктірмей'
			}
		],
		[
			'2012-06-30',
			undefined,
			{ en: '30 June 2012', ru: '30 июня 2012 г.', kk: '2012 жылғы 30 маусым' }
		],
		['1999-04', undefined, { en: 'April 1999', ru: 'апрель 1999 г.', kk: '1999 жылғы сәуір' }],
		['1974', undefined, { en: '1974', ru: '1974 г.', kk: '1974 жыл' }],
		[
			'1974',
			'on-or-before',
			{ en: 'on or before 1974', ru: 'не позднее 1974 г.', kk: '1974 жылдан кешіктірмей' }
		],
		['1974', 'about', { en: 'about 1974', ru: 'около 1974 г.', kk: 'шамамен 1974 жыл' }],
		[
			'1991-12-25',
			'about',
			{
				en: 'about 25 December 1991',
				ru: 'около 25 декабря 1991 г.',
				kk: 'шамамен 1991 жылғы 25 желтоқсан'
			}
		]
	])('writes %s (%s) in words in each language', (iso, qualifier, expected) => {
		expect({
			en: words(iso, 'en', qualifier),
			ru: words(iso, 'ru', qualifier),
			kk: words(iso, 'kk', qualifier)
		}).toEqual(expected);
	});

	it('puts the Kazakh year first, as in legal texts and CLDR', () => {
		expect(words('1999-04-12', 'kk')).toBe('1999 жылғы 12 сәуір');
	});

	// «около» takes the genitive, as «не позднее» does: «около апреля 1999 г.».
	it('writes a Russian month-precision "about" date in the genitive', () => {
		expect(words('1999-04', 'ru', 'about')).toBe('около апреля 1999 г.');
	});

	it('writes no Latin look-alike letters in the Kazakh month tables', () => {
		for (const list of Object.values(MONTHS.kk)) {
			for (const name of list) expect(name, name).toMatch(/^[а-яәғқңөұүһі.]+$/);
		}
	});
});

/** Whether the runtime's ICU has real month names for a language (not "M01" or English). */
function icuHas(lang: Lang): boolean {
	if (Intl.DateTimeFormat.supportedLocalesOf([lang]).length === 0) return false;
	const name = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(
		Date.UTC(2001, 0, 15)
	);
	return !/\d|January/.test(name);
}

const utc = (m: number) => Date.UTC(1999, m, 12);
const format = (lang: string, options: Intl.DateTimeFormatOptions) => {
	const f = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' });
	return Array.from({ length: 12 }, (_, m) => f.format(utc(m)));
};

describe('our month tables agree with Intl.DateTimeFormat (CLDR)', () => {
	it('English: "12 January" …', () => {
		expect(format('en-GB', { month: 'long', day: 'numeric' })).toEqual(
			MONTHS.en.format.map((name) => `12 ${name}`)
		);
	});

	it.skipIf(!icuHas('ru'))('Russian, genitive after a day: «12 января» …', () => {
		expect(format('ru', { month: 'long', day: 'numeric' })).toEqual(
			MONTHS.ru.format.map((name) => `12 ${name}`)
		);
	});

	it.skipIf(!icuHas('ru'))('Russian, stand-alone nominative: «январь» …', () => {
		expect(format('ru', { month: 'long' })).toEqual(MONTHS.ru.standalone);
	});

	it.skipIf(!icuHas('ru'))('Russian, abbreviated after a day: «12 янв.» …', () => {
		expect(format('ru', { month: 'short', day: 'numeric' })).toEqual(
			MONTHS.ru.short.map((name) => `12 ${name}`)
		);
	});

	it.skipIf(!icuHas('kk'))('Kazakh: «12 қаңтар» …', () => {
		expect(format('kk', { month: 'long', day: 'numeric' })).toEqual(
			MONTHS.kk.format.map((name) => `12 ${name}`)
		);
	});

	it.skipIf(!icuHas('kk'))('Kazakh, abbreviated: «қаң.» …', () => {
		expect(format('kk', { month: 'short' })).toEqual(MONTHS.kk.short);
	});

	it.skipIf(!icuHas('kk'))('Kazakh, stand-alone names are the capitalised format names', () => {
		expect(format('kk', { month: 'long' })).toEqual(
			MONTHS.kk.format.map((name) => name.charAt(0).toLocaleUpperCase('kk') + name.slice(1))
		);
	});
});

describe('windowBound', () => {
	it.each<[string, Lang, 'from' | 'to', string]>([
		['1886', 'en', 'from', '1886'],
		['1998-11', 'en', 'from', 'November 1998'],
		['1999-05', 'en', 'to', 'May 1999'],
		['1998-11', 'ru', 'from', 'ноября 1998 г.'],
		['1999-05', 'ru', 'to', 'май 1999 г.'],
		['1999-04-12', 'ru', 'to', '12 апреля 1999 г.'],
		['1998-11', 'kk', 'from', '1998 жылғы қараша'],
		['1999-04-12', 'kk', 'to', '1999 жылғы 12 сәуір']
	])('%s in %s (%s) reads %s, not an ISO month', (value, lang, end, expected) => {
		expect(windowBound(value, lang, end)).toBe(expected);
	});
});
