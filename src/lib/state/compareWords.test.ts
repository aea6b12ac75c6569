import { describe, expect, it } from 'vitest';
import type { CompareData } from '$lib/compare/types';
import { rankIn } from '$lib/compare/rank';
import en from '$lib/i18n/messages/en.json';
import ru from '$lib/i18n/messages/ru.json';
import kk from '$lib/i18n/messages/kk.json';
import enCompare from '$lib/i18n/compare/en.json';
import ruCompare from '$lib/i18n/compare/ru.json';
import kkCompare from '$lib/i18n/compare/kk.json';
import type { Messages } from '$lib/i18n';
import sample from '../../../tests/fixtures/compare-sample.json';
import { focusLine, ordinal, placePhrases, spanWords } from './compareWords';

const data = sample as CompareData;
/** Each language's catalogue with the compare view's words over it, as CompareView gives them. */
const M = {
	en: { ...en, ...enCompare },
	ru: { ...ru, ...ruCompare },
	kk: { ...kk, ...kkCompare }
} as unknown as Record<'en' | 'ru' | 'kk', Messages>;

describe('ordinal', () => {
	it.each([
		['en', 1, '1st'],
		['en', 22, '22nd'],
		['en', 13, '13th'],
		['en', 103, '103rd'],
		['ru', 98, '98-й'],
		['kk', 6, '6-шы'],
		['kk', 10, '10-шы'],
		['kk', 98, '98-ші']
	] as const)('%s %d is %s', (lang, n, text) => {
		expect(ordinal(M[lang], lang, n)).toBe(text);
	});
});

describe('spanWords', () => {
	it('says years from one year on, days below, and retroactive for a negative span', () => {
		expect(spanWords(M.en, 'en', { days: 2674, years: 7 })).toBe('7 years');
		expect(spanWords(M.ru, 'ru', { days: 40, years: 0 })).toBe('40 дней');
		expect(spanWords(M.en, 'en', { days: -400, years: -1 })).toBe('retroactive (1 year earlier)');
	});
});

describe('placePhrases and focusLine', () => {
	const words = (d: string) => d;
	const lines = (iso: string, lang: 'en' | 'ru' | 'kk' = 'en') =>
		Object.fromEntries(
			data.treaties.map((t) => [
				t.id,
				focusLine(rankIn(data, t.id, iso), { messages: M[lang], lang, name: iso, words })
			])
		);

	it('gives a party its rank, share before it and both delays', () => {
		expect(lines('KZ').berne).toBe(
			'KZ: in force since 1999-04-12 — the 8th of 12 parties, 58% of the parties before it, 111 years after the treaty’s own entry into force, 7 years after independence'
		);
	});
	it('says joint when another party entered into force the same day', () => {
		expect(placePhrases(M.en, 'en', rankIn(data, 'berne', 'FR'))[0]).toBe(
			'joint 1st of 12 parties'
		);
	});
	it('lists a signatory as one, and a country without a row as not a party', () => {
		expect(lines('TJ').wct).toBe('TJ: signed 1997-12-31, not in force');
		expect(lines('TJ').beijing).toBe('TJ: not a party');
	});
	it('agrees in number in Russian', () => {
		expect(lines('KZ', 'ru').berne).toContain('8-й из 12 участников');
	});
});
