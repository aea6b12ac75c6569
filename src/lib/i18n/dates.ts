/**
 * Dates in words, per language, from our own month tables (NAMES.md §6; CLDR). We do not rely on
 * the browser's Kazakh locale data, which is missing or day-first in some engines. Kazakh puts the
 * year first: «1999 жылғы 12 сәуір».
 */
import type { CalendarDate } from '$lib/data/dates';
import type { Lang, Qualifier } from '$lib/data/schema';

const EN =
	'January February March April May June July August September October November December'.split(
		' '
	);
const RU_GEN =
	'января февраля марта апреля мая июня июля августа сентября октября ноября декабря'.split(' ');
const RU_NOM =
	'январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь'.split(' ');
const KK =
	'қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан'.split(' ');
/** Kazakh ablative («…дан/ден/тан/тен/нан/нен»), for «… кешіктірмей» (not later than). */
const KK_ABL =
	'қаңтардан ақпаннан наурыздан сәуірден мамырдан маусымнан шілдеден тамыздан қыркүйектен қазаннан қарашадан желтоқсаннан'.split(
		' '
	);
const EN_SHORT = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
const RU_SHORT = 'янв. февр. мар. апр. мая июн. июл. авг. сент. окт. нояб. дек.'.split(' ');
const KK_SHORT = 'қаң. ақп. нау. сәу. мам. мау. шіл. там. қыр. қаз. қар. жел.'.split(' ');

export const MONTHS: Record<Lang, { format: string[]; standalone: string[]; short: string[] }> = {
	en: { format: EN, standalone: EN, short: EN_SHORT },
	ru: { format: RU_GEN, standalone: RU_NOM, short: RU_SHORT },
	kk: { format: KK, standalone: KK, short: KK_SHORT }
};

const month = (list: string[], m: number) => list[m - 1] ?? '';

/**
 * A calendar date in words at its own precision.
 * @example formatDateWords({y: 1999, m: 4, d: 12}, 'kk') // '1999 жылғы 12 сәуір'
 */
export function formatDateWords(date: CalendarDate, lang: Lang, qualifier?: Qualifier): string {
	const { y, m, d } = date;
	if (lang === 'en') {
		const base =
			m === undefined
				? `${y}`
				: d === undefined
					? `${month(EN, m)} ${y}`
					: `${d} ${month(EN, m)} ${y}`;
		if (qualifier === 'on-or-before') return `on or before ${base}`;
		if (qualifier === 'about') return `about ${base}`;
		return base;
	}
	if (lang === 'ru') {
		const base =
			m === undefined
				? `${y} г.`
				: d === undefined
					? `${month(RU_NOM, m)} ${y} г.`
					: `${d} ${month(RU_GEN, m)} ${y} г.`;
		// «не позднее» and «около» take the genitive: «не позднее апреля 1999 г.».
		const gen = m !== undefined && d === undefined ? `${month(RU_GEN, m)} ${y} г.` : base;
		if (qualifier === 'on-or-before') return `не позднее ${gen}`;
		if (qualifier === 'about') return `около ${gen}`;
		return base;
	}
	if (qualifier === 'on-or-before') {
		if (m === undefined) return `${y} жылдан кешіктірмей`;
		return `${y} жылғы ${d === undefined ? '' : `${d} `}${month(KK_ABL, m)} кешіктірмей`;
	}
	const base =
		m === undefined ? `${y} жыл` : `${y} жылғы ${d === undefined ? '' : `${d} `}${month(KK, m)}`;
	return qualifier === 'about' ? `шамамен ${base}` : base;
}
