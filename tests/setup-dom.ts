import { vi } from 'vitest';
import '@testing-library/jest-dom/vitest';

// jsdom has no layout: give every element a laptop-sized width so the timeline lays out, and a
// ResizeObserver that reports it once (Svelte's bind:clientWidth listens through one).
Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
	configurable: true,
	get() {
		return 1280;
	}
});
class FakeResizeObserver {
	constructor(private cb: ResizeObserverCallback) {}
	observe(target: Element) {
		queueMicrotask(() =>
			this.cb([{ target, contentRect: { width: 1280, height: 600 } } as never], this as never)
		);
	}
	unobserve() {}
	disconnect() {}
}
globalThis.ResizeObserver ??= FakeResizeObserver as never;
// No canvas in jsdom: measure() falls back to the width table, and the timeline's canvas of many
// marks (a chunk it fetches above 100 marks in the window) draws nothing. Loading that chunk for
// real needs Path2D and matchMedia, and its import could still be in flight when a test ends.
HTMLCanvasElement.prototype.getContext = (() => null) as never;
vi.mock('$lib/components/MarkCanvas.svelte', () => ({ default: () => {} }));
globalThis.CSS ??= {} as never;
CSS.escape ??= (s: string) => s.replace(/[^\w-]/g, (c) => '\\' + c);

// The first lazy chunk (the details panel) is compiled on first import: on a busy 2-core CI
// machine that can take longer than Testing Library's default 1 s.
import { configure } from '@testing-library/svelte';
configure({ asyncUtilTimeout: 20_000 });
