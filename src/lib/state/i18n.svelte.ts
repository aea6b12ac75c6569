/**
 * The current language and its catalogue. Switching loads the other catalogue first (its own
 * chunk), then swaps both at once so no frame mixes languages.
 */
import type { Lang } from '$lib/data/schema';
import {
	loadMessages,
	plural,
	translate,
	type MessageKey,
	type Messages,
	type Params
} from '$lib/i18n';

export class I18n {
	lang = $state<Lang>('en');
	messages = $state.raw<Messages>({} as Messages);

	constructor(lang: Lang, messages: Messages) {
		this.lang = lang;
		this.messages = messages;
	}

	t = (key: MessageKey, params?: Params): string => translate(this.messages, key, params);

	plural = (base: string, n: number, params?: Params): string =>
		plural(this.messages, this.lang, base, n, params);

	async use(lang: Lang, load: (l: Lang) => Promise<Messages> = loadMessages): Promise<void> {
		if (lang === this.lang) return;
		this.messages = await load(lang);
		this.lang = lang;
	}
}
