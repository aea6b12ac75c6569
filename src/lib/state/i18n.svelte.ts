/**
 * The current language and its catalogue. Switching loads the other catalogue first (its own
 * chunks), then swaps both at once so no frame mixes languages. The first view starts with the
 * first part of its catalogue (parts.ts); `complete()` brings in the rest, and every view that
 * uses it is loaded through `withStrings`.
 */
import type { Lang } from '$lib/data/schema';
import {
	loadAllMessages,
	loadLaterMessages,
	plural,
	translate,
	type MessageKey,
	type Messages,
	type Params
} from '$lib/i18n';

export class I18n {
	lang = $state<Lang>('en');
	/** The current catalogue: its first part only until `complete()` has resolved. */
	messages = $state.raw<Messages>({} as Messages);
	#rest: Promise<void> | null;

	/** `whole`: `messages` is the whole catalogue (both parts), as tests and language switches give. */
	constructor(lang: Lang, messages: Messages, whole = true) {
		this.lang = lang;
		this.messages = messages;
		this.#rest = whole ? Promise.resolve() : null;
	}

	t = (key: MessageKey, params?: Params): string => translate(this.messages, key, params);

	plural = (base: string, n: number): string => plural(this.messages, this.lang, base, n);

	/** Resolves once the whole catalogue is in (loading its second part the first time). */
	complete(): Promise<void> {
		const lang = this.lang;
		return (this.#rest ??= loadLaterMessages(lang).then(
			(rest) => {
				// A language switch meanwhile brought a whole catalogue of its own.
				if (lang === this.lang) this.messages = { ...this.messages, ...rest };
			},
			(error: unknown) => {
				this.#rest = null; // tried again by the next view (offline for a moment)
				throw error;
			}
		));
	}

	/** A loader for a view that needs the whole catalogue: its module, once both are in. */
	withStrings<T>(load: () => T | Promise<T>): () => Promise<T> {
		return () => Promise.all([load(), this.complete()]).then(([module]) => module);
	}

	async use(lang: Lang, load: (l: Lang) => Promise<Messages> = loadAllMessages): Promise<void> {
		if (lang === this.lang) return;
		const messages = await load(lang);
		this.messages = messages;
		this.lang = lang;
		this.#rest = Promise.resolve();
	}
}
