import { describe, expect, it } from 'vitest';
import raw from '../../../data/kazakhstan.json';
import type { Dataset } from '$lib/data/schema';
import { createKnown } from './known';
import { ViewState } from './viewState.svelte';
import { windowToDomain } from './window';

const dataset = raw as unknown as Dataset;

function setup() {
	const log: string[] = [];
	const view = new ViewState(createKnown(dataset), {
		push: (h) => log.push('push ' + h),
		replace: (h) => log.push('replace ' + h)
	});
	return { view, log };
}

describe('ViewState', () => {
	it('pushes a history entry for a selection, so Back undoes it', () => {
		const { view, log } = setup();
		view.select('berne-adoption');
		view.select('rome-adoption');
		view.clear();
		expect(log).toEqual(['push #event=berne-adoption', 'push #event=rome-adoption', 'push ']);
	});

	it('ignores an unknown event id', () => {
		const { view, log } = setup();
		view.select('nope');
		expect(view.selected).toBeNull();
		expect(log).toEqual([]);
	});

	it('replaces (throttled) while zooming and pushes for a preset', async () => {
		const { view, log } = setup();
		view.zoomTo(windowToDomain('1990', '2012')!);
		view.zoomTo(windowToDomain('1991', '2012')!);
		expect(log).toEqual([]);
		await new Promise((r) => setTimeout(r, 200));
		expect(log).toEqual(['replace #from=1991&to=2012']);
		view.zoomTo(windowToDomain('1961', '2012')!, { replace: false });
		expect(log.at(-1)).toBe('push #from=1961&to=2012');
	});

	it('never lets the window get narrower than a month or leave the range', () => {
		const { view } = setup();
		view.zoomTo([0, 1]);
		expect(view.domain[1] - view.domain[0]).toBeGreaterThanOrEqual(31 * 86_400_000 - 1);
		view.zoomTo(windowToDomain('1000', '3000')!);
		expect(view.domain[0]).toBeGreaterThanOrEqual(windowToDomain('1880', '1880')![0]);
	});

	it('restores a view from the URL and reports bad values', () => {
		const { view } = setup();
		view.fromUrl('', '#event=berne-party-entry-into-force&from=1990&to=2012&view=table&lang=kk');
		expect(view.selected).toBe('berne-party-entry-into-force');
		expect(view.hash).toBe(
			'#event=berne-party-entry-into-force&from=1990&to=2012&view=table&lang=kk'
		);
		view.fromUrl('', '#event=missing&from=abc');
		expect(view.selected).toBeNull();
		expect(view.rejected.map((r) => r.key).sort()).toEqual(['event', 'from']);
	});

	it('clamps an out-of-range lecture step and writes the step shown', () => {
		const { view, log } = setup();
		view.fromUrl('', '#present&step=99&lang=kk');
		expect(view.step).toBe(view.steps);
		expect(log.at(-1)).toBe(`replace ${view.hash}`);
		expect(view.hash).toContain(`step=${view.steps}`);
		expect(view.hash).toContain('lang=kk');
	});

	it('keeps the home window’s other end when the URL gives one', () => {
		const { view } = setup();
		view.fromUrl('', '#from=1990');
		expect(view.domain).toEqual([windowToDomain('1990', '1990')![0], view.home[1]]);
		view.fromUrl('', '#to=1990');
		expect(view.domain).toEqual([view.home[0], windowToDomain('1990', '1990')![1]]);
	});

	it('lets the step win over the event and selects the step’s event', () => {
		const { view } = setup();
		view.fromUrl('', '#event=rome-adoption&present&step=1');
		expect(view.selected).toBe(view.currentStep?.event ?? null);
	});
});
