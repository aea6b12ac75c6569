import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import en from '$lib/i18n/messages/en.json';
import kk from '$lib/i18n/messages/kk.json';
import type { Messages } from '$lib/i18n';
import { ThemeState } from '$lib/state/theme.svelte';
import Harness from './harness/ThemeSwitch.svelte';

const named = (m: Messages, c: 'light' | 'dark' | 'auto') =>
	`${m['theme.label']}: ${m[`theme.${c}`]}`;

describe('ThemeSwitch', () => {
	it('is one button that steps through light, dark and the system, applies and remembers', async () => {
		const user = userEvent.setup();
		const root = document.createElement('html');
		const written: string[] = [];
		const theme = new ThemeState('auto', root, { read: () => null, write: (c) => written.push(c) });
		const m = en as Messages;
		render(Harness, { lang: 'en', messages: m, theme });
		await user.click(screen.getByRole('button', { name: named(m, 'auto') }));
		expect(theme.choice).toBe('light');
		expect(root.dataset.theme).toBe('light');
		await user.click(screen.getByRole('button', { name: named(m, 'light') }));
		expect(root.dataset.theme).toBe('dark');
		await user.click(screen.getByRole('button', { name: named(m, 'dark') }));
		expect(root.dataset.theme).toBeUndefined();
		expect(written).toEqual(['light', 'dark', 'auto']);
	});

	it('speaks the page’s language', () => {
		const theme = new ThemeState('dark', document.createElement('html'), null);
		render(Harness, { lang: 'kk', messages: kk as Messages, theme });
		expect(screen.getByRole('button', { name: named(kk as Messages, 'dark') })).toBeInTheDocument();
	});

	it('renders nothing without the page’s theme', () => {
		render(Harness, { lang: 'en', messages: en as Messages });
		expect(screen.queryByRole('button')).toBeNull();
	});
});
