/**
 * The search index: every searchable text of a dataset in all three languages, whatever the
 * interface language (a reader may type «Бернская» in the English interface). Built once per
 * dataset; what a result shows (titles, dates) is kept per language, so a language change needs
 * no new index.
 */
import type { TimelineEvent } from '$lib/data/events';
import { EVENT_KINDS } from '$lib/data/model';
import { LANGS, type Dataset, type Lang, type Text, type Treaty } from '$lib/data/schema';
import { localText, translate, type Messages } from '$lib/i18n';
import { plain } from '$lib/i18n/bidi';
import { formatDateWords } from '$lib/i18n/dates';
import { eventHeadline, partyParams } from '$lib/i18n/describe';
import { isPartyKind } from '$lib/layout/markers';
import { createFields, ROLES, type Field, type Fields } from './searchFields';

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

function doc(d: Omit<Doc, 'all'>): Doc {
	// Identical texts in several languages ("WCT") are one field, in the first language; fields
	// in ROLES order (searchRank stops looking past the best match's role).
	const seen = new Set<string>();
	const fields = d.fields
		.filter((f) => !seen.has(f.role + f.text) && seen.add(f.role + f.text))
		.sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role));
	return { ...d, fields, all: ' ' + fields.flatMap((f) => f.words).join(' ') };
}

function articleDocs(t: Treaty, names: Field[], m: Catalogues, time: number, F: Fields): Doc[] {
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
				...F.phrases('name', art),
				...F.texts(a.summary, 'text'),
				...F.claims(claims)
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
	const F = createFields();
	const docs: Doc[] = [];
	const headings = new Map([['', perLang((l) => translate(m[l], 'a11y.contextLane'))]]);
	const names = new Map<string, Field[]>();
	const first = new Map<string, number>();
	for (const e of events) if (e.treaty && !first.has(e.treaty.id)) first.set(e.treaty.id, e.index);
	const articlesAfter = events.length + 1;
	for (const t of dataset.treaties) {
		headings.set(
			t.id,
			perLang((l) => local(t.shortName, l))
		);
		const own = [...F.texts(t.name, 'treaty'), ...F.texts(t.shortName, 'treaty')];
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
				fields: [...own, ...F.texts(t.note, 'text'), ...F.claims(t.claims)]
			})
		);
		for (const d of articleDocs(t, own, m, articlesAfter * 2, F)) docs.push(d);
	}
	const party = perLang((l) => plain(String(partyParams(dataset, l).party)));
	const partyFields = [
		...F.phrases('name', (l) => party[l]),
		...F.texts(dataset.party.name, 'name')
	];
	// A kind's phrase ("Entered into force for Kazakhstan") per language, made once per kind.
	const kindFields = new Map(
		EVENT_KINDS.map((k) => {
			const say = (l: Lang) => plain(translate(m[l], `kind.${k}`, partyParams(dataset, l)));
			return [k, k === 'context' ? [] : F.phrases('name', say)];
		})
	);
	for (const ev of events) {
		const e = ev.event;
		const isParty = !!ev.treaty && isPartyKind(e.kind);
		const title = perLang((l) => plain(eventHeadline(ev, dataset, l, m[l])));
		const date = perLang((l) => formatDateWords(ev.date, l, e.qualifier));
		docs.push(
			doc({
				kind: 'event',
				id: ev.id,
				treatyId: ev.treaty?.id ?? null,
				party: isParty,
				time: ev.index,
				title,
				detail: date,
				fields: [
					...(ev.treaty ? (names.get(ev.treaty.id) ?? []) : []),
					...F.phrases('name', (l) => title[l]),
					...F.texts(e.label, 'name'),
					...(kindFields.get(e.kind) ?? []),
					...(isParty ? partyFields : []),
					...F.texts(e.note, 'text'),
					...F.phrases('text', (l) => date[l]),
					...(e.act ? [F.field(e.act.title, e.act.lang, 'text')] : []),
					...F.claims(e.claims)
				]
			})
		);
	}
	return { docs, headings };
}
