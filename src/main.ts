/**
 * Entry: reads the URL, picks the language, loads the dataset (its own chunk; with `?data=`, that
 * dataset instead, and the shipped one only if it fails) and the current language's catalogue in
 * parallel, then mounts.
 */
import { mount } from 'svelte';
import App from './App.svelte';
import { loadMessages } from '$lib/i18n';
import { loadShipped } from '$lib/data/shipped';
import { parseUrlState } from '$lib/state/url';
import { resolveLang } from '$lib/state/lang';
import { readStoredLang } from '$lib/embed/flags';
import { warmCanvas } from '$lib/components/chunks';
import { ONE_TASK_EVENTS } from '$lib/data/limits';
import { eventCount } from '$lib/data/events';
import './app.css';

const target = document.getElementById('app');
if (target) {
	const url = parseUrlState(location.search, location.hash);
	const lang = resolveLang({
		hash: url.nav.lang,
		query: url.query.lang,
		stored: readStoredLang(),
		preferred: navigator.languages ?? [navigator.language]
	});
	// Given a dataset URL (index.html has already started fetching it), the app is drawn once that
	// dataset is in, without a loading screen of its own first; the shipped one is loaded only if
	// it fails.
	const data = url.query.data;
	const remote = data
		? import('$lib/state/remote').then(async ({ fetchDataset, takePrefetch }) => ({
				url: data,
				// A big one is drawn (unseen) while a worker checks its rules (remote.ts, App.svelte).
				result: await fetchDataset(data, { fetcher: takePrefetch(data), provisional: true })
			}))
		: null;
	const loaded = Promise.all([data ? null : loadShipped(), loadMessages(lang)]);
	// With a dataset from elsewhere, the canvas for many events is requested at once too (after
	// the dataset's code and the catalogue, which the browser then fetches first).
	const canvas = data ? warmCanvas() : null;
	const [shipped, messages] = await loaded;
	const boot = target.querySelector('.boot');
	if (boot && messages['load.loading']) boot.textContent = messages['load.loading'];
	const [fetched] = await Promise.all([remote, canvas]);
	const initial = fetched?.result.dataset ? null : (shipped ?? (await loadShipped()));
	// Checking a big fetched dataset was a task of its own; drawing it is another. A smaller one is
	// drawn at once (a task between them lets the browser paint "Loading…" again first).
	const ds = fetched?.result.dataset;
	if (ds && eventCount(ds) > ONE_TASK_EVENTS) await new Promise((resolve) => setTimeout(resolve));
	target.textContent = '';
	mount(App, {
		target,
		// The first part of the catalogue: views after the first load the rest (parts.ts).
		props: { initial, remote: fetched, messages, whole: false, lang, query: url.query }
	});
}
