/**
 * Country names in the reader's language: the runtime's own (Intl.DisplayNames, CLDR), with the
 * table's English name where it has none (an old runtime, a code such as WIPO's OA or BX that is
 * no ISO region).
 */
import type { CompareCountry } from './types';

/** One DisplayNames per language, or null where the runtime cannot make one. */
const displayNames = new Map<string, Intl.DisplayNames | null>();

function namesFor(lang: string): Intl.DisplayNames | null {
	let names = displayNames.get(lang);
	if (names === undefined) {
		try {
			names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
		} catch {
			names = null;
		}
		displayNames.set(lang, names);
	}
	return names;
}

/**
 * The country's name in `lang` (`en`, `ru`, `kk` or any BCP 47 tag).
 * @example countryName({ iso: 'KZ', en: 'Kazakhstan', … }, 'ru') // 'Казахстан'
 */
export function countryName(country: Pick<CompareCountry, 'iso' | 'en'>, lang: string): string {
	let name: string | undefined;
	try {
		name = namesFor(lang)?.of(country.iso);
	} catch {
		name = undefined;
	}
	return name && name !== country.iso ? name : country.en;
}
