/**
 * A lazy view's own words (`i18n/about/`, `i18n/compare/`, `i18n/embed/`, `i18n/present/`) over the page's catalogue: the view
 * gets an I18n of its own, set as the context of its components (they call `i18n.t` as everywhere),
 * kept in the page's language. `ready` once the words of the current language are in; `failed` if
 * they could not be loaded (`retry` tries again).
 */
import { loadViewMessages, type ViewWords } from '$lib/i18n';
import { getI18n, setI18n } from './context';
import { I18n } from './i18n.svelte';

export interface ViewWordsState {
	/** The view's I18n: the page's words with the view's over them. */
	readonly i18n: I18n;
	readonly ready: boolean;
	readonly failed: boolean;
	retry(): void;
}

/** Call in the view's root component, while it is created. */
export function useViewWords(view: ViewWords): ViewWordsState {
	const page = getI18n();
	const local = new I18n(page.lang, page.messages);
	setI18n(local);
	let ready = $state(false);
	let failed = $state(false);
	let attempt = $state(0);
	$effect(() => {
		void attempt;
		const { lang, messages } = page;
		let current = true;
		loadViewMessages(view, lang).then(
			(words) => {
				if (!current) return;
				local.messages = { ...messages, ...words };
				local.lang = lang;
				ready = true;
				failed = false;
			},
			() => {
				if (current) failed = true;
			}
		);
		return () => (current = false);
	});
	return {
		i18n: local,
		get ready() {
			return ready;
		},
		get failed() {
			return failed;
		},
		retry: () => attempt++
	};
}
