import { describe, expect, it, vi } from 'vitest';
import { afterPaint, lateHistory } from './lateHistory';

function recorder() {
	const writes: string[] = [];
	return {
		writes,
		history: {
			push: (h: string) => writes.push(`push ${h}`),
			replace: (h: string) => writes.push(`replace ${h}`)
		}
	};
}

describe('lateHistory', () => {
	it('queues writes until the scheduled flush, then makes them in order', () => {
		const { writes, history } = recorder();
		const scheduled: (() => void)[] = [];
		const late = lateHistory(history, (f) => scheduled.push(f));
		late.push('#event=a');
		late.replace('#event=a&from=1990');
		late.push('#event=b');
		expect(writes).toEqual([]);
		expect(scheduled).toHaveLength(1);
		scheduled[0]!();
		expect(writes).toEqual(['push #event=a', 'replace #event=a&from=1990', 'push #event=b']);
	});

	it('schedules again after a flush', () => {
		const { writes, history } = recorder();
		const scheduled: (() => void)[] = [];
		const late = lateHistory(history, (f) => scheduled.push(f));
		late.push('#a');
		scheduled[0]!();
		expect(writes).toEqual(['push #a']);
		late.replace('#b');
		expect(scheduled).toHaveLength(2);
		scheduled[1]!();
		expect(writes).toEqual(['push #a', 'replace #b']);
	});

	it('drops queued writes when the address changed under it', () => {
		const { writes, history } = recorder();
		const scheduled: (() => void)[] = [];
		const late = lateHistory(history, (f) => scheduled.push(f));
		late.push('#event=a');
		late.drop();
		scheduled[0]!();
		expect(writes).toEqual([]);
	});

	it('afterPaint runs once, after the frame, or after 100 ms when no frame comes', () => {
		vi.useFakeTimers();
		try {
			const frames: FrameRequestCallback[] = [];
			vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
			const painted = vi.fn();
			afterPaint(painted);
			frames[0]!(0);
			vi.advanceTimersByTime(0);
			expect(painted).toHaveBeenCalledTimes(1);
			vi.advanceTimersByTime(200);
			expect(painted).toHaveBeenCalledTimes(1);

			const hidden = vi.fn();
			afterPaint(hidden); // no frame runs (a hidden tab)
			vi.advanceTimersByTime(99);
			expect(hidden).not.toHaveBeenCalled();
			vi.advanceTimersByTime(1);
			expect(hidden).toHaveBeenCalledTimes(1);
			frames[1]!(0); // the frame comes at last: not run again
			vi.advanceTimersByTime(0);
			expect(hidden).toHaveBeenCalledTimes(1);
		} finally {
			vi.unstubAllGlobals();
			vi.useRealTimers();
		}
	});
});
