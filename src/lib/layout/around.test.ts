import { describe, expect, it } from 'vitest';
import { around } from './around';

const list = Array.from({ length: 30 }, (_, i) => i);

describe('around', () => {
	it('returns a short list whole', () => {
		expect(around([1, 2, 3], 1, 12)).toEqual([1, 2, 3]);
	});

	it('centres the window on the item, kept inside the list', () => {
		expect(around(list, 15, 12)).toEqual(list.slice(9, 21));
		expect(around(list, 2, 12)).toEqual(list.slice(0, 12));
		expect(around(list, 29, 12)).toEqual(list.slice(18, 30));
	});

	it('starts at the beginning when the item is not in the list', () => {
		expect(around(list, -1, 12)).toEqual(list.slice(0, 12));
	});
});
