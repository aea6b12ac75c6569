/**
 * The theme on screen: the reader's choice and its application to the page: `data-theme` on the
 * root element, which `app.css` turns into `color-scheme`, so every `light-dark()` token follows at
 * once (under `auto`, the system's scheme, as it changes, with no script).
 * Created by `main.ts` before the app mounts (no flash of the other theme) and handed to the
 * components as a context (`getTheme`).
 */
import { getContext } from 'svelte';
import type { ThemeChoice, ThemeStore } from './theme';

export class ThemeState {
	choice = $state<ThemeChoice>('auto');
	#root: HTMLElement;
	#store: ThemeStore | null;

	/**
	 * @param root the element whose `data-theme` sets the page's colours (`<html>`)
	 * @param store where a choice is remembered; null in embeds, which follow their query
	 */
	constructor(choice: ThemeChoice, root: HTMLElement, store: ThemeStore | null) {
		this.#root = root;
		this.#store = store;
		this.#apply(choice);
	}

	/** The reader's choice: applied at once, and remembered where the page may. */
	choose(choice: ThemeChoice) {
		this.#apply(choice);
		this.#store?.write(choice);
	}

	#apply(choice: ThemeChoice) {
		this.choice = choice;
		if (choice === 'auto') delete this.#root.dataset.theme;
		else this.#root.dataset.theme = choice;
	}
}

/** The context key under which `main.ts` mounts the app with its theme. */
export const THEME_CONTEXT = Symbol('theme');

/** The page's theme; undefined where none was given (a component rendered on its own). */
export const getTheme = (): ThemeState | undefined => getContext(THEME_CONTEXT);
