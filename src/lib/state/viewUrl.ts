/**
 * How a ViewState and the URL hash meet, as pure functions: the navigation state of a view's fields,
 * what a URL asks for, checked against what the view knows of the dataset, and the full page's
 * address for an embed's view.
 */
import type { Lang } from '$lib/data/model';
import type { Domain } from '$lib/layout/types';
import { sameDomain } from '$lib/layout/zoom';
import { shareUrl } from './share';
import type { Step } from './deck';
import { parseUrlState, type NavState, type Rejected } from './url';
import type { ViewState } from './viewState.svelte';
import { domainToWindow, windowToDomain } from './window';

export interface Known {
	events: Set<string>;
	treaties: Set<string>;
	/** The default window (the whole range). */
	home: Domain;
	clamp: (d: Domain) => Domain;
	/** The lecture's steps (story or all events). */
	deck: Step[];
}

/** The shareable navigation state of a view; the home window is left out of the hash. */
export function toNav(v: ViewState): NavState {
	const w = sameDomain(v.domain, v.home) ? null : domainToWindow(v.domain);
	return {
		event: v.selected,
		treaty: v.treaty,
		from: w?.from ?? null,
		to: w?.to ?? null,
		view: v.view,
		present: v.present,
		step: v.present ? v.step : null,
		lang: v.lang,
		kinds: v.kinds,
		cats: v.cats,
		treaties: v.treaties,
		q: v.q,
		context: v.context,
		focus: v.focus,
		peers: v.peers
	};
}

/**
 * What a URL asks for, checked against the dataset: an event or treaty it lacks is dropped and
 * reported with the values `parseUrlState` rejected; an event wins over a treaty; `?mode=present`
 * presents. The window is clamped, a missing or bad end taking the home window's.
 * @example readUrl('', '#from=1990', known).domain // [1 Jan 1990, the end of the home window]
 */
export function readUrl(
	search: string,
	hash: string,
	known: Known
): { nav: NavState; domain: Domain; rejected: Rejected[] } {
	const { nav, query, rejected } = parseUrlState(search, hash);
	const check = (key: 'event' | 'treaty', ids: Set<string>) => {
		const id = nav[key];
		if (id && !ids.has(id)) rejected.push({ part: 'hash', key, value: id });
		return id && ids.has(id) ? id : null;
	};
	const event = check('event', known.events);
	const treaty = check('treaty', known.treaties);
	const start = nav.from ? windowToDomain(nav.from, nav.from)?.[0] : undefined;
	const end = nav.to ? windowToDomain(nav.to, nav.to)?.[1] : undefined;
	return {
		nav: {
			...nav,
			event,
			treaty: event ? null : treaty,
			present: nav.present || query.mode === 'present'
		},
		domain: known.clamp([start ?? known.home[0], end ?? known.home[1]]),
		rejected
	};
}

/**
 * "Open full view": the full page (embed-only settings dropped, `treaties=` and `data=` kept)
 * with the view's hash, in the language on screen.
 * @example fullViewUrl('', 'https://x.org/?mode=embed&treaties=wct', '#event=wct-adoption', 'kk')
 * // 'https://x.org/?treaties=wct&lang=kk#event=wct-adoption'
 */
export function fullViewUrl(publicUrl: string, current: string, hash: string, lang: Lang): string {
	const link = shareUrl(publicUrl, current, hash);
	if (/^#/.test(link) || /(^#|&)lang=/.test(hash)) return link;
	const url = new URL(link);
	url.searchParams.set('lang', lang);
	return url.origin + url.pathname + url.search.replace(/%2C/g, ',') + url.hash;
}
