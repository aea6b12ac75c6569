/**
 * The search index's fields: a text with its folded words, its language and its role (what it is
 * to its result). Made through a memo that lives as long as one index build: a dataset repeats
 * many texts (treaty names on each of their results, dates, kinds' phrases), folded once each.
 */
import { LANGS, type Claim, type Text } from '$lib/data/schema';
import type { Lang } from '$lib/data/model';
import { normaliseForSearch, wordsOf } from './searchText';

/**
 * What a text is to its result, in the order a query word's match is credited: the treaty's
 * names, the result's own name, its body text, and last the claims: a correction (or what is
 * known of an unresolved point) and what the source article says.
 */
export const ROLES = ['treaty', 'name', 'text', 'correction', 'unresolved', 'says'] as const;
export type Role = (typeof ROLES)[number];

export interface Field {
	text: string;
	words: string[];
	/** The text's language (BCP 47): an act's title is in its own. */
	lang: string;
	role: Role;
}
/** The field makers of one index build (see the module's note). */
export function createFields() {
	const words = new Map<string, string[]>();
	const field = (text: string, lang: string, role: Role): Field => {
		let w = words.get(text);
		if (!w) words.set(text, (w = wordsOf(normaliseForSearch(text))));
		return { text, words: w, lang, role };
	};
	/** A text's own wording in each language it has (no English stand-in for a missing one). */
	const texts = (t: Text | undefined, role: Role) =>
		t ? LANGS.flatMap((l) => (t[l]?.trim() ? [field(t[l], l, role)] : [])) : [];
	return {
		field,
		texts,
		/** A phrase per language, the empty ones left out. */
		phrases: (role: Role, say: (lang: Lang) => string) =>
			LANGS.map((l) => field(say(l), l, role)).filter((x) => x.text.trim() !== ''),
		/** Claims' fields: what the source article says, and the correction (or what is known). */
		claims: (claims: Claim[] | undefined) =>
			(claims ?? []).flatMap((c) => [
				...texts(c.articleSays, 'says'),
				...texts(c.correction, c.unresolved ? 'unresolved' : 'correction')
			])
	};
}
export type Fields = ReturnType<typeof createFields>;
