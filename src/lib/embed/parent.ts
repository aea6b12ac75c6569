/**
 * Messages to the host page when the app is framed: one-way, namespaced, documented in the README.
 * `{ source: 'treaty-timeline', type: 'height', height }` whenever the content height changes, so
 * the host script (public/embed.js) can size the iframe. Nothing is ever read from the parent.
 */
import { isFramed } from './flags';

/**
 * Watches the element's height and posts it to the parent window on every change (any origin: the
 * message holds nothing private). A ResizeObserver, so a frame that was hidden at load reports as
 * soon as it is shown. Outside a frame it does nothing. Returns a stop function.
 * @example <div {@attach watchHeight}>
 */
export function watchHeight(el: Element): () => void {
	if (!isFramed() || typeof ResizeObserver === 'undefined') return () => {};
	let last = -1;
	const ro = new ResizeObserver(() => {
		const height = Math.ceil(el.getBoundingClientRect().height);
		if (height === last || height <= 0) return;
		last = height;
		window.parent.postMessage({ source: 'treaty-timeline', type: 'height', height }, '*');
	});
	ro.observe(el);
	return () => ro.disconnect();
}
