import { describe, expect, it } from 'vitest';
import { isLocalOnly, parseShareBase, qrLink } from './qrLink';
import { parseUrlState } from './url';

describe('isLocalOnly', () => {
	it.each([
		'file:///media/usb/index.html',
		'http://localhost:5173/',
		'http://LOCALHOST./',
		'http://app.localhost/',
		'http://127.0.0.1:4173/',
		'http://127.1.2.3/',
		'http://[::1]:8080/',
		'http://[::ffff:127.0.0.1]/',
		'http://0.0.0.0:4173/'
	])('%s is for this computer only', (url) => {
		expect(isLocalOnly(new URL(url))).toBe(true);
	});

	it.each([
		'https://example.org/tt/',
		'http://192.168.1.10:8080/',
		'http://10.0.0.5/',
		'https://127.example.org/',
		'http://[2001:db8::1]/'
	])('%s can be opened by other devices', (url) => {
		expect(isLocalOnly(new URL(url))).toBe(false);
	});
});

describe('parseShareBase (the ?share= key)', () => {
	it.each([
		['https://example.org/tt/', 'https://example.org/tt/'],
		['https://example.org/tt/?lang=kk#step=3', 'https://example.org/tt/?lang=kk'],
		['HTTPS://Example.ORG', 'https://example.org/'],
		['http://192.168.1.10:8080/tt/', 'http://192.168.1.10:8080/tt/']
	])('accepts %s as %s', (value, base) => {
		expect(parseShareBase(value)).toBe(base);
	});

	it.each([
		'',
		'example.org/tt/',
		'//example.org/',
		'javascript:alert(1)//https://x',
		'data:text/html,<b>x</b>',
		'ftp://example.org/',
		'file:///media/usb/index.html',
		'http://localhost:5173/',
		'https://127.0.0.1/',
		'http://[::1]/',
		'https://user:pass@example.org/',
		'https://',
		'https://exa mple.org/',
		'https://example.org/' + 'a'.repeat(2000)
	])('refuses %j', (value) => {
		expect(parseShareBase(value)).toBeUndefined();
	});

	it('is read from the query, and a bad value is reported, not kept', () => {
		const ok = parseUrlState('?share=https%3A%2F%2Fexample.org%2Ftt%2F', '');
		expect(ok.query.share).toBe('https://example.org/tt/');
		const bad = parseUrlState('?share=http://127.0.0.1:4173/', '');
		expect(bad.query.share).toBeNull();
		expect(bad.rejected).toEqual([
			{ part: 'query', key: 'share', value: 'http://127.0.0.1:4173/' }
		]);
		expect(parseUrlState('', '').query.share).toBeNull();
	});
});

describe('qrLink', () => {
	const hash = '#from=1990&to=2012&lang=kk';
	const usb = 'file:///media/usb/index.html?mode=present';

	it('is null from a USB file or a loopback server when no public address is known', () => {
		for (const current of [usb, 'http://127.0.0.1:4173/?mode=present', 'http://localhost:5173/'])
			expect(qrLink({ share: null, publicUrl: '', current, hash })).toBeNull();
	});

	it('uses ?share= first, then PUBLIC_URL, then the page’s own public address', () => {
		const share = 'https://lectures.example.kz/tt/';
		const publicUrl = 'https://example.org/treaties/';
		expect(qrLink({ share, publicUrl, current: usb, hash })).toBe(share + hash);
		expect(qrLink({ share: null, publicUrl, current: usb, hash })).toBe(publicUrl + hash);
		expect(
			qrLink({ share: null, publicUrl: '', current: 'https://x.org/tt/?mode=present', hash })
		).toBe('https://x.org/tt/' + hash);
	});

	it('is null when the build’s PUBLIC_URL is itself a local address', () => {
		const publicUrl = 'http://localhost:4173/';
		expect(qrLink({ share: null, publicUrl, current: 'https://x.org/', hash })).toBeNull();
	});
});
