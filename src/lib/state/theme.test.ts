// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { initialTheme, localThemeStore, THEME_KEY } from './theme';
import { ThemeState } from './theme.svelte';
import { parseUrlState } from './url';

describe('initialTheme', () => {
	it.each([
		// query, embed, stored → theme
		[null, false, null, 'auto'],
		[null, false, 'dark', 'dark'],
		[null, false, 'light', 'light'],
		[null, false, 'purple', 'auto'],
		['light', false, 'dark', 'light'],
		['auto', false, 'dark', 'auto'],
		[null, true, 'dark', 'auto'],
		['dark', true, null, 'dark']
	] as const)('?theme=%s, embed %s, remembered %s → %s', (query, embed, stored, theme) => {
		expect(initialTheme({ query, embed, stored })).toBe(theme);
	});

	it('reads the address: `?theme=auto` is a choice, no `theme` key is none', () => {
		expect(parseUrlState('?theme=auto', '').query.theme).toBe('auto');
		expect(parseUrlState('?lang=kk', '').query.theme).toBeNull();
		expect(parseUrlState('?theme=blue', '').query.theme).toBeNull();
	});
});

describe('localThemeStore', () => {
	afterEach(() => {
		localStorage.clear();
		vi.restoreAllMocks();
	});

	it('remembers a choice in localStorage under its own key', () => {
		const store = localThemeStore();
		expect(store.read()).toBeNull();
		store.write('dark');
		expect(localStorage.getItem(THEME_KEY)).toBe('dark');
		expect(store.read()).toBe('dark');
	});

	it('neither throws nor remembers where storage is denied (sandboxed frames, file:)', () => {
		const denied = () => {
			throw new DOMException('denied', 'SecurityError');
		};
		const store = localThemeStore(denied);
		expect(() => store.write('dark')).not.toThrow();
		expect(store.read()).toBeNull();
		const full = { getItem: denied, setItem: denied } as unknown as Storage;
		expect(() => localThemeStore(() => full).write('light')).not.toThrow();
	});

	it('remembers nothing in a frame', () => {
		vi.spyOn(window, 'top', 'get').mockReturnValue({} as Window);
		localStorage.setItem(THEME_KEY, 'dark');
		const store = localThemeStore();
		expect(store.read()).toBeNull();
		store.write('light');
		expect(localStorage.getItem(THEME_KEY)).toBe('dark');
	});
});

describe('ThemeState', () => {
	const root = () => document.createElement('html');

	it('applies its first choice at once: data-theme for light and dark, none for auto', () => {
		const el = root();
		new ThemeState('dark', el, null);
		expect(el.dataset.theme).toBe('dark');
		const auto = root();
		new ThemeState('auto', auto, null);
		expect(auto.dataset.theme).toBeUndefined();
	});

	it('applies and remembers the reader’s choice', () => {
		const el = root();
		const written: string[] = [];
		const theme = new ThemeState('auto', el, { read: () => null, write: (c) => written.push(c) });
		theme.choose('dark');
		expect([theme.choice, el.dataset.theme]).toEqual(['dark', 'dark']);
		theme.choose('light');
		expect([theme.choice, el.dataset.theme]).toEqual(['light', 'light']);
		theme.choose('auto');
		expect(theme.choice).toBe('auto');
		expect(el.dataset.theme).toBeUndefined();
		expect(written).toEqual(['dark', 'light', 'auto']);
	});

	it('remembers nothing without a store (embeds)', () => {
		const el = root();
		const theme = new ThemeState('light', el, null);
		expect(() => theme.choose('dark')).not.toThrow();
		expect(el.dataset.theme).toBe('dark');
	});
});
