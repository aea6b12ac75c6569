/**
 * Search over the dataset in the current language, with Kazakh letters folded to their nearest
 * Russian-keyboard letters. A chunk of its own, loaded when the search box is first used (the box
 * itself and its keys, combo.ts, are in the first view).
 */
import type { TimelineEvent } from '$lib/data/events';
import type { Lang } from '$lib/data/model';
import type { Dataset, Text, Treaty } from '$lib/data/schema';
import { localText, translate, type Messages } from '$lib/i18n';
import { isolate } from '$lib/i18n/bidi';
import { formatDateWords } from '$lib/i18n/dates';
import { eventHeadline, laneName } from '$lib/i18n/describe';

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

/**
 * Text folded for matching, one UTF-16 unit for one (offsets stay offsets in the original): lower
 * case, Latin accents dropped, any space a plain space, ё → е, and the Kazakh letters folded to
 * their nearest Russian-keyboard letters (ә→а, ғ→г, қ→к, ң→н, ө→о, ұ/ү→у, һ→х, і→и).
 * @example normaliseForSearch('Қосылу') // 'косылу'
 */
export function normaliseForSearch(text: string): string {
	let out = '';
	for (let i = 0; i < text.length; i++) out += foldUnit(text.charAt(i));
	return out;
}

const WORDS = /[\p{L}\p{N}]+/gu;
const wordsOf = (norm: string) => norm.match(WORDS) ?? [];

type HitKind = 'treaty' | 'obligation' | 'provision' | 'event';
const KIND_RANK: Record<HitKind, number> = { treaty: 0, obligation: 1, provision: 2, event: 3 };

export interface Hit {
	kind: HitKind;
	id: string;
	/** The treaty it belongs to; null for a context event. */
	treatyId: string | null;
	/** Its data values isolated for bidi (`isolate`): render it with Sentence.svelte. */
	title: string;
	/** The matching passage of a body text, or a short description. */
	snippet: string;
	/** Higher is better: word match (100s), in a name field (10s), every word whole (1). */
	score: number;
}

interface Field {
	text: string;
	norm: string;
	words: string[];
	/** Names and headlines rank above body text. */
	name: boolean;
}

interface Doc extends Omit<Hit, 'score'> {
	fields: Field[];
	/** Time order: the event's index, or the treaty's first event's. */
	time: number;
	position: number;
}

/** A dataset's searchable texts in one language: build once per dataset and language. */
type SearchIndex = Doc[];

const field = (text: string, name: boolean): Field => {
	const norm = normaliseForSearch(text);
	return { text, norm, words: wordsOf(norm), name };
};

/** Builds the search index (see `searchIndex`). */
export function buildSearchIndex(
	dataset: Dataset,
	events: readonly TimelineEvent[],
	lang: Lang,
	m: Messages
): SearchIndex {
	type Source = Text | string | undefined;
	const tx = (t: Source) => (typeof t === 'string' ? t : t ? localText(t, lang).value : '');
	const fields = (names: Source[], body: Source[]) =>
		[...names.map((t) => field(tx(t), true)), ...body.map((t) => field(tx(t), false))].filter(
			(f) => f.text.trim() !== ''
		);
	const claims = (cs: Treaty['claims']) => (cs ?? []).flatMap((c) => [c.articleSays, c.correction]);
	const first = new Map<string, number>();
	for (const e of events) if (e.treaty && !first.has(e.treaty.id)) first.set(e.treaty.id, e.index);
	const docs: Doc[] = [];
	for (const t of dataset.treaties) {
		const short = tx(t.shortName);
		const base = { treatyId: t.id, time: first.get(t.id) ?? Infinity };
		docs.push({
			...base,
			kind: 'treaty',
			id: t.id,
			title: tx(t.name),
			snippet: short,
			position: 0,
			fields: fields([t.name, t.shortName], [t.note, ...claims(t.claims)])
		});
		const articles = [
			...t.obligations.map((o) => ['obligation', o, claims(o.claims)] as const),
			...t.provisions.map((p) => ['provision', p, []] as const)
		];
		articles.forEach(([kind, a, more], i) => {
			const art = a.article ? translate(m, 'panel.article', { article: isolate(a.article) }) : '';
			const summary = tx(a.summary);
			docs.push({
				...base,
				kind,
				id: a.id,
				title: art ? `${isolate(short)} · ${art}` : short,
				snippet: passage(field(summary, false), ''),
				position: i,
				fields: fields([art], [summary, ...more])
			});
		});
	}
	for (const ev of events) {
		const e = ev.event;
		const headline = eventHeadline(ev, dataset, lang, m);
		const date = formatDateWords(ev.date, lang, e.qualifier);
		const label = e.label && tx(e.label) !== headline ? e.label : undefined;
		docs.push({
			kind: 'event',
			id: ev.id,
			treatyId: ev.treaty?.id ?? null,
			title: `${isolate(laneName(ev, lang, m))}: ${isolate(headline)}`,
			snippet: date,
			time: ev.index,
			position: 0,
			fields: fields([headline, label], [e.note, ...claims(e.claims), date])
		});
	}
	return docs;
}

