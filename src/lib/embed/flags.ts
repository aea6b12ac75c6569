/**
 * Helpers over the page's context: is it framed, and the language remembered from an earlier
 * visit (top-level pages only, so an embed never changes the reader's choice elsewhere).
 */
const KEY = 'treaty-timeline.lang';

export function isFramed(): boolean {
	try {
		return window.self !== window.top;
	} catch {
		return true;
	}
}

export function readStoredLang(): string | null {
	if (isFramed()) return null;
	try {
		return localStorage.getItem(KEY);
	} catch {
		return null;
	}
}

export function storeLang(lang: string): void {
	if (isFramed()) return;
	try {
		localStorage.setItem(KEY, lang);
	} catch {
		// Storage denied (private mode, sandboxed frame): the choice is simply not remembered.
	}
}
