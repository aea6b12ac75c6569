/** Link previews need absolute image addresses: uses PUBLIC_URL when the build sets one. */
import type { Plugin } from 'vite';

export const socialImage: Plugin = {
	name: 'absolute-social-image',
	transformIndexHtml(html) {
		const base = process.env.PUBLIC_URL;
		return base
			? html.replace(/content="social\.png"/g, `content="${new URL('social.png', base)}"`)
			: html;
	}
};
