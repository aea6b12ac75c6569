/**
 * The compare view's sentences: a country's place among a treaty's parties ("the 98th of 182
 * parties, 53% of the parties before it, 7 years after independence"), in the interface language.
 * Ordinals follow CLDR's ordinal categories (English -st/-nd/-rd/-th, Kazakh -ші/-шы).
 */
import type { Delay } from '$lib/data/delays';
import type { Lang } from '$lib/data/schema';
import type { CompareData, CompareTreaty } from '$lib/compare/types';
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
	return translate(messages, key, { count: n });
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

/** A party's place among a treaty's parties, by date of entry into force. */
export interface Place {
	/** 1-based: 1 + the number of parties in force strictly before it. */
	rank: number;
	/** Others entered into force the same day. */
	joint: boolean;
	/** All the treaty's parties. */
	of: number;
	/** The share of the parties in force before it, 0–1. */
	shareBefore: number;
	sinceTreaty: Delay | null;
	sinceIndependence: Delay | null;
}

/**
 * The details of a place, in order, each a phrase: rank, share before, delays.
 * @example placePhrases(en, 'en', place) // ['the 98th of 182 parties', '53% of the parties before it', …]
 */
export function placePhrases(messages: Messages, lang: Lang, p: Place): string[] {
	const base = p.joint ? 'compare.rankJoint' : 'compare.rank';
	const phrases = [
		plural(messages, lang, base, p.of, { ordinal: ordinal(messages, lang, p.rank) }),
		translate(messages, 'compare.share', { share: Math.round(p.shareBefore * 100) })
	];
	if (p.sinceTreaty)
		phrases.push(
			translate(messages, 'compare.sinceTreaty', {
				delay: delayWords(messages, lang, p.sinceTreaty)
			})
		);
	if (p.sinceIndependence)
		phrases.push(
			translate(messages, 'compare.sinceIndependence', {
				delay: delayWords(messages, lang, p.sinceIndependence)
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
	/** The country's place among a treaty's parties (asked only where it is one). */
	place: (treaty: CompareTreaty) => Place | null;
}

/**
 * For each treaty, the country's line: its entry into force and place, its signature without
 * entry into force, or that it is not a party.
 * @example focusLines(data, 'KZ', w).berne // 'Kazakhstan: in force since 12 April 1999 — the 98th of 182 parties, …'
 */
export function focusLines(
	data: CompareData,
	iso: string,
	{ messages, lang, name, words, place }: LineWords
): Record<string, string> {
	const lines: Record<string, string> = {};
	for (const t of data.treaties) {
		const e = data.entries.find((x) => x.treaty === t.id && x.iso === iso);
		const p = e?.entryIntoForce ? place(t.id) : null;
		lines[t.id] =
			e?.entryIntoForce && p
				? `${translate(messages, 'compare.party', { country: name, date: words(e.entryIntoForce) })} — ${placePhrases(messages, lang, p).join(', ')}`
				: e?.signature
					? translate(messages, 'compare.signatory', { country: name, date: words(e.signature) })
					: translate(messages, 'compare.notParty', { country: name });
	}
	return lines;
}
