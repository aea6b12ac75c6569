import { describe, expect, it } from 'vitest';
import { shareUrl } from './share';

describe('shareUrl', () => {
	it('uses the current address and the view’s hash', () => {
		expect(shareUrl('', 'https://x.org/tt/index.html#old', '#event=rome-adoption')).toBe(
			'https://x.org/tt/index.html#event=rome-adoption'
		);
	});
	it('prefers the public address set at build time', () => {
		expect(shareUrl('https://treaties.example/', 'http://127.0.0.1:4173/', '#view=table')).toBe(
			'https://treaties.example/#view=table'
		);
	});
	it('drops embed-only settings and keeps the language and data', () => {
		expect(
			shareUrl(
				'',
				'https://x.org/?mode=embed&lang=kk&height=400&data=https%3A%2F%2Fd.org%2Fa.json',
				''
			)
		).toBe('https://x.org/?lang=kk&data=https%3A%2F%2Fd.org%2Fa.json');
	});
});
