/**
 * The URL contract (STYLE.md C). The query (`?`) is the page or embed author's, read once; the hash
 * (`#`) is the reader's, written only by ViewState. `parseUrlState` is pure and total: unknown keys
 * are ignored, a known key with a bad value is dropped and reported in `rejected`.
 */
import { endUtcMs, parseDate, toUtcMs } from '$lib/data/dates';
import { LANGS, type Lang } from '$lib/data/model';
import { parseShareBase } from './qrLink';
import {
	dataAddress,
	flag,
	ID,
	idList,
	ISO2,
	oneOf,
	pairs,
	peerList,
	titleText,
	wellFormed,
	type Parser
} from './urlValues';

export const MODES = ['page', 'embed', 'present'] as const;
export const THEMES = ['light', 'dark', 'auto'] as const;
export const VIEWS = ['timeline', 'table', 'about', 'compare'] as const;
export const CONTROLS = ['none', 'zoom', 'all'] as const;
export { PEER_PRESETS } from './urlValues';
type Mode = (typeof MODES)[number];
type Theme = (typeof THEMES)[number];
export type View = (typeof VIEWS)[number];
export type Controls = (typeof CONTROLS)[number];

export interface QueryState {
	mode: Mode;
	/** null: the address sets none (the reader's remembered choice, else the system's, applies). */
	theme: Theme | null;
	contrast: 'high' | null;
	lang: Lang | null;
	data: string | null;
	treaties: string[] | null;
	height: 'auto' | number;
	plain: boolean;
	static: boolean;
	/** The public address for the presenter's QR code (`qrLink.ts`), when the page's is local. */
	share: string | null;
	/** Which controls show: null leaves it to the mode (state/embedOptions.ts). */
	controls: Controls | null;
	/** The title: a text of the author's, `'none'`, or null for the dataset's. */
	title: string | null;
	legend: 'auto' | 'none';
}

/** The reader's navigation: everything shareable. */
export interface NavState {
	event: string | null;
	treaty: string | null;
	from: string | null;
	to: string | null;
	view: View;
	present: boolean;
	step: number | null;
	lang: Lang | null;
	kinds: string[] | null;
	cats: string[] | null;
	/** Treaties shown (reader's filter; wins over the query's `treaties`). */
	treaties: string[] | null;
	q: string | null;
	context: boolean | null;
	/** Compare view: the focus country (ISO 3166-1 alpha-2); null is Kazakhstan. */
	focus: string | null;
	/** Compare view: a peer group preset (one id) or the countries picked (ISO codes). */
	peers: string[] | null;
}

export interface Rejected {
	part: 'query' | 'hash';
	key: string;
	value: string;
}

export interface UrlState {
	query: QueryState;
	nav: NavState;
	rejected: Rejected[];
}

export const DEFAULT_NAV: NavState = {
	event: null,
	treaty: null,
	from: null,
	to: null,
	view: 'timeline',
	present: false,
	step: null,
	lang: null,
	kinds: null,
	cats: null,
	treaties: null,
	q: null,
	context: null,
	focus: null,
	peers: null
};

const MAX_VALUE = 200;

const queryParsers: { [K in keyof QueryState]: Parser<QueryState[K]> } = {
	mode: (v) => oneOf(MODES, v),
	theme: (v) => oneOf(THEMES, v),
	contrast: (v) => (v === 'high' ? 'high' : undefined),
	lang: (v) => oneOf(LANGS, v),
	data: dataAddress,
	treaties: idList,
	height: (v) => (v === 'auto' ? 'auto' : /^\d{2,5}$/.test(v) ? Number(v) : undefined),
	plain: flag,
	static: flag,
	share: parseShareBase,
	controls: (v) => oneOf(CONTROLS, v),
	title: titleText,
	legend: (v) => (v === 'auto' || v === 'none' ? v : undefined)
};

const navParsers: { [K in keyof NavState]: Parser<NavState[K]> } = {
	event: (v) => (ID.test(v) ? v : undefined),
	treaty: (v) => (ID.test(v) ? v : undefined),
	from: (v) => (parseDate(v) ? v : undefined),
	to: (v) => (parseDate(v) ? v : undefined),
	view: (v) => oneOf(VIEWS, v),
	present: flag,
	step: (v) => (/^\d{1,5}$/.test(v) && Number(v) >= 1 ? Number(v) : undefined),
	lang: (v) => oneOf(LANGS, v),
	kinds: idList,
	cats: idList,
	treaties: idList,
	q: (v) => v,
	context: flag,
	focus: (v) => (ISO2.test(v) ? v : undefined),
	peers: peerList
};

function parsePart<S extends object>(
	raw: string,
	parsers: { [K in keyof S]: Parser<S[K]> },
	target: S,
	part: Rejected['part'],
	rejected: Rejected[]
) {
	for (const [key, value] of pairs(raw)) {
		if (!Object.prototype.hasOwnProperty.call(parsers, key)) continue;
		const parse = parsers[key as keyof S];
		const parsed = value.length > MAX_VALUE && key !== 'data' ? undefined : parse(value);
		if (parsed === undefined) rejected.push({ part, key, value: wellFormed(value.slice(0, 60)) });
		else target[key as keyof S] = parsed as S[keyof S];
	}
}

/** A URL part as given; anything that is not a string (a hostile or careless caller) is empty. */
const text = (part: unknown) => (typeof part === 'string' ? part : '');

/**
 * Reads both URL parts. Never throws, whatever it is given.
 * @example parseUrlState('?mode=embed', '#event=berne-adoption&from=1880').nav.event // 'berne-adoption'
 */
export function parseUrlState(search: string, hash: string): UrlState {
	const rejected: Rejected[] = [];
	const query: QueryState = {
		mode: 'page',
		theme: null,
		contrast: null,
		lang: null,
		data: null,
		treaties: null,
		height: 'auto',
		plain: false,
		static: false,
		share: null,
		controls: null,
		title: null,
		legend: 'auto'
	};
	const nav: NavState = { ...DEFAULT_NAV };
	parsePart(text(search), queryParsers, query, 'query', rejected);
	parsePart(text(hash), navParsers, nav, 'hash', rejected);
	// `to` before `from` makes no window: `to` is dropped, the rest kept.
	const from = nav.from ? parseDate(nav.from) : null;
	const to = nav.to ? parseDate(nav.to) : null;
	if (from && to && endUtcMs(to) <= toUtcMs(from)) {
		rejected.push({ part: 'hash', key: 'to', value: nav.to ?? '' });
		nav.to = null;
	}
	return { query, nav, rejected };
}

/**
 * The canonical hash of a navigation state (stable key order; defaults omitted).
 * @example formatHash({...DEFAULT_NAV, event: 'berne-adoption'}) // '#event=berne-adoption'
 */
export function formatHash(nav: NavState): string {
	const parts: string[] = [];
	// The canonical key order is DEFAULT_NAV's.
	for (const key of Object.keys(DEFAULT_NAV) as (keyof NavState)[]) {
		const value = nav[key];
		if (value === null || value === undefined || value === DEFAULT_NAV[key]) continue;
		const raw = Array.isArray(value) ? value.join(',') : value === false ? '0' : String(value);
		const enc = encodeURIComponent(wellFormed(raw)).replace(/%2C/g, ',');
		parts.push(value === true ? key : `${key}=${enc}`);
	}
	return parts.length ? '#' + parts.join('&') : '';
}
