/**
 * Inside an iframe, tells the host page the element's height whenever it changes, so that an
 * auto-height embed (public/embed.js) is sized to its content. Outside a frame it does nothing.
 * @example <div {@attach embedHeight}>
 */
import { isFramed } from '$lib/embed/flags';
import { watchHeight } from '$lib/embed/parent';

export const embedHeight = (node: HTMLElement): (() => void) | void =>
	isFramed() ? watchHeight(node) : undefined;
