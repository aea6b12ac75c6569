import { describe, expect, it } from 'vitest';
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

describe('warmFirstView', () => {
	it('leaves the parts of the first view loaded; the legend and overview strip come later', async () => {
		await chunks.warmFirstView();
		const parts = ['headerActions', 'dataSource', 'searchBox', 'filterBar'] as const;
		for (const part of parts) expect(chunks[part].loaded()?.default, part).toBeTypeOf('function');
		// Drawn once the lanes are painted (their own chunk, requested then), and the canvas only
		// for many events.
		expect(chunks.legend.loaded()).toBeUndefined();
		expect(chunks.overview.loaded()).toBeUndefined();
		expect(chunks.markCanvas.loaded()).toBeUndefined();
	});

	it('loads the canvas for many events too when asked (a dataset from elsewhere)', async () => {
		await chunks.warmFirstView(true);
		expect(chunks.markCanvas.loaded()?.default).toBeTypeOf('function');
		expect(chunks.markCanvas.loaded()?.hitMarker).toBeTypeOf('function');
		await Promise.all([chunks.legend(), chunks.overview()]);
		expect(chunks.legend.loaded()?.default).toBeTypeOf('function');
		expect(chunks.overview.loaded()?.default).toBeTypeOf('function');
	});
});
