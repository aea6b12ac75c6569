import { afterEach, describe, expect, it, vi } from 'vitest';
import { countryName } from './names';

const kz = { iso: 'KZ', en: 'Kazakhstan' };

describe('countryName', () => {
	afterEach(() => vi.restoreAllMocks());

	it("gives the runtime's name in each language", () => {
		expect(countryName(kz, 'en')).toBe('Kazakhstan');
		expect(countryName(kz, 'ru')).toBe('Казахстан');
		expect(countryName(kz, 'kk')).toBe('Қазақстан');
		expect(countryName({ iso: 'US', en: 'United States' }, 'ru')).toBe('Соединенные Штаты');
	});

	it("falls back to the table's English where the runtime knows no such region", () => {
		expect(countryName({ iso: 'OA', en: 'OAPI' }, 'ru')).toBe('OAPI');
		expect(countryName({ iso: 'BX', en: 'BOIP' }, 'kk')).toBe('BOIP');
	});

	it("falls back to the table's English where DisplayNames throws", () => {
		expect(countryName(kz, 'not a language tag!')).toBe('Kazakhstan');
		const of = vi.spyOn(Intl.DisplayNames.prototype, 'of').mockImplementation(() => {
			throw new RangeError('invalid');
		});
		expect(countryName({ iso: 'UZ', en: 'Uzbekistan' }, 'ru')).toBe('Uzbekistan');
		expect(of).toHaveBeenCalled();
	});
});
