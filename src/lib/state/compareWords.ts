/**
 * The compare view's sentences: a country's place among a treaty's parties ("the 98th of 182
 * parties, 53% of the parties before it, 7 years after independence"), in the interface language.
 * Ordinals follow CLDR's ordinal categories (English -st/-nd/-rd/-th, Kazakh -ші/-шы).
 */
import type { Delay } from '$lib/data/delays';
import type { Span, TreatyRank } from '$lib/compare/rank';
import type { Lang } from '$lib/data/schema';
import { plural, translate, type Messages } from '$lib/i18n';

const ORDINAL_KEYS: Partial<Record<Intl.LDMLPluralRule, string>> = {
	one: 'compare.ordinalOne',
	two: 'compare.ordinalTwo',
	few: 'compare.ordinalFew',
	many: 'compare.ordinalMany'
};
const ordinalRules = new Map<Lang, Intl.PluralRules>();

/**
 * A number as an ordinal in words of `lang`.
 * @example ordinal(en, 'en', 22) // '22nd'
 * @example ordinal(kk, 'kk', 6) // '6-шы'
 */
export function ordinal(messages: Messages, lang: Lang, n: number): string {
	let rules = ordinalRules.get(lang);
	if (!rules) ordinalRules.set(lang, (rules = new Intl.PluralRules(lang, { type: 'ordinal' })));
	const key = ORDINAL_KEYS[rules.select(n)] ?? 'compare.ordinalOther';
	return translate(messages, key, { n });
}

/**
 * A delay in words without a sign: "7 years", "retroactive (3 months earlier)".
 * @example delayWords(en, 'en', { kind: 'years', value: 7, unit: 'years', days: 2674 }) // '7 years'
 */
export function delayWords(messages: Messages, lang: Lang, d: Delay): string {
	const amount = plural(messages, lang, `delay.${d.unit}`, d.value);
	return d.kind === 'retroactive'
		? translate(messages, 'delay.retroactive', { delay: amount })
		: amount;
}

/**
 * A signed span in words: whole years from one year on, else days; an end before its start (a
 * succession dated back to independence) is "retroactive".
 * @example spanWords(en, 'en', { days: 2674, years: 7 }) // '7 years'
 */
export function spanWords(messages: Messages, lang: Lang, s: Span): string {
	const [years, days] = [Math.abs(s.years), Math.abs(s.days)];
	const amount =
		years >= 1
			? plural(messages, lang, 'delay.years', years)
			: plural(messages, lang, 'delay.days', days);
	return s.days < 0 ? translate(messages, 'delay.retroactive', { delay: amount }) : amount;
}

/**
 * The details of a party's standing, in order, each a phrase: rank, share before, delays.
 * @example placePhrases(en, 'en', rankIn(data, 'berne', 'KZ')) // ['the 98th of 182 parties', '53% of the parties before it', …]
 */
export function placePhrases(messages: Messages, lang: Lang, r: TreatyRank): string[] {
	if (r.rank === null) return [];
	const base = r.joint ? 'compare.rankJoint' : 'compare.rank';
	const phrases = [
		plural(messages, lang, base, r.total, { ordinal: ordinal(messages, lang, r.rank) }),
		translate(messages, 'compare.share', { share: Math.round(r.shareBefore * 100) })
	];
	if (r.fromTreatyForce)
		phrases.push(
			translate(messages, 'compare.sinceTreaty', {
				delay: spanWords(messages, lang, r.fromTreatyForce)
			})
		);
	if (r.fromIndependence)
		phrases.push(
			translate(messages, 'compare.sinceIndependence', {
				delay: spanWords(messages, lang, r.fromIndependence)
			})
		);
	return phrases;
}

interface LineWords {
	messages: Messages;
	lang: Lang;
	/** The country's name. */
	name: string;
	/** A date in words. */
	words: (date: string) => string;
}

/**
 * The country's line for one treaty: its entry into force and place, its signature without entry
 * into force, or that it is not a party.
 * @example focusLine(rankIn(data, 'berne', 'KZ'), { …, name: 'Kazakhstan' }) // 'Kazakhstan: in force since 12 April 1999 — the 98th of 182 parties, …'
 */
export function focusLine(r: TreatyRank, { messages, lang, name, words }: LineWords): string {
	if (r.entryIntoForce !== null)
		return `${translate(messages, 'compare.party', { country: name, date: words(r.entryIntoForce) })} — ${placePhrases(messages, lang, r).join(', ')}`;
	if (r.entry?.signature)
		return translate(messages, 'compare.signatory', {
			country: name,
			date: words(r.entry.signature)
		});
	return translate(messages, 'compare.notParty', { country: name });
}
