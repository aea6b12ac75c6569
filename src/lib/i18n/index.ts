/**
 * Interface strings: flat keys with named `{placeholders}`, one catalogue per language. Only the
 * current language's catalogue is loaded (and a lazy view's own words when it opens); `translate`
 * is pure.
 */
import type en from './messages/en.json';
import type aboutEn from './about/en.json';
import type compareEn from './compare/en.json';
import type embedEn from './embed/en.json';
import type presentEn from './present/en.json';
import type { Lang, Text } from '$lib/data/schema';

/**
 * Words only a lazy view needs come with it, a catalogue per view and language
 * (`loadViewMessages`); the page's catalogue holds the rest.
 */
export type ViewWords = 'about' | 'compare' | 'embed' | 'present';
type ViewKey =
	keyof typeof aboutEn | keyof typeof compareEn | keyof typeof embedEn | keyof typeof presentEn;
export type MessageKey = keyof typeof en | ViewKey;
export type Messages = Record<keyof typeof en, string> & Partial<Record<ViewKey, string>>;
export type Params = Record<string, string | number>;

export const LANG_NAMES: Record<Lang, string> = { en: 'English', ru: 'Русский', kk: 'Қазақша' };

// Each catalogue is a chunk of its own: the page's (`messages/`) and the lazy views'.
const catalogues = import.meta.glob<Partial<Messages>>(
	['./messages/*.json', './about/*.json', './compare/*.json', './embed/*.json', './present/*.json'],
	{ import: 'default' }
);

/** Loads one folder's catalogue in one language. */
async function load(folder: 'messages' | ViewWords, lang: Lang): Promise<Partial<Messages>> {
	const get = catalogues[`./${folder}/${lang}.json`];
	if (!get) throw new Error(`no ${folder} catalogue for ${lang}`);
	return get();
}

/** Loads one language's catalogue, the page's words. */
export const loadMessages = (lang: Lang) => load('messages', lang) as Promise<Messages>;

/** Loads the words of one lazy view in one language. */
export const loadViewMessages = (view: ViewWords, lang: Lang) => load(view, lang);

/**
 * Renders a message: `{name}` placeholders are replaced by `params`; a missing key renders `⟦key⟧`.
 * @example translate(m, 'issue.id.duplicate', {id: 'berne'})
 */
export function translate(messages: Partial<Messages>, key: string, params: Params = {}): string {
	const template = (messages as Record<string, string | undefined>)[key];
	if (template === undefined) return `⟦${key}⟧`;
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}

const pluralRules = new Map<Lang, Intl.PluralRules>();

/**
 * Renders `${base}.${category}` for a count (its CLDR plural category), falling back to
 * `${base}.other`.
 * @example plural(m, 'ru', 'delay.years', 5) // '5 лет'
 */
export function plural(
	messages: Partial<Messages>,
	lang: Lang,
	base: string,
	n: number,
	params: Params = {}
): string {
	// Building the rules costs far more than selecting: once per language.
	let rules = pluralRules.get(lang);
	if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
	const key = `${base}.${rules.select(n)}`;
	const k = key in messages ? key : `${base}.other`;
	return translate(messages, k, { ...params, count: n });
}

export interface LocalText {
	value: string;
	/** The language the value is actually in. */
	lang: Lang;
	/** The requested language was missing and English is shown instead. */
	fallback: boolean;
	/** The wording is a proposed translation, not yet checked. */
	unverified: boolean;
}

/** Picks a dataset text in `lang`, falling back to English (visibly marked by the caller). */
export function localText(text: Text, lang: Lang): LocalText {
	const value = text[lang];
	if (typeof value === 'string' && value.trim() !== '') {
		return { value, lang, fallback: false, unverified: text.unverified?.includes(lang) ?? false };
	}
	return { value: text.en, lang: 'en', fallback: lang !== 'en', unverified: false };
}
