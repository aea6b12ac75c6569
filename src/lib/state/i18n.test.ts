import { describe, expect, it } from 'vitest';
import en from '$lib/i18n/messages/en.json';
import ru from '$lib/i18n/messages/ru.json';
import type { Messages } from '$lib/i18n';
import { I18n } from './i18n.svelte';

describe('I18n', () => {
	it('translates with its catalogue and switches language with the other one', async () => {
		const i18n = new I18n('en', en as Messages);
		expect(i18n.t('panel.sources')).toBe(en['panel.sources']);
		await i18n.use('ru');
		expect(i18n.lang).toBe('ru');
		expect(i18n.messages).toEqual(ru);
		expect(i18n.t('panel.sources')).toBe(ru['panel.sources']);
	});

	it('keeps the language and its strings when the other catalogue fails to load', async () => {
		const i18n = new I18n('en', en as Messages);
		await expect(i18n.use('kk', () => Promise.reject(new Error('offline')))).rejects.toThrow();
		expect(i18n.lang).toBe('en');
		expect(i18n.t('zoom.in')).toBe(en['zoom.in']);
	});
});
