/**
 * Entry: reads the URL, picks the language, loads the first dataset (the `?data=` one, else or
 * when it fails the shipped one) and the language's catalogue in parallel, then mounts the app.
 */
import { mount } from 'svelte';
import App from './App.svelte';
import { loadMessages } from '$lib/i18n';
import { parseUrlState } from '$lib/state/url';
import { resolveLang } from '$lib/state/lang';
import { readStoredLang } from '$lib/embed/flags';
import { DatasetSource } from '$lib/state/dataset.svelte';
import { initialTheme, localThemeStore } from '$lib/state/theme';
import { THEME_CONTEXT, ThemeState } from '$lib/state/theme.svelte';
import './app.css';

/**
 * Not top-level await: the lazy views' chunks import from this module's file, and a module still
 * awaiting at its top level would keep them waiting for it while it waits for them.
 */
async function start(target: HTMLElement) {
	const url = parseUrlState(location.search, location.hash);
	// The theme first, before anything is drawn: no flash of the other one. Embeds never remember.
	const store = url.query.mode === 'embed' ? null : localThemeStore();
	const query = url.query.theme;
	const choice = initialTheme({ query, embed: !store, stored: store?.read() ?? null });
	const theme = new ThemeState(choice, document.documentElement, store);
	const lang = resolveLang({
		hash: url.nav.lang,
		query: url.query.lang,
		stored: readStoredLang(),
		preferred: navigator.languages ?? [navigator.language]
	});
	const source = new DatasetSource();
	const started = source.start(url.query.data);
	const messages = await loadMessages(lang);
	// A `?data=` dataset may take a while: say so in the reader's language.
	const boot = target.querySelector('.boot');
	if (boot && messages['load.loading']) boot.textContent = messages['load.loading'];
	await started;
	target.textContent = '';
	const context = new Map([[THEME_CONTEXT, theme]]);
	mount(App, { target, props: { source, messages, lang, query: url.query }, context });
}

const target = document.getElementById('app');
if (target) void start(target);
