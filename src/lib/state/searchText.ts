/**
 * Search's text handling: folding text for matching (case, accents, ё, Kazakh letters), the
 * words of a text, word-prefix matching, and the marked segments and passages a result shows.
 * Folding keeps one UTF-16 unit for one, so an offset in the folded text is one in the original.
 */

const FOLD: Record<string, string> = {
	ә: 'а',
	ғ: 'г',
	қ: 'к',
	ң: 'н',
	ө: 'о',
	ұ: 'у',
	ү: 'у',
	һ: 'х',
	і: 'и',
	ё: 'е'
};

function foldUnit(c: string): string {
	let l = c.toLowerCase();
	if (l.length !== 1) l = c; // 'İ' lowercases to two units: keep offsets 1:1.
	if (/\s/.test(l)) return ' ';
	// Latin accents go (é → e); Cyrillic й and ё decompose too, so only a Latin base is taken.
	const base = l.normalize('NFD')[0] ?? l;
	if (base !== l && base >= 'a' && base <= 'z') l = base;
	return FOLD[l] ?? l;
}

/** Folded units by character code: a memo of the pure `foldUnit` (filled as texts come). */
const folded: string[] = [];

/**
 * Text folded for matching, one UTF-16 unit for one (offsets stay offsets in the original): lower
 * case, Latin accents dropped, any space a plain space, ё → е, and the Kazakh letters folded to
 * their nearest Russian-keyboard letters (ә→а, ғ→г, қ→к, ң→н, ө→о, ұ/ү→у, һ→х, і→и).
 * @example normaliseForSearch('Қосылу') // 'косылу'
 */
export function normaliseForSearch(text: string): string {
	let out = '';
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		out += folded[code] ??= foldUnit(text.charAt(i));
	}
	return out;
}

const WORDS = /[\p{L}\p{N}]+/gu;

/** The words of a folded text. */
export const wordsOf = (norm: string): string[] => norm.match(WORDS) ?? [];

/**
 * A query's distinct words, folded (at most 8).
 * @example queryTokens('Berne  KAZAKHSTAN berne') // ['berne', 'kazakhstan']
 */
export function queryTokens(query: string): string[] {
	return [...new Set(wordsOf(normaliseForSearch(query)))].slice(0, 8);
}

/** A run of text, marked where a query word matched. */
export interface Segment {
	text: string;
	mark: boolean;
}

/**
 * `text` cut into runs, the start of each word that a token is a prefix of marked (the longest
 * such token). Built from strings only: render each run as a text node or a `<mark>`.
 * @example markMatches('Rome Convention', ['rom']) // [{text: 'Rom', mark: true}, {text: 'e Convention', mark: false}]
 */
export function markMatches(text: string, tokens: readonly string[]): Segment[] {
	const out: Segment[] = [];
	let at = 0;
	for (const w of normaliseForSearch(text).matchAll(WORDS)) {
		const len = tokens.reduce((n, t) => (w[0].startsWith(t) ? Math.max(n, t.length) : n), 0);
		if (!len) continue;
		if (w.index > at) out.push({ text: text.slice(at, w.index), mark: false });
		out.push({ text: text.slice(w.index, w.index + len), mark: true });
		at = w.index + len;
	}
	if (at < text.length) out.push({ text: text.slice(at), mark: false });
	return out;
}

/**
 * A passage of `text` of about `room` characters around the first word a token starts, cut at
 * spaces, with an ellipsis where it was cut.
 * @example passage('a long text … about Rome …', ['rome'], 20)
 */
export function passage(text: string, tokens: readonly string[], room = 110): string {
	if (text.length <= room) return text;
	const words = [...normaliseForSearch(text).matchAll(WORDS)];
	const hit = words.find((w) => tokens.some((t) => w[0].startsWith(t)))?.index ?? 0;
	let a = Math.max(0, hit - Math.floor(room / 3));
	let b = Math.min(text.length, a + room);
	if (a > 0) a = text.indexOf(' ', a) + 1 || a;
	if (a > hit) a = hit;
	if (b < text.length) {
		const space = text.lastIndexOf(' ', b);
		if (space > hit) b = space;
	}
	return `${a > 0 ? '…' : ''}${text.slice(a, b).trim()}${b < text.length ? '…' : ''}`;
}
