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

const QUALIFIED: Record<'en' | 'ru', Record<Qualifier, string>> = {
	en: { 'on-or-before': 'on or before', about: 'about' },
	ru: { 'on-or-before': 'не позднее', about: 'около' }
};

/**
 * A calendar date in words at its own precision.
 * @example formatDateWords({y: 1999, m: 4, d: 12}, 'kk') // '1999 жылғы 12 сәуір'
 */
export function formatDateWords(date: CalendarDate, lang: Lang, qualifier?: Qualifier): string {
	const { y, m, d } = date;
	const day = d === undefined ? '' : `${d} `;
	if (lang !== 'kk') {
		// Russian: a month alone is nominative («апрель 1999 г.»); after a day, «не позднее» or
		// «около», genitive («не позднее апреля 1999 г.»).
		const [gen, nom, year] = lang === 'en' ? [EN, EN, `${y}`] : [RU_GEN, RU_NOM, `${y} г.`];
		const words = (months: string[]) =>
			m === undefined ? year : `${day}${month(months, m)} ${year}`;
		if (qualifier) return `${QUALIFIED[lang][qualifier]} ${words(gen)}`;
		return words(d === undefined ? nom : gen);
	}
	if (qualifier === 'on-or-before') {
		if (m === undefined) return `${y} жылдан кешіктірмей`;
		return `${y} жылғы ${day}${month(KK_ABL, m)} кешіктірмей`;
	}
	const base = m === undefined ? `${y} жыл` : `${y} жылғы ${day}${month(KK, m)}`;
	return qualifier === 'about' ? `шамамен ${base}` : base;
}

/**
 * One end of a visible window (`1998`, `1998-11`, `1998-11-12`) as a reader says it: a year as it
 * is, a month or a day in words. Russian «с … по …»: `from` takes the genitive («с ноября
 * 1998 г.»), `to` the accusative, which for a month is its nominative («по май 1999 г.»).
 * @example windowBound('1998-11', 'ru', 'from') // 'ноября 1998 г.'
 */
export function windowBound(value: string, lang: Lang, end: 'from' | 'to'): string {
	const [y, m, d] = value.split('-').map(Number);
	if (y === undefined || m === undefined || !Number.isFinite(m)) return value;
	if (lang === 'ru' && d === undefined && end === 'from') return `${month(RU_GEN, m)} ${y} г.`;
	return formatDateWords({ y, m, ...(d === undefined ? {} : { d }) }, lang);
}

/** A visible window's two ends in words (windowBound), for the `zoom.window` message. */
export const windowWords = (win: { from: string; to: string }, lang: Lang) => ({
	from: windowBound(win.from, lang, 'from'),
	to: windowBound(win.to, lang, 'to')
});
