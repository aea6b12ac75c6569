import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import raw from '../../../data/kazakhstan.json';
import type { Delay } from '$lib/data/delays';
import { treatyDelays } from '$lib/data/delays';
import { DatasetSchema, type Lang } from '$lib/data/schema';
import { plural, translate, type Messages } from './index';
import { dateFormat, formatDelay } from './format';
import en from './messages/en.json';
import kk from './messages/kk.json';
import ru from './messages/ru.json';

const catalogues = { en, ru, kk } as unknown as Record<Lang, Messages>;

/** What the app's I18n hands to formatDelay, for one language. */
const i18nFor = (lang: Lang) => ({
	plural: (base: string, n: number) => plural(catalogues[lang], lang, base, n),
	t: (key: string, params: Record<string, string>) => translate(catalogues[lang], key, params)
});

describe('plural', () => {
	it.each<[number, string]>([
		[1, '1 год'],
		[2, '2 года'],
		[5, '5 лет'],
		[11, '11 лет'],
		[21, '21 год'],
		[22, '22 года'],
		[25, '25 лет'],
		[111, '111 лет']
	])('Russian: %i → «%s»', (n, expected) => {
		expect(plural(ru, 'ru', 'delay.years', n)).toBe(expected);
	});

	it.each<[string, number, string]>([
		['delay.months', 1, '1 месяц'],
		['delay.months', 3, '3 месяца'],
		['delay.months', 13, '13 месяцев'],
		['delay.days', 1, '1 день'],
		['delay.days', 2, '2 дня'],
		['delay.days', 5, '5 дней'],
		['delay.days', 31, '31 день']
	])('Russian: %s %i → «%s»', (base, n, expected) => {
		expect(plural(ru, 'ru', base, n)).toBe(expected);
	});

	it.each<[string, number, string]>([
		['delay.years', 1, '1 жыл'],
		['delay.years', 111, '111 жыл'],
		['delay.months', 3, '3 ай'],
		['delay.days', 1, '1 күн'],
		['delay.days', 21, '21 күн']
	])('Kazakh: %s %i → «%s» (no plural ending after a number)', (base, n, expected) => {
		expect(plural(kk, 'kk', base, n)).toBe(expected);
	});

	it.each<[string, number, string]>([
		['delay.years', 1, '1 year'],
		['delay.years', 111, '111 years'],
		['delay.months', 1, '1 month'],
		['delay.months', 3, '3 months'],
		['delay.days', 0, '0 days']
	])('English: %s %i → "%s"', (base, n, expected) => {
		expect(plural(en, 'en', base, n)).toBe(expected);
	});
});

describe('formatDelay', () => {
	const delay = (kind: Delay['kind'], value: number, unit: Delay['unit']): Delay => ({
		kind,
		value,
		unit,
		days: 0
	});

	it.each<[Delay, Record<Lang, string>]>([
		[delay('years', 111, 'years'), { en: '+111 years', ru: '+111 лет', kk: '+111 жыл' }],
		[delay('years', 2, 'years'), { en: '+2 years', ru: '+2 года', kk: '+2 жыл' }],
		[delay('months', 3, 'months'), { en: '+3 months', ru: '+3 месяца', kk: '+3 ай' }],
		[delay('days', 1, 'days'), { en: '+1 day', ru: '+1 день', kk: '+1 күн' }],
		[
			delay('retroactive', 13, 'months'),
			{
				en: 'retroactive (13 months earlier)',
				ru: 'с обратной силой (на 13 месяцев раньше)',
				kk: 'кері күшпен (13 ай бұрын)'
			}
		],
		[
			delay('retroactive', 1, 'years'),
			{
				en: 'retroactive (1 year earlier)',
				ru: 'с обратной силой (на 1 год раньше)',
				kk: 'кері күшпен (1 жыл бұрын)'
			}
		]
	])('words %o in each language', (d, expected) => {
		expect({
			en: formatDelay(d, i18nFor('en')),
			ru: formatDelay(d, i18nFor('ru')),
			kk: formatDelay(d, i18nFor('kk'))
		}).toEqual(expected);
	});

	it('words the shipped dataset: Berne, 111 years; WIPO Convention, retroactive', () => {
		const dataset = v.parse(DatasetSchema, raw);
		const berne = treatyDelays(dataset.treaties.find((t) => t.id === 'berne')!);
		const wipo = treatyDelays(dataset.treaties.find((t) => t.id === 'wipo')!);
		expect(formatDelay(berne.forceToPartyForce!.delay, i18nFor('ru'))).toBe('+111 лет');
		expect(formatDelay(wipo.instrumentToPartyForce!.delay, i18nFor('en'))).toBe(
			'retroactive (13 months earlier)'
		);
		expect(formatDelay(wipo.instrumentToPartyForce!.delay, i18nFor('kk'))).toBe(
			'кері күшпен (13 ай бұрын)'
		);
	});

	it('never writes a minus sign', () => {
		for (const lang of ['en', 'ru', 'kk'] as const) {
			expect(formatDelay(delay('retroactive', 5, 'days'), i18nFor(lang))).not.toMatch(/[-−]/);
		}
	});
});

describe('dateFormat', () => {
	it.each<[Lang, string, string]>([
		['en', 'Apr', '12 Apr'],
		['ru', 'Апр.', '12 апр.'],
		['kk', 'Сәу.', '12 сәу.']
	])('%s: month label «%s», day label «%s»', (lang, month, day) => {
		const f = dateFormat(lang);
		expect(f.year(1999)).toBe('1999');
		expect(f.month(1999, 4)).toBe(month);
		expect(f.day?.(1999, 4, 12)).toBe(day);
	});

	it('uses the Russian stand-alone abbreviation for a month on its own («Май», not «Мая»)', () => {
		expect(dateFormat('ru').month(1999, 5)).toBe('Май');
		expect(dateFormat('ru').day?.(1999, 5, 9)).toBe('9 мая');
	});
});
