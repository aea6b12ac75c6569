import { describe, expect, it } from 'vitest';
import en from '$lib/i18n/messages/en.json';
import ru from '$lib/i18n/messages/ru.json';
import type { Messages } from '$lib/i18n';
import { pickPart } from '$lib/i18n/parts';
import { I18n } from './i18n.svelte';

const first = pickPart(en, 'first') as Messages;

describe('I18n with the first part of its catalogue', () => {
	it('shows first-view strings at once and the rest once complete() has loaded it', async () => {
		const i18n = new I18n('en', first, false);
		expect(i18n.t('zoom.in')).toBe(en['zoom.in']);
		expect(i18n.t('panel.sources')).toBe('⟦panel.sources⟧');
		await i18n.complete();
		expect(i18n.t('panel.sources')).toBe(en['panel.sources']);
		expect(i18n.messages).toEqual(en);
	});

	it('loads the rest once for every view that waits for it', async () => {
		const i18n = new I18n('en', first, false);
		const a = i18n.complete();
		expect(i18n.complete()).toBe(a);
		const view = await i18n.withStrings(() => Promise.resolve('module'))();
		expect(view).toBe('module');
		expect(i18n.t('present.next')).toBe(en['present.next']);
	});

	it('switches to a whole catalogue; a late rest of the old language is not merged', async () => {
		const i18n = new I18n('en', first, false);
		const rest = i18n.complete();
		await i18n.use('ru');
		await rest;
		expect(i18n.lang).toBe('ru');
		expect(i18n.messages).toEqual(ru);
		expect(i18n.t('panel.sources')).toBe(ru['panel.sources']);
	});

	it('needs nothing more when given the whole catalogue', async () => {
		const i18n = new I18n('en', en as Messages);
		await i18n.complete();
		expect(i18n.messages).toBe(en);
	});
});
