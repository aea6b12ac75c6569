import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import en from '$lib/i18n/messages/en.json';
import kk from '$lib/i18n/messages/kk.json';
import type { Messages } from '$lib/i18n';
import { ThemeState } from '$lib/state/theme.svelte';
import Harness from './ThemeSwitch.test.svelte';

describe('ThemeSwitch', () => {
	it('is a labelled select of the three themes that applies and remembers the choice', async () => {
		const user = userEvent.setup();
		const root = document.createElement('html');
		const written: string[] = [];
		const theme = new ThemeState('auto', root, { read: () => null, write: (c) => written.push(c) });
		render(Harness, { lang: 'en', messages: en as Messages, theme });
		const select = screen.getByRole('combobox', { name: en['theme.label'] });
		expect(select).toHaveValue('auto');
		expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
			en['theme.light'],
			en['theme.dark'],
			en['theme.auto']
		]);
		await user.selectOptions(select, 'dark');
		expect(theme.choice).toBe('dark');
		expect(root.dataset.theme).toBe('dark');
		await user.selectOptions(select, 'light');
		expect(root.dataset.theme).toBe('light');
		expect(written).toEqual(['dark', 'light']);
	});

	it('speaks the page’s language', () => {
		const theme = new ThemeState('dark', document.createElement('html'), null);
		render(Harness, { lang: 'kk', messages: kk as Messages, theme });
		expect(screen.getByRole('combobox', { name: kk['theme.label'] })).toHaveValue('dark');
		expect(screen.getByRole('option', { name: kk['theme.auto'] })).toBeInTheDocument();
	});

	it('renders nothing without the page’s theme', () => {
		render(Harness, { lang: 'en', messages: en as Messages });
		expect(screen.queryByRole('combobox')).toBeNull();
	});
});
