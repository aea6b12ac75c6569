/**
 * An element's size, for a drawing laid out to it: the first time at once, later when the page is
 * idle after the next paint, so that a panel opening beside the timeline is painted before the
 * timeline lays itself out again. A change of height alone is passed on at once (it only sizes
 * the canvas, not the layout).
 */
import type { Attachment } from 'svelte/attachments';

export interface ContainerSizeOptions {
	/**
	 * Read the first size in a task of its own, not in the one that mounts the element: thousands
	 * of events would make mounting and laying out the lanes one long task.
	 */
	firstLater?: boolean;
}

/** @example <div {@attach containerSize((w, h) => ([width, height] = [w, h]))}> */
export function containerSize(
	onsize: (width: number, height: number) => void,
	{ firstLater = false }: ContainerSizeOptions = {}
): Attachment<HTMLElement> {
	return (node) => {
		let width = 0;
		let timer: ReturnType<typeof setTimeout> | undefined;
		let frame = 0;
		const read = () => {
			width = node.clientWidth;
			onsize(width, node.clientHeight);
		};
		const ro = new ResizeObserver(() => {
			if (width === 0) return void (firstLater ? (timer = setTimeout(read)) : read());
			onsize(width, node.clientHeight);
			if (node.clientWidth === width) return;
			clearTimeout(timer);
			cancelAnimationFrame(frame);
			frame = requestAnimationFrame(() => {
				if ('requestIdleCallback' in window) requestIdleCallback(read, { timeout: 200 });
				else timer = setTimeout(read, 50);
			});
		});
		ro.observe(node);
		// The first size at once (one forced layout of the page so far): the lanes are drawn in
		// this task and painted in the next frame, not a frame later after the observer's pass.
		if (!firstLater) read();
		return () => {
			ro.disconnect();
			clearTimeout(timer);
			cancelAnimationFrame(frame);
		};
	};
}
