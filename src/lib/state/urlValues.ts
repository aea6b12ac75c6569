/**
 * The URL's single values, each read strictly (url.ts's parser tables use them): a value that is
 * not exactly what its key allows is `undefined`, and url.ts reports it. Pure; never throws.
 */
export const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
export const oneOf = <T extends string>(list: readonly T[], v: string): T | undefined =>
	(list as readonly string[]).includes(v) ? (v as T) : undefined;
export const idList = (v: string) => {
	const ids = v.split(',').filter(Boolean);
	return ids.length > 0 && ids.length <= 500 && ids.every((i) => ID.test(i)) ? ids : undefined;
};
/** The compare view's peer group presets (PeerGroup ids in lib/compare/types.ts). */
export const PEER_PRESETS = ['cis', 'central-asia', 'former-ussr'] as const;
export const ISO2 = /^[A-Z]{2}$/;
export const peerList = (v: string) => {
	if (oneOf(PEER_PRESETS, v)) return [v];
	const codes = v.split(',');
	const distinct = new Set(codes).size === codes.length;
	return codes.length <= 300 && distinct && codes.every((c) => ISO2.test(c)) ? codes : undefined;
};
export const flag = (v: string) =>
	v === '' || v === '1' || v === 'true' ? true : v === '0' || v === 'false' ? false : undefined;

/**
 * The string with every lone UTF-16 surrogate replaced by U+FFFD, as the URL standard does
 * (encodeURIComponent throws `URIError` on a lone surrogate; a pasted search can hold one).
 * @example wellFormed('a\uD800b') // 'a\uFFFDb'
 */
export function wellFormed(s: string): string {
	return s.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g, (c) =>
		c.length === 2 ? c : '\uFFFD'
	);
}

/**
 * Splits `a=1&b` into decoded pairs the way the browser does (URLSearchParams): `+` is a space,
 * a malformed `%` escape stays as it is, bytes that are not UTF-8 and lone surrogates become
 * U+FFFD. Never throws.
 */
export function pairs(part: string): [string, string][] {
	// One leading `?` or `#` is ours to drop; URLSearchParams drops a leading `?` itself, so it
	// gets one of its own and the rest ("??a" stays "?a") is read as written.
	return [...new URLSearchParams('?' + part.replace(/^[?#]/, ''))];
}

// A title is one line of plain text: no control or bidi control characters (it is shown as text).
const TITLE_BANNED = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
export const titleText = (v: string) => {
	const t = v.trim();
	return t && t.length <= 120 && !TITLE_BANNED.test(t) ? t : undefined;
};

export type Parser<T> = (v: string) => T | undefined;

/**
 * A `?data=` address: http(s), or relative to the page (read against it when loaded,
 * DatasetSource.loadUrl); one that resolves to another scheme (`javascript:`, `file:`, a tab
 * inside the scheme) is refused.
 */
export const dataAddress: Parser<string> = (v) => {
	const s = v.trim();
	if (!s || s.length > 2000) return undefined;
	try {
		return /^https?:$/.test(new URL(s, 'https://page.invalid/').protocol) ? s : undefined;
	} catch {
		return undefined;
	}
};
