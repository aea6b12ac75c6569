/**
 * The copy-paste snippet for embedding the current view: a responsive iframe, the host script that
 * sizes it, and a plain link for readers without JavaScript. Every value is attribute-escaped.
 */
import { shareUrl } from './share';

const esc = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * @example embedSnippet({ publicUrl: '', current: 'https://x.org/tt/', hash: '#event=a', lang: 'kk', title: 'T' })
 */
export function embedSnippet(opts: {
	publicUrl: string;
	current: string;
	hash: string;
	lang: string;
	title: string;
}): string {
	const page = shareUrl(opts.publicUrl, opts.current, '');
	const url = new URL(page);
	const base = url.origin + url.pathname.replace(/[^/]*$/, '');
	url.searchParams.set('mode', 'embed');
	url.searchParams.set('lang', opts.lang);
	const src = url.href + opts.hash;
	const full = shareUrl(opts.publicUrl, opts.current, opts.hash);
	return [
		`<iframe src="${esc(src)}" title="${esc(opts.title)}" loading="lazy" allow="fullscreen; clipboard-write" style="width:100%;height:640px;border:0"></iframe>`,
		`<script src="${esc(base)}embed.js" defer></script>`,
		`<noscript><a href="${esc(full)}">${esc(opts.title)}</a></noscript>`
	].join('\n');
}
