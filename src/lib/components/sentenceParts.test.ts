import fc from 'fast-check';
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { isolate, plain } from '$lib/i18n/bidi';
import Sentence from './Sentence.svelte';
import { splitIsolates } from './sentenceParts';

const FSI = '\u2068';
const PDI = '\u2069';

describe('splitIsolates', () => {
	it.each([
		['', []],
		['plain text', [['plain text', false]]],
		[
			`Entered into force for ${isolate('Kazakhstan')}.`,
			[
				['Entered into force for ', false],
				['Kazakhstan', true],
				['.', false]
			]
		],
		[
			`${isolate('a')}${isolate('b')}`,
			[
				['a', true],
				['b', true]
			]
		],
		[
			`${isolate('WCT')}: ${isolate(`for ${isolate('Kazakhstan')}`)}`,
			[
				['WCT', true],
				[': ', false],
				[`for ${isolate('Kazakhstan')}`, true]
			]
		],
		[
			`x${FSI}unclosed`,
			[
				['x', false],
				['unclosed', true]
			]
		],
		[`stray${PDI} end`, [[`stray${PDI} end`, false]]],
		[`${isolate('')}empty`, [['empty', false]]]
	])('cuts %j', (text, parts) => {
		expect(splitIsolates(text)).toEqual(parts.map(([t, isolated]) => ({ text: t, isolated })));
	});

	it('loses nothing: the parts, re-isolated, give back the text (balanced pairs)', () => {
		const value = fc.string({ maxLength: 12 }).map((s) => s.replace(/[\u2068\u2069]/g, ''));
		const sentence = fc.array(fc.tuple(value, fc.boolean()), { maxLength: 6 });
		fc.assert(
			fc.property(sentence, (pieces) => {
				const text = pieces.map(([s, iso]) => (iso ? isolate(s) : s)).join('');
				const back = splitIsolates(text)
					.map((p) => (p.isolated ? isolate(p.text) : p.text))
					.join('');
				expect(plain(back)).toBe(plain(text));
				expect(splitIsolates(text).every((p) => p.text !== '')).toBe(true);
			})
		);
	});
});

describe('Sentence', () => {
	/** The rendered markup without Svelte's anchor comments. */
	const html = (text: string) =>
		render(Sentence, { props: { text } }).container.innerHTML.replace(/<!---->/g, '');
	it('renders each isolated value as a <bdi>, the page text without the marks', () => {
		const text = `Entered into force for ${isolate('<b>Kazakhstan</b>')}`;
		expect(html(text)).toBe('Entered into force for <bdi>&lt;b&gt;Kazakhstan&lt;/b&gt;</bdi>');
		expect(render(Sentence, { props: { text } }).container.textContent).toBe(plain(text));
	});
	it('nests, and leaves a sentence without values as text', () => {
		expect(html(`${isolate('WCT')}: ${isolate(`for ${isolate('X')}`)}`)).toBe(
			'<bdi>WCT</bdi>: <bdi>for <bdi>X</bdi></bdi>'
		);
		expect(html('plain')).toBe('plain');
	});
});
