import { describe, expect, it } from 'vitest';
import { embedSnippet, embedSrc, type EmbedOptions } from './embedSnippet';
import { parseUrlState } from './url';
import { chromeOf } from './embedOptions';

const options: EmbedOptions = {
	lang: 'kk',
	treaties: null,
	window: null,
	controls: 'zoom',
	title: '',
	theme: 'auto',
	height: 'auto'
};

describe('embedSrc', () => {
	it('gives the default embed as mode and language only, defaults left out', () => {
		expect(embedSrc('https://x.org/tt/', options)).toBe('https://x.org/tt/?mode=embed&lang=kk');
	});

	it('writes every option as the URL parser reads it back', () => {
		const o: EmbedOptions = {
			lang: 'ru',
			treaties: ['wct', 'wppt'],
			window: { from: '1991', to: '2012-06' },
			controls: 'none',
			title: ' WCT & WPPT ',
			theme: 'dark',
			height: 480
		};
		const u = new URL(embedSrc('https://x.org/tt/index.html?utm_source=a#old', o));
		const { query, nav, rejected } = parseUrlState(u.search, u.hash);
		expect(rejected).toEqual([]);
		expect(query).toMatchObject({
			mode: 'embed',
			lang: 'ru',
			treaties: ['wct', 'wppt'],
			controls: 'none',
			title: 'WCT & WPPT',
			theme: 'dark',
			height: 480
		});
		expect([nav.from, nav.to]).toEqual(['1991', '2012-06']);
		expect(u.searchParams.get('utm_source')).toBe('a');
		expect(u.search).toContain('treaties=wct,wppt');
	});

	it('replaces the page’s own embed settings instead of adding to them', () => {
		const src = embedSrc('https://x.org/?mode=embed&plain&static&legend=none&lang=en', options);
		expect(chromeOf(parseUrlState(new URL(src).search, '').query)).toEqual({
			controls: 'zoom',
			title: true,
			titleText: null,
			legend: true,
			interactive: true
		});
	});
});

describe('embedSnippet', () => {
	const s = embedSnippet({
		publicUrl: '',
		current: 'https://x.org/tt/index.html?utm_source=a#old',
		title: 'Treaties "&" <Kazakhstan>',
		options: { ...options, controls: 'all', window: { from: '1961', to: '2012' } }
	});
	it('frames the embed’s address, lazily, full width, sized by embed.js', () => {
		expect(s).toContain(
			'src="https://x.org/tt/index.html?utm_source=a&amp;mode=embed&amp;lang=kk&amp;controls=all#from=1961&amp;to=2012"'
		);
		expect(s).toContain('loading="lazy"');
		expect(s).toContain('allow="fullscreen; clipboard-write"');
		expect(s).toContain('style="width:100%;height:640px;border:0"');
		expect(s).not.toContain('data-height');
	});
	it('loads the host script next to the app and links the same view for readers without JavaScript', () => {
		expect(s).toContain('<script src="https://x.org/tt/embed.js" defer></script>');
		expect(s).toContain(
			'<noscript><a href="https://x.org/tt/index.html?utm_source=a&amp;lang=kk#from=1961&amp;to=2012">'
		);
	});
	it('escapes the title', () => {
		expect(s).toContain('title="Treaties &quot;&amp;&quot; &lt;Kazakhstan&gt;"');
	});
	it('fixes a chosen height in the frame and tells embed.js to leave it', () => {
		const fixed = embedSnippet({
			publicUrl: 'https://pub.example/t/',
			current: 'http://127.0.0.1:4173/',
			title: 'T',
			options: { ...options, height: 500 }
		});
		expect(fixed).toContain('src="https://pub.example/t/?mode=embed&amp;lang=kk&amp;height=500"');
		expect(fixed).toContain('height:500px;border:0" data-height="fixed"');
	});
});
