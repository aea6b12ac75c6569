import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { isolate, plain } from '$lib/i18n/bidi';
import Sentence from './Sentence.svelte';

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
