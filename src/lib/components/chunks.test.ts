import { describe, expect, it } from 'vitest';
import { firstFrame } from '$lib/state/firstFrame.svelte';
import * as chunks from './chunks';

const { chunk } = chunks;

describe('chunk', () => {
	it('gives the promise until the module is in, then the module itself (rendered at once)', async () => {
		let calls = 0;
		const mod = { default: 'component' };
		const load = chunk(async () => (calls++, mod));
		expect(load.loaded()).toBeUndefined();
		const first = load();
		expect(first).toBeInstanceOf(Promise);
		expect(load()).toBe(first);
		await first;
		expect(load()).toBe(mod);
		expect(load.loaded()).toBe(mod);
		expect(calls).toBe(1);
	});

	it('tries again after a failed load', async () => {
		let calls = 0;
		const load = chunk(async () => {
			if (++calls === 1) throw new Error('offline');
			return { default: 'component' };
		});
		await expect(load()).rejects.toThrow('offline');
		expect(load.loaded()).toBeUndefined();
		await load();
		expect(load.loaded()).toEqual({ default: 'component' });
		expect(calls).toBe(2);
	});
});

describe('afterFirstFrame', () => {
	it('keeps the first view’s later parts pending until the first frame, then loads them', async () => {
		const pending = chunks.afterFirstFrame(chunks.searchBox);
		expect(pending).toBeInstanceOf(Promise);
		const settled = await Promise.race([
			Promise.resolve(pending).then(() => 'loaded'),
			new Promise((resolve) => setTimeout(() => resolve('pending'), 50))
		]);
		expect(settled).toBe('pending');
		expect(chunks.searchBox.loaded()).toBeUndefined();
		firstFrame.done();
		await chunks.afterFirstFrame(chunks.headerActions);
		await chunks.afterFirstFrame(chunks.dataSource);
		await chunks.afterFirstFrame(chunks.searchBox);
		await chunks.afterFirstFrame(chunks.filterBar);
		for (const part of ['headerActions', 'dataSource', 'searchBox', 'filterBar'] as const)
			expect(chunks[part].loaded()?.default, part).toBeTypeOf('function');
		// Once in, a part renders in the same pass.
		expect(chunks.afterFirstFrame(chunks.searchBox)).toBe(chunks.searchBox.loaded());
	});
});

describe('warmCanvas', () => {
	it('loads the canvas for many events (a dataset from elsewhere); legend and strip stay apart', async () => {
		expect(chunks.legend.loaded()).toBeUndefined();
		await chunks.warmCanvas();
		expect(chunks.markCanvas.loaded()?.default).toBeTypeOf('function');
		expect(chunks.markCanvas.loaded()?.hitMarker).toBeTypeOf('function');
		expect(chunks.legend.loaded()).toBeUndefined();
		await Promise.all([chunks.legend(), chunks.overview()]);
		expect(chunks.legend.loaded()?.default).toBeTypeOf('function');
		expect(chunks.overview.loaded()?.default).toBeTypeOf('function');
	});
});
