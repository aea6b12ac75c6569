/**
 * The search index: every searchable text of a dataset in all three languages, whatever the
 * interface language (a reader may type «Бернская» in the English interface). Built once per
 * dataset; what a result shows (titles, dates) is kept per language, so a language change needs
 * no new index.
 */
import type { TimelineEvent } from '$lib/data/events';
import {
	LANGS,
	type Claim,
	type Dataset,
	type Lang,
	type Text,
	type Treaty
} from '$lib/data/schema';
import { localText, translate, type Messages } from '$lib/i18n';
import { plain } from '$lib/i18n/bidi';
import { formatDateWords } from '$lib/i18n/dates';
import { eventHeadline, partyParams } from '$lib/i18n/describe';
import { isPartyKind } from '$lib/layout/markers';
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

export type DocKind = 'treaty' | 'event' | 'obligation' | 'provision';

export interface Doc {
	kind: DocKind;
	id: string;
	/** The treaty it belongs to; null for a context event. */
	treatyId: string | null;
	/** An act of the party (signature, instrument, entry into force for it, domestic act). */
	party: boolean;
	/** Time order (an event's position; a treaty its first event's); articles after. */
	time: number;
	/** What the result is called, per language, as the interface shows it. */
	title: Record<Lang, string>;
	/** What it shows under the title when no body text matched (a date, a summary). */
	detail: Record<Lang, string>;
	fields: Field[];
	/** Every word of every field, space-led, to rule a doc out quickly. */
	all: string;
}

export interface SearchIndex {
	docs: Doc[];
	/** Each group's heading per language: treaty ids, and '' for the context events. */
	headings: Map<string, Record<Lang, string>>;
}

type Catalogues = Record<Lang, Messages>;
const perLang = (f: (lang: Lang) => string) =>
	Object.fromEntries(LANGS.map((l) => [l, f(l)])) as Record<Lang, string>;
const local = (t: Text | undefined, lang: Lang) => (t ? localText(t, lang).value : '');

function field(text: string, lang: string, role: Role): Field {
	return { text, words: wordsOf(normaliseForSearch(text)), lang, role };
}

/** A text's own wording in each language it has (no English stand-in for a missing one). */
function texts(t: Text | undefined, role: Role): Field[] {
	if (!t) return [];
	return LANGS.flatMap((l) => (t[l]?.trim() ? [field(t[l], l, role)] : []));
}

const phrases = (role: Role, f: (lang: Lang) => string) =>
	LANGS.map((l) => field(f(l), l, role)).filter((x) => x.text.trim() !== '');

function claimFields(claims: Claim[] | undefined): Field[] {
	return (claims ?? []).flatMap((c) => [
		...texts(c.articleSays, 'says'),
		...texts(c.correction, c.unresolved ? 'unresolved' : 'correction')
	]);
}

function doc(d: Omit<Doc, 'all'>): Doc {
	// Identical texts in several languages ("WCT") are one field, in the first language.
	const seen = new Set<string>();
	const fields = d.fields.filter((f) => !seen.has(f.role + f.text) && seen.add(f.role + f.text));
	return { ...d, fields, all: ' ' + fields.flatMap((f) => f.words).join(' ') };
}

function articleDocs(t: Treaty, names: Field[], m: Catalogues, time: number): Doc[] {
	const short = (l: Lang) => local(t.shortName, l);
	const items = [
		...t.obligations.map((o) => ['obligation', o, o.claims] as const),
		...t.provisions.map((p) => ['provision', p, undefined] as const)
	];
	return items.map(([kind, a, claims], i) => {
		const art = (l: Lang) =>
			a.article ? translate(m[l], 'panel.article', { article: a.article }) : '';
		return doc({
			kind,
			id: a.id,
			treatyId: t.id,
			party: false,
			time: time + i,
			title: perLang((l) => (art(l) ? `${short(l)} · ${art(l)}` : short(l))),
			detail: perLang((l) => local(a.summary, l)),
			fields: [
				...names,
				...phrases('name', art),
				...texts(a.summary, 'text'),
				...claimFields(claims)
			]
		});
	});
}

/**
 * Builds the index of a dataset's treaties, events, obligations and provisions, with the
 * catalogues of all three languages (an event's generated name, "Entered into force for
 * Kazakhstan", is searched in each).
 */
export function buildSearchIndex(
	dataset: Dataset,
	events: readonly TimelineEvent[],
	m: Catalogues
): SearchIndex {
	const docs: Doc[] = [];
	const headings = new Map<string, Record<Lang, string>>();
	headings.set(
		'',
		perLang((l) => translate(m[l], 'a11y.contextLane'))
	);
	const names = new Map<string, Field[]>();
	const first = new Map<string, number>();
	for (const e of events) if (e.treaty && !first.has(e.treaty.id)) first.set(e.treaty.id, e.index);
	const articlesAfter = events.length + 1;
	for (const t of dataset.treaties) {
		headings.set(
			t.id,
			perLang((l) => local(t.shortName, l))
		);
		const own = [...texts(t.name, 'treaty'), ...texts(t.shortName, 'treaty')];
		names.set(t.id, own);
		docs.push(
			doc({
				kind: 'treaty',
				id: t.id,
				treatyId: t.id,
				party: false,
				time: first.get(t.id) ?? articlesAfter,
				title: perLang((l) => local(t.name, l)),
				detail: perLang((l) => local(t.shortName, l)),
				fields: [...own, ...texts(t.note, 'text'), ...claimFields(t.claims)]
			}),
			...articleDocs(t, own, m, articlesAfter * 2)
		);
	}
	const party = (l: Lang) => plain(String(partyParams(dataset, l).party));
	for (const ev of events) {
		const e = ev.event;
		const isParty = !!ev.treaty && isPartyKind(e.kind);
		const date = (l: Lang) => formatDateWords(ev.date, l, e.qualifier);
		const kindPhrase = (l: Lang) =>
			e.kind === 'context' ? '' : plain(translate(m[l], `kind.${e.kind}`, partyParams(dataset, l)));
		docs.push(
			doc({
				kind: 'event',
				id: ev.id,
				treatyId: ev.treaty?.id ?? null,
				party: isParty,
				time: ev.index,
				title: perLang((l) => plain(eventHeadline(ev, dataset, l, m[l]))),
				detail: perLang(date),
				fields: [
					...(ev.treaty ? (names.get(ev.treaty.id) ?? []) : []),
					...phrases('name', (l) => plain(eventHeadline(ev, dataset, l, m[l]))),
					...texts(e.label, 'name'),
					...phrases('name', kindPhrase),
					...(isParty ? [...phrases('name', party), ...texts(dataset.party.name, 'name')] : []),
					...texts(e.note, 'text'),
					...phrases('text', date),
					...(e.act ? [field(e.act.title, e.act.lang, 'text')] : []),
					...claimFields(e.claims)
				]
			})
		);
	}
	return { docs, headings };
}
