import { describe, expect, it } from 'vitest';
import { embedSnippet } from './embedSnippet';

describe('embedSnippet', () => {
	const s = embedSnippet({
		publicUrl: '',
		current: 'https://x.org/tt/index.html?utm_source=a#old',
		hash: '#event=rome-adoption',
		lang: 'kk',
		title: 'Treaties "&" <Kazakhstan>'
	});
	it('frames the current view in embed mode and language, lazily, full width', () => {
		expect(s).toContain(
			'src="https://x.org/tt/index.html?utm_source=a&amp;mode=embed&amp;lang=kk#event=rome-adoption"'
		);
		expect(s).toContain('loading="lazy"');
		expect(s).toContain('allow="fullscreen; clipboard-write"');
		expect(s).toContain('width:100%');
	});
	it('loads the host script next to the app and links the full view for readers without JavaScript', () => {
		expect(s).toContain('<script src="https://x.org/tt/embed.js" defer></script>');
		expect(s).toContain(
			'<noscript><a href="https://x.org/tt/index.html?utm_source=a#event=rome-adoption">'
		);
	});
	it('escapes the title', () => {
		expect(s).toContain('title="Treaties &quot;&amp;&quot; &lt;Kazakhstan&gt;"');
	});
});
