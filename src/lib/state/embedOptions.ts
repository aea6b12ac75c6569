/**
 * What the page shows around the chart, from the author's query, and how the options relate:
 * `plain` is `title=none` and no legend; `static` is `controls=none` and no interaction; the legend
 * stays unless `plain` or `legend=none`. Without `controls=`, an embed shows the zoom buttons and
 * "Open full view", the full page every control.
 */
import type { Lang } from '$lib/data/model';
import type { Dataset } from '$lib/data/schema';
import { localText, type Params } from '$lib/i18n';
import type { Controls, QueryState } from './url';

export interface Chrome {
	/** `all`: views, languages, search, filters, presets; `zoom`: the zoom buttons and "Open full view". */
	controls: Controls;
	/** Shown at all. */
	title: boolean;
	/** The author's title; null for the dataset's (or one naming the `treaties=` asked for). */
	titleText: string | null;
	legend: boolean;
	/** Pointer, wheel and keyboard change the window and select events. */
	interactive: boolean;
}

type ChromeQuery = Pick<QueryState, 'mode' | 'plain' | 'static' | 'controls' | 'title' | 'legend'>;

/**
 * @example chromeOf({ ...query, mode: 'embed', static: true }).controls // 'none'
 */
export function chromeOf(q: ChromeQuery): Chrome {
	const title = !q.plain && q.title !== 'none';
	return {
		controls: q.static ? 'none' : (q.controls ?? (q.mode === 'embed' ? 'zoom' : 'all')),
		title,
		titleText: title && q.title ? q.title : null,
		legend: !q.plain && q.legend !== 'none',
		interactive: !q.static
	};
}

/**
 * The chart's title: the dataset's, or, when the page shows only some treaties (`treaties=`), one
 * that names them ("Kazakhstan: WCT, WPPT"), so an embed of two treaties does not claim six.
 * @example chartTitle(dataset, ['wct', 'wppt'], 'en', t) // 'Kazakhstan: WCT, WPPT'
 */
export function chartTitle(
	dataset: Dataset,
	only: string[] | null,
	lang: Lang,
	t: (key: 'embed.titleFor', params: Params) => string
): string {
	const named = only ? dataset.treaties.filter((tr) => only.includes(tr.id)) : [];
	if (!named.length) return localText(dataset.title, lang).value;
	return t('embed.titleFor', {
		party: localText(dataset.party.name, lang).value,
		treaties: named.map((tr) => localText(tr.shortName, lang).value).join(', ')
	});
}
