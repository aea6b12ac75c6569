/**
 * Sentences about events, built from the catalogue and the dataset's own wording: the headline a
 * panel shows, and the accessible name a marker announces ("Berne Convention: instrument of
 * accession deposited on or before 12 January 1999 (inferred)"). Data values inside a sentence
 * are isolated for bidi (`isolate`); the accessible name is plain text.
 */
import type { TimelineEvent } from '$lib/data/events';
import type { Dataset, Lang } from '$lib/data/schema';
import { isolate, plain } from './bidi';
import { formatDateWords } from './dates';
import { localText, translate, type Messages, type Params } from './index';

/** The party's name in the case a "for {party}" phrase needs, isolated for bidi. */
export function partyParams(dataset: Dataset, lang: Lang): Params {
	const { name, nameGenitive } = dataset.party;
	return {
		party: isolate(localText(lang === 'ru' && nameGenitive ? nameGenitive : name, lang).value)
	};
}

/**
 * Headline of an event: its label, or a phrase from its kind ("Entered into force for Kazakhstan",
 * the party's name isolated).
 */
export function eventHeadline(
	ev: TimelineEvent,
	dataset: Dataset,
	lang: Lang,
	m: Messages
): string {
	const e = ev.event;
	if (e.label) return localText(e.label, lang).value;
	const p = partyParams(dataset, lang);
	if (e.kind === 'party-instrument' && e.instrument)
		return translate(m, `instrument.${e.instrument}`, p);
	return translate(m, `kind.${e.kind}`, p);
}

/** Name of the lane an event sits in: the treaty's short name, or "Context". */
export function laneName(ev: TimelineEvent, lang: Lang, m: Messages): string {
	return ev.treaty ? localText(ev.treaty.shortName, lang).value : translate(m, 'a11y.contextLane');
}

/**
 * The accessible name of a marker: lane, what happened, when (with qualifier), and the evidence
 * when it is not a record. Plain text: an attribute has no bidi to protect.
 */
export function eventAccessibleName(
	ev: TimelineEvent,
	dataset: Dataset,
	lang: Lang,
	m: Messages
): string {
	const e = ev.event;
	const date = formatDateWords(ev.date, lang, e.qualifier);
	// "on 12 April 1999", but "in 1974": a period needs its own phrase (and case, in ru/kk).
	const onDate = e.qualifier
		? date
		: translate(m, ev.precision === 'day' ? 'a11y.on' : 'a11y.in', { date });
	const params: Params = { ...partyParams(dataset, lang), date: onDate };
	let key = `a11y.${e.kind}`;
	if (e.kind === 'party-instrument' && e.instrument) key += `.${e.instrument}`;
	// Revisions and domestic acts have sentences of their own around their label; any other
	// labelled event without a sentence of its kind is told like a context event.
	const own = e.kind === 'revision' || e.kind === 'domestic-act';
	if (e.label && (own || e.kind === 'context' || !(key in m))) {
		params.label = localText(e.label, lang).value;
		key = `a11y.${own ? e.kind : 'context'}`;
		params.date = date;
	}
	let s = `${laneName(ev, lang, m)}: ${translate(m, key, params)}`;
	if (e.evidence !== 'record') s += ` (${translate(m, `evidence.${e.evidence}`)})`;
	return plain(s);
}
