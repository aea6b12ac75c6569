/**
 * Formatters the layout layer takes by injection: axis and label dates, and delays in words with
 * plurals ("+111 years", "+3 месяца", "retroactive (13 months earlier)").
 */
import type { Delay } from '$lib/data/delays';
import type { Lang } from '$lib/data/schema';
import type { DateFormat } from '$lib/layout/types';
import { MONTHS } from './dates';
import { plural, translate, type Messages } from './index';

const cap = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** Axis and marker-label date parts in a language. */
export function dateFormat(lang: Lang): DateFormat {
	const m = MONTHS[lang];
	return {
		year: (y) => String(y),
		month: (_y, mo) => cap((lang === 'ru' ? STANDALONE_SHORT_RU : m.short)[mo - 1] ?? String(mo)),
		day: (_y, mo, d) => `${d} ${m.short[mo - 1] ?? mo}`
	};
}
const STANDALONE_SHORT_RU = 'янв. февр. март апр. май июнь июль авг. сент. окт. нояб. дек.'.split(
	' '
);

interface Pluraliser {
	plural: (base: string, n: number) => string;
	t: (key: 'delay.plus' | 'delay.retroactive', params: Record<string, string>) => string;
}

/** A catalogue's words in the shape `formatDelay` wants. */
export const pluraliser = (m: Messages, lang: Lang): Pluraliser => ({
	plural: (base, n) => plural(m, lang, base, n),
	t: (key, params) => translate(m, key, params)
});

/**
 * Words for a delay: "+111 years", or "retroactive (13 months earlier)" — never a negative delay.
 * @example formatDelay(delay, i18n) // '+111 years'
 */
export function formatDelay(delay: Delay, i18n: Pluraliser): string {
	const amount = i18n.plural(`delay.${delay.unit}`, delay.value);
	return delay.kind === 'retroactive'
		? i18n.t('delay.retroactive', { delay: amount })
		: i18n.t('delay.plus', { delay: amount });
}

export function delayFormatter(i18n: Pluraliser): (d: Delay) => string {
	return (d) => formatDelay(d, i18n);
}