/** How one query word matches a field: 3 whole word, 2 word prefix, 1 inside a word, 0 not. */
function quality(f: Field, q: string): number {
	if (f.words.includes(q)) return 3;
	if (f.words.some((w) => w.startsWith(q))) return 2;
	return f.norm.includes(q) ? 1 : 0;
}

/** A passage of `f` around its first match of `q`, cut at word ends. */
function passage(f: Field, q: string, room = 110): string {
	const at = Math.max(0, f.norm.indexOf(q));
	if (f.text.length <= room) return f.text;
	let a = Math.max(0, at - Math.floor(room / 3));
	let b = Math.min(f.text.length, a + room);
	if (a > 0) a = f.text.indexOf(' ', a) + 1 || a;
	if (b < f.text.length) b = f.text.lastIndexOf(' ', b) > at ? f.text.lastIndexOf(' ', b) : b;
	return `${a > 0 ? '…' : ''}${f.text.slice(a, b).trim()}${b < f.text.length ? '…' : ''}`;
}

/**
 * Every word of the query must match somewhere; a hit ranks by its weakest word. The snippet is
 * the passage of body text a word matched best in, or the doc's own when names matched best.
 */
function scoreDoc(doc: Doc, tokens: string[]): { score: number; snippet: string } | null {
	let score = Infinity;
	let snippet = '';
	for (const q of tokens) {
		let best = 0;
		let where: Field | null = null;
		for (const f of doc.fields) {
			const k = quality(f, q);
			const s = k === 0 ? 0 : (k >= 2 ? 100 : 0) + (f.name ? 10 : 0) + (k === 3 ? 1 : 0);
			if (s > best) [best, where] = [s, f];
		}
		if (!where) return null;
		score = Math.min(score, best);
		if (!snippet && !where.name) snippet = passage(where, q);
	}
	return { score, snippet: snippet || doc.snippet };
}

/**
 * Finds treaties (name, short name), events (headline, label, note, claims, date in words),
 * obligations and provisions (article, summary, claims) in the index's language, case-insensitively
 * and with Kazakh letters folded (`normaliseForSearch`). Every word of the query must match.
 * Ranking: whole-word or prefix matches above matches inside a word, then name fields above body
 * text, then whole words above prefixes, then time order.
 * @example searchIndex(buildSearchIndex(ds, events, 'en', m), 'berne', 5)[0].kind // 'treaty'
 */
export function searchIndex(index: SearchIndex, query: string, limit = 10): Hit[] {
	const tokens = [...new Set(wordsOf(normaliseForSearch(query)))].slice(0, 8);
	if (tokens.length === 0) return [];
	const found: (Doc & { score: number })[] = [];
	for (const doc of index) {
		const m = scoreDoc(doc, tokens);
		if (m) found.push({ ...doc, ...m });
	}
	found.sort(
		(a, b) =>
			b.score - a.score ||
			a.time - b.time ||
			KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
			a.position - b.position
	);
	// A hit without the doc's search fields.
	return found.slice(0, limit).map(({ fields: _f, time: _t, position: _p, ...hit }) => hit);
}
