/**
 * The closing rules of a pop-up, attached to the element that holds its toggle button and its
 * content: a press anywhere outside closes it, and Esc inside closes it and gives the focus back
 * to the toggle (the element's first button). Esc goes no further, so one key closes one thing.
 */
import type { Attachment } from 'svelte/attachments';

export function dismissable(isOpen: () => boolean, close: () => void): Attachment<HTMLElement> {
	return (root) => {
		const press = (e: PointerEvent) => {
			if (isOpen() && !root.contains(e.target as Node)) close();
		};
		const key = (e: KeyboardEvent) => {
			if (e.key !== 'Escape' || !isOpen()) return;
			e.preventDefault();
			e.stopPropagation();
			close();
			root.querySelector('button')?.focus();
		};
		window.addEventListener('pointerdown', press);
		root.addEventListener('keydown', key);
		return () => {
			window.removeEventListener('pointerdown', press);
			root.removeEventListener('keydown', key);
		};
	};
}
