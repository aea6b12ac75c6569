import { describe, expect, it } from 'vitest';
import { el, escapeXml, num } from './xml';

describe('escapeXml', () => {
	it('escapes the five XML special characters', () => {
		expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
			'&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;'
		);
	});

	it('drops characters XML 1.0 forbids and keeps tabs, new lines and astral characters', () => {
		expect(escapeXml('a\u0000b\u0008c\u001fd\ufffe')).toBe('abcd');
		expect(escapeXml('x\ud800y\udc00z')).toBe('xyz');
		expect(escapeXml('\t\n\r😀 Қазақстан')).toBe('\t\n\r😀 Қазақстан');
	});

	it('drops the bidi isolation marks of the page sentences (the file holds plain text)', () => {
		expect(escapeXml('for \u2068Kazakhstan\u2069')).toBe('for Kazakhstan');
	});
});

describe('el and num', () => {
	it('writes attributes escaped, leaves out undefined ones and closes empty elements', () => {
		expect(el('text', { x: 1.005, y: -0.001, class: undefined, 'data-t': '"' }, 'A & B')).toBe(
			'<text x="1" y="0" data-t="&quot;">A &amp; B</text>'
		);
		expect(el('rect', { width: 10 })).toBe('<rect width="10"/>');
		expect(el('g', {}, { inner: '<rect/>' })).toBe('<g><rect/></g>');
	});

	it('rounds to two decimals', () => {
		expect(num(12.3456)).toBe('12.35');
		expect(num(-0.004)).toBe('0');
	});
});
