/**
 * The colour theme: the reader's choice (light, dark, or the system's), which source wins when the
 * page starts, and how a top-level page remembers it. `theme.svelte.ts` holds and applies it.
 */
import { isFramed } from '$lib/embed/flags';
import { THEMES } from './url';

export type ThemeChoice = (typeof THEMES)[number];

export const THEME_KEY = 'treaty-timeline.theme';

export const isThemeChoice = (v: unknown): v is ThemeChoice =>
	(THEMES as readonly unknown[]).includes(v);

interface ThemeSources {
	/** The page author's `?theme=`, or null when the address has none. */
	query: ThemeChoice | null;
	/** An embed (`mode=embed` or a framed page): it follows its query, never the reader's memory. */
	embed: boolean;
	/** What the reader chose on an earlier visit (anything: storage is the reader's to edit). */
	stored: string | null;
}

/**
 * The theme a page starts in: the address's `?theme=` wins, then (outside embeds) the reader's
 * remembered choice, then the system's.
 * @example initialTheme({ query: null, embed: false, stored: 'dark' }) // 'dark'
 */
export function initialTheme({ query, embed, stored }: ThemeSources): ThemeChoice {
	if (query) return query;
	if (embed) return 'auto';
	return isThemeChoice(stored) ? stored : 'auto';
}

/** Where a choice is remembered. */
export interface ThemeStore {
	read(): string | null;
	write(choice: ThemeChoice): void;
}

/**
 * The browser's localStorage, for a top-level page only (an embed never changes the reader's
 * choice elsewhere). Storage may be denied (sandboxed frames, some `file:` pages, private modes):
 * then nothing is remembered, and nothing throws.
 * @example localThemeStore().read() // 'dark', or null
 */
export function localThemeStore(storage: () => Storage = () => localStorage): ThemeStore {
	return {
		read() {
			if (isFramed()) return null;
			try {
				return storage().getItem(THEME_KEY);
			} catch {
				return null;
			}
		},
		write(choice) {
			if (isFramed()) return;
			try {
				storage().setItem(THEME_KEY, choice);
			} catch {
				// Denied: the choice holds for this visit only.
			}
		}
	};
}
