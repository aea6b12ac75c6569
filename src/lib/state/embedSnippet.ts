/**
 * The Embed builder's output: the embed's address for a set of options (the builder's live
 * preview frames the same address), and the copy-paste snippet around it: a responsive iframe,
 * the host script that sizes it, and a plain link for readers without JavaScript. Every value is
 * attribute-escaped.
 */
import type { Lang } from '$lib/data/model';
import { shareUrl } from './share';
import type { Controls, QueryState } from './url';

export interface EmbedOptions {
	lang: Lang;
	/** Only these treaties; null for all. */
	treaties: string[] | null;
	/** The window shown at load (calendar values); null for the whole history. */
	window: { from: string; to: string } | null;
	controls: Controls;
	/** '' for the dataset's title, 'none', or the author's text. */
	title: string;
	theme: NonNullable<QueryState['theme']>;
	/** 'auto': embed.js sizes the frame to its content; a number fixes it (px). */
	height: 'auto' | number;
}

/** The query keys the options set; any other key of the page (`data=`) is kept. */
const OPTION_KEYS = ['mode', 'lang', 'treaties', 'controls', 'title', 'theme', 'height'];
const REPLACED = [...OPTION_KEYS, 'plain', 'static', 'legend', 'contrast'];

/**
 * The embed's address: the app's page with the options in the query and the window in the hash.
 * Defaults are left out (`controls=zoom`, `theme=auto`, `height=auto`).
 * @example embedSrc('https://x.org/tt/', { ...opts, lang: 'kk', window: { from: '1961', to: '2012' } })
 * // 'https://x.org/tt/?mode=embed&lang=kk#from=1961&to=2012'
 */
export function embedSrc(page: string, o: EmbedOptions): string {
	const url = new URL(page);
	for (const key of REPLACED) url.searchParams.delete(key);
	const set = (key: string, value: string | null | false) =>
		value && url.searchParams.set(key, value);
	set('mode', 'embed');
	set('lang', o.lang);
	set('treaties', o.treaties?.join(',') ?? null);
	set('controls', o.controls !== 'zoom' && o.controls);
	set('title', o.title.trim());
	set('theme', o.theme !== 'auto' && o.theme);
	set('height', o.height !== 'auto' && String(o.height));
	const hash = o.window ? `#from=${o.window.from}&to=${o.window.to}` : '';
	return url.origin + url.pathname + url.search.replace(/%2C/g, ',') + hash;
}

const esc = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The snippet: the frame at the public address (PUBLIC_URL, else the current page), `embed.js`
 * from beside it, and a `<noscript>` link to the full view.
 * @example embedSnippet({ publicUrl: '', current: 'https://x.org/tt/', title: 'T', options })
 */
export function embedSnippet(opts: {
	publicUrl: string;
	current: string;
	/** The frame's accessible name and the plain link's text. */
	title: string;
	options: EmbedOptions;
}): string {
	const o = opts.options;
	const page = shareUrl(opts.publicUrl, opts.current, '');
	const src = embedSrc(page, o);
	const base = page.replace(/[?#].*$/, '').replace(/[^/]*$/, '');
	// The full view of the same treaties, language and window.
	const full = shareUrl('', src, new URL(src).hash);
	const fixed = typeof o.height === 'number';
	const height = fixed ? o.height : 640;
	return [
		`<iframe src="${esc(src)}" title="${esc(opts.title)}" loading="lazy" allow="fullscreen; clipboard-write" style="width:100%;height:${height}px;border:0"${fixed ? ' data-height="fixed"' : ''}></iframe>`,
		`<script src="${esc(base)}embed.js" defer></script>`,
		`<noscript><a href="${esc(full)}">${esc(opts.title)}</a></noscript>`
	].join('\n');
}
