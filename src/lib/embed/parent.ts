/**
 * Messages to the host page when the app is framed: one-way, namespaced, documented in the README.
 * `{ source: 'treaty-timeline', type: 'height', height }` whenever the content height changes, so
 * the host script (public/embed.js) can size the iframe. Nothing is ever read from the parent.
 */
import { isFramed } from './flags';

export const MESSAGE_SOURCE = 'treaty-timeline';

export interface HeightMessage {
	source: typeof MESSAGE_SOURCE;
	type: 'height';
	height: number;
}

/** Posts the page's height to the parent window (any origin: the message holds nothing private). */
export function postHeight(height: number): void {
	if (!isFramed()) return;
	const message: HeightMessage = {
		source: MESSAGE_SOURCE,
		type: 'height',
		height: Math.ceil(height)
	};
	window.parent.postMessage(message, '*');
}

/**
 * Watches the element's height and posts it on every change (ResizeObserver, so a frame that was
 * hidden at load reports as soon as it is shown). Returns a stop function.
 */
export function watchHeight(el: Element): () => void {
	if (!isFramed() || typeof ResizeObserver === 'undefined') return () => {};
	let last = -1;
	const ro = new ResizeObserver(() => {
		const h = Math.ceil(el.getBoundingClientRect().height);
		if (h !== last && h > 0) {
			last = h;
			postHeight(h);
		}
	});
	ro.observe(el);
	return () => ro.disconnect();
}
