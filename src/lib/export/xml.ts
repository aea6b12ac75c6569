/**
 * XML text for the SVG export: every text and attribute value goes through `escapeXml`, which also
 * drops the characters XML 1.0 forbids (C0 controls, lone surrogates, U+FFFE/U+FFFF), so a
 * hostile or broken label can neither inject markup nor make the file unreadable, and the bidi
 * isolation marks the page's sentences carry (the file holds plain text).
 */
import { plain } from '$lib/i18n/bidi';

const ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&apos;'
};

// Tab, LF and CR are allowed; every other C0 control, a surrogate without its pair and the two
// non-characters are not (https://www.w3.org/TR/xml/#charsets).
const FORBIDDEN =
	// eslint-disable-next-line no-control-regex
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Escapes a string for XML text content or a quoted attribute value.
 * @example escapeXml('<img src=x onerror=alert(1)>') // '&lt;img src=x onerror=alert(1)&gt;'
 */
export function escapeXml(s: string): string {
	return plain(s.replace(FORBIDDEN, '')).replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

/**
 * A coordinate or size for an attribute: at most two decimals, no `-0`.
 * @example num(12.3456) // '12.35'
 */
export function num(n: number): string {
	const r = Math.round(n * 100) / 100;
	return String(Object.is(r, -0) ? 0 : r);
}

/**
 * An element with escaped attributes (an `undefined` one is left out); text (escaped) or `inner`
 * (already markup) as content.
 * @example el('text', { x: 4, y: 10 }, 'A & B') // '<text x="4" y="10">A &amp; B</text>'
 */
export function el(
	name: string,
	attrs: Record<string, string | number | undefined>,
	content: string | { inner: string } = ''
): string {
	let s = '<' + name;
	for (const [k, v] of Object.entries(attrs)) {
		if (v === undefined) continue;
		s += ` ${k}="${typeof v === 'number' ? num(v) : escapeXml(v)}"`;
	}
	const body = typeof content === 'string' ? escapeXml(content) : content.inner;
	return body === '' ? s + '/>' : `${s}>${body}</${name}>`;
}
