/**
 * Which language to start in: the hash `lang`, else the query `lang` (the embedding author's
 * choice), else a choice remembered from an earlier visit (top-level page only), else the
 * browser's preferred languages, else English.
 */
import { LANGS, type Lang } from '$lib/data/model';

export function isLang(v: unknown): v is Lang {
	return typeof v === 'string' && (LANGS as readonly string[]).includes(v);
}

/**
 * @example resolveLang({hash: null, query: null, stored: null, preferred: ['ru-RU', 'en']}) // 'ru'
 */
export function resolveLang(input: {
	hash: Lang | null;
	query: Lang | null;
	stored: string | null;
	preferred: readonly string[];
}): Lang {
	if (input.hash) return input.hash;
	if (input.query) return input.query;
	if (isLang(input.stored)) return input.stored;
	for (const tag of input.preferred) {
		const base = tag.toLowerCase().split('-')[0];
		if (isLang(base)) return base;
	}
	return 'en';
}
