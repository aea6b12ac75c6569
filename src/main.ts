/**
 * Entry: reads the URL, picks the language, loads the dataset (its own chunk) and the current
 * language's catalogue in parallel, then mounts the app.
 */
import { mount } from 'svelte';
import App from './App.svelte';
import { loadMessages } from '$lib/i18n';
import type { Dataset } from '$lib/data/schema';
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
	const [raw, messages] = await Promise.all([
		import('$data/kazakhstan.json').then((m) => m.default as unknown),
		loadMessages(lang)
	]);
	// The shipped dataset is validated in CI (load.test.ts: no issue, and parsing changes nothing),
	// so the first view does not carry the validator; user-loaded datasets go through it.
	const result = { dataset: raw as Dataset, issues: [] };
	target.textContent = '';
	mount(App, { target, props: { initial: result, messages, lang, query: url.query } });
}
