/**
 * The address bar follows the view one frame late. `history.pushState` costs a few ms in
 * Chromium (2–4 ms measured on a click), on the way from a click to the painted details; so the
 * writes are queued and made, in order, once the frame that shows the change has painted (or
 * after 100 ms where frames do not run: a hidden tab, an embed scrolled out of view).
 */
import type { HistoryLike } from './viewState.svelte';

/** Runs `flush` after the next painted frame, or after 100 ms, whichever comes first. */
export function afterPaint(flush: () => void): void {
	let done = false;
	const once = () => {
		if (done) return;
		done = true;
		clearTimeout(timer);
		flush();
	};
	const timer = setTimeout(once, 100);
	requestAnimationFrame(() => setTimeout(once));
}

/**
 * A history whose writes wait for `schedule`; `drop` forgets them
 * (the reader went Back or followed a link: the address they chose wins over a queued write).
 * @example lateHistory(browserHistory).push('#event=berne-adoption') // written after the paint
 */
export function lateHistory(
	target: HistoryLike,
	schedule: (flush: () => void) => void = afterPaint
): HistoryLike & { drop(): void } {
	let queue: [kind: 'push' | 'replace', hash: string][] = [];
	const flush = () => {
		const writes = queue;
		queue = [];
		for (const [kind, hash] of writes) target[kind](hash);
	};
	const add = (kind: 'push' | 'replace', hash: string) => {
		if (!queue.length) schedule(flush);
		queue.push([kind, hash]);
	};
	return {
		push: (hash) => add('push', hash),
		replace: (hash) => add('replace', hash),
		drop: () => (queue = [])
	};
}
