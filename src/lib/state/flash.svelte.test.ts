import { afterEach, describe, expect, it, vi } from 'vitest';
import { Flash } from './flash.svelte';

afterEach(() => vi.useRealTimers());

describe('Flash', () => {
	it('is on from show() until ms after the last call', () => {
		vi.useFakeTimers();
		const note = new Flash(1000);
		expect(note.on).toBe(false);
		note.show();
		vi.advanceTimersByTime(600);
		note.show(); // a second wheel turn or copy keeps it up
		vi.advanceTimersByTime(600);
		expect(note.on).toBe(true);
		vi.advanceTimersByTime(400);
		expect(note.on).toBe(false);
	});
});
