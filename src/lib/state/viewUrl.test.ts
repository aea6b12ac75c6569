import { describe, expect, it } from 'vitest';
import { fullViewUrl } from './viewUrl';

describe('fullViewUrl', () => {
	it('drops the embed settings, keeps the treaties and data, and names the language on screen', () => {
		expect(
			fullViewUrl(
				'',
				'https://x.org/tt/?mode=embed&controls=none&title=none&legend=none&treaties=wct,wppt&height=400',
				'#event=wct-adoption&from=1991&to=2012',
				'kk'
			)
		).toBe('https://x.org/tt/?treaties=wct,wppt&lang=kk#event=wct-adoption&from=1991&to=2012');
	});
	it('leaves the language to the hash when the reader chose one there', () => {
		expect(fullViewUrl('', 'https://x.org/?mode=embed&lang=en', '#lang=ru', 'ru')).toBe(
			'https://x.org/?lang=en#lang=ru'
		);
	});
	it('uses the public address set at build time', () => {
		expect(fullViewUrl('https://pub.example/', 'http://127.0.0.1/?mode=embed', '', 'en')).toBe(
			'https://pub.example/?lang=en'
		);
	});
});
