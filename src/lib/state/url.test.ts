import { describe, expect, it } from 'vitest';
import { DEFAULT_NAV, formatHash, parseUrlState, type NavState } from './url';

describe('parseUrlState', () => {
	it('reads every query key', () => {
		const { query, rejected } = parseUrlState(
			'?mode=embed&theme=dark&contrast=high&lang=kk&data=https%3A%2F%2Fexample.org%2Fd.json&treaties=berne,rome&height=480&plain&static=1&share=https%3A%2F%2Fexample.org%2Ftt%2F&controls=zoom&title=WCT+and+WPPT&legend=none',
			''
		);
		expect(rejected).toEqual([]);
		expect(query).toEqual({
			mode: 'embed',
			theme: 'dark',
			contrast: 'high',
			lang: 'kk',
			data: 'https://example.org/d.json',
			treaties: ['berne', 'rome'],
			height: 480,
			plain: true,
			static: true,
			share: 'https://example.org/tt/',
			controls: 'zoom',
			title: 'WCT and WPPT',
			legend: 'none'
		});
	});

	it('leaves controls to the mode, the dataset its title and the legend on when the query says nothing', () => {
		const { query } = parseUrlState('?mode=embed', '');
		expect([query.controls, query.title, query.legend]).toEqual([null, null, 'auto']);
	});

	it.each([
		['?controls=some', 'controls'],
		['?controls=ALL', 'controls'],
		['?controls', 'controls'],
		['?title=', 'title'],
		['?title=%20%20', 'title'],
		['?title=a%0Ab', 'title'],
		['?title=%E2%80%AEevil', 'title'],
		[`?title=${'t'.repeat(121)}`, 'title'],
		['?legend=off', 'legend'],
		['?legend', 'legend']
	])('drops the embed option %s and reports it', (search, key) => {
		const { query, rejected } = parseUrlState(search, '');
		expect(rejected.map((r) => r.key)).toEqual([key]);
		expect([query.controls, query.title, query.legend]).toEqual([null, null, 'auto']);
	});

	it('keeps a title as one trimmed line of text, "none" included', () => {
		expect(parseUrlState('?title=%20Kazakhstan%20%26%20WCT%20', '').query.title).toBe(
			'Kazakhstan & WCT'
		);
		expect(parseUrlState('?title=none&controls=none', '').query).toMatchObject({
			title: 'none',
			controls: 'none'
		});
	});

	it.each<[string, Partial<NavState>]>([
		['#event=berne-adoption', { event: 'berne-adoption' }],
		['#treaty=rome', { treaty: 'rome' }],
		['#from=1990&to=2012', { from: '1990', to: '2012' }],
		['#from=2004-08&to=2004-08-12', { from: '2004-08', to: '2004-08-12' }],
		['#view=table', { view: 'table' }],
		['#view=about', { view: 'about' }],
		['#present&step=3', { present: true, step: 3 }],
		['#lang=ru', { lang: 'ru' }],
		['#kinds=adoption,revision', { kinds: ['adoption', 'revision'] }],
		['#cats=copyright', { cats: ['copyright'] }],
		['#q=technological%20measures', { q: 'technological measures' }],
		['#context=0', { context: false }],
		['#view=compare&focus=UZ', { view: 'compare', focus: 'UZ' }],
		['#peers=central-asia', { peers: ['central-asia'] }],
		['#peers=KZ,UZ,KG', { peers: ['KZ', 'UZ', 'KG'] }]
	])('round-trips %s', (hash, expected) => {
		const { nav, rejected } = parseUrlState('', hash);
		expect(rejected).toEqual([]);
		expect(nav).toEqual({ ...DEFAULT_NAV, ...expected });
		expect(formatHash(nav)).toBe(hash);
	});

	it.each([
		['#from=abc', 'from'],
		['#to=2012-13', 'to'],
		['#from=2012&to=1990', 'to'],
		['#view=map', 'view'],
		['#step=0', 'step'],
		['#lang=fr', 'lang'],
		['#event=Bad%20Id', 'event'],
		[`#event=${'a'.repeat(10_000)}`, 'event'],
		['#focus=uz', 'focus'],
		['#focus=UZB', 'focus'],
		['#peers=asia', 'peers'],
		['#peers=KZ,,UZ', 'peers'],
		['#peers=KZ,KZ', 'peers'],
		['#peers=cis,KZ', 'peers']
	])('drops %s and reports the key', (hash, key) => {
		const { nav, rejected } = parseUrlState('', hash);
		expect(rejected.map((r) => r.key)).toEqual([key]);
		expect(nav[key as keyof NavState]).toEqual(DEFAULT_NAV[key as keyof NavState]);
		expect(rejected[0]!.value.length).toBeLessThanOrEqual(60);
	});

	it('ignores unknown keys silently', () => {
		const { nav, rejected } = parseUrlState(
			'?utm_source=x&fbclid=y',
			'#foo=bar&event=rome-adoption'
		);
		expect(rejected).toEqual([]);
		expect(nav.event).toBe('rome-adoption');
	});

	it('keeps a relative data address (read against the page when loaded)', () => {
		for (const value of [
			'data/d.json',
			'/d.json',
			'./d.json',
			'../x/d.json?v=2',
			'//cdn.example/d.json'
		])
			expect(parseUrlState(`?data=${encodeURIComponent(value)}`, '').query.data).toBe(value);
		for (const value of ['java\tscript:alert(1)', 'data:,{}', 'file:///etc/passwd', ' '])
			expect(parseUrlState(`?data=${encodeURIComponent(value)}`, '').query.data).toBeNull();
	});

	it('refuses a non-http data address', () => {
		const { query, rejected } = parseUrlState('?data=javascript:alert(1)', '');
		expect(query.data).toBeNull();
		expect(rejected).toEqual([{ part: 'query', key: 'data', value: 'javascript:alert(1)' }]);
	});

	it('never throws on broken percent-encoding or odd input', () => {
		for (const s of [
			'%',
			'#%E0%A4%A',
			'?&&==&',
			'#=&=',
			'#event=%00',
			'?__proto__=1',
			'#constructor=x'
		]) {
			expect(() => parseUrlState(s, s)).not.toThrow();
		}
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('writes keys in canonical order', () => {
		expect(
			formatHash({ ...DEFAULT_NAV, to: '2012', event: 'a', from: '1990', view: 'table' })
		).toBe('#event=a&from=1990&to=2012&view=table');
	});
});
