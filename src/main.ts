/**
 * Entry: reads the URL, picks the language, loads the dataset (its own chunk; not when the page
 * names another with `?data=`) and the current language's catalogue in parallel, then mounts.
 */
import { mount } from 'svelte';
import App from './App.svelte';
import { loadMessages } from '$lib/i18n';
import { loadShipped } from '$lib/data/shipped';
import { parseUrlState } from '$lib/state/url';
import { resolveLang } from '$lib/state/lang';
import { readStoredLang } from '$lib/embed/flags';
import './app.css';
import './print.css';

const target = document.getElementById('app');
if (target) {
	const url = parseUrlState(location.search, location.hash);
	const lang = resolveLang({
		hash: url.nav.lang,
		query: url.query.lang,
		stored: readStoredLang(),
		preferred: navigator.languages ?? [navigator.language]
	});
	// Given a dataset URL, the app fetches that first (starting now, while the rest loads) and the
	// shipped dataset only if it fails.
	const data = url.query.data;
	const pending = data
		? import('$lib/state/remote').then(({ fetchDataset }) => fetchDataset(data))
		: null;
	// A dataset from elsewhere is often big: fetch the canvas that draws many events meanwhile.
	if (data) void import('$lib/components/MarkCanvas.svelte');
	const [initial, messages] = await Promise.all([data ? null : loadShipped(), loadMessages(lang)]);
	target.textContent = '';
	mount(App, { target, props: { initial, pending, messages, lang, query: url.query } });
}
