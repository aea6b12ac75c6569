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
	it('leaves every later part of the first view loaded, from the one chunk', async () => {
		await chunks.warmFirstView();
		const parts = [
			'headerActions',
			'dataSource',
			'searchBox',
			'filterBar',
			'legend',
			'overview',
			'markCanvas'
		] as const;
		for (const part of parts) expect(chunks[part].loaded()?.default, part).toBeTypeOf('function');
		expect(chunks.markCanvas.loaded()?.hitMarker).toBeTypeOf('function');
	});
});
