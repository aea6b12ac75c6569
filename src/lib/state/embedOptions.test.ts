import { describe, expect, it } from 'vitest';
import dataset from '../../../data/kazakhstan.json';
import type { Dataset } from '$lib/data/schema';
import en from '$lib/i18n/messages/en.json';
import ru from '$lib/i18n/messages/ru.json';
import { chartTitle, chromeOf } from './embedOptions';
import { parseUrlState } from './url';

describe('chromeOf', () => {
	const q = (search: string) => chromeOf(parseUrlState(search, '').query);
	it.each([
		['', { controls: 'all', title: true, legend: true, interactive: true }],
		['?mode=embed', { controls: 'zoom', title: true, legend: true, interactive: true }],
		['?mode=embed&plain', { controls: 'zoom', title: false, legend: false, interactive: true }],
		['?mode=embed&static', { controls: 'none', title: true, legend: true, interactive: false }],
		['?mode=embed&static&controls=all', { controls: 'none', interactive: false }],
		['?mode=embed&controls=all&legend=none', { controls: 'all', legend: false }],
		['?mode=embed&title=none', { title: false, titleText: null }],
		['?mode=embed&plain&title=Mine', { title: false, titleText: null }],
		['?title=Mine', { title: true, titleText: 'Mine' }]
	])('reads %s', (search, expected) => {
		expect(q(search)).toMatchObject(expected);
	});
});

describe('chartTitle', () => {
	const ds = dataset as unknown as Dataset;
	const t =
		(messages: Record<string, string>) => (key: string, p: Record<string, string | number>) =>
			messages[key]!.replace(/\{(\w+)\}/g, (_, k: string) => String(p[k] ?? ''));
	it('is the dataset’s title when the page shows every treaty', () => {
		expect(chartTitle(ds, null, 'en', t(en))).toBe(ds.title.en);
	});
	it('names the treaties a page asks for, in their order in the dataset and the language', () => {
		expect(chartTitle(ds, ['wppt', 'wct'], 'en', t(en))).toBe('Kazakhstan: WCT, WPPT');
		expect(chartTitle(ds, ['berne'], 'ru', t(ru))).toBe(
			`${ds.party.name.ru}: ${ds.treaties.find((x) => x.id === 'berne')!.shortName.ru}`
		);
	});
	it('falls back to the dataset’s title when none of the ids is a treaty of it', () => {
		expect(chartTitle(ds, ['nope'], 'en', t(en))).toBe(ds.title.en);
	});
});
