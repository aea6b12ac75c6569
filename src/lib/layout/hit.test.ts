import { describe, expect, it } from 'vitest';
import { hitMarker } from './hit';
import type { Lane, Marker } from './types';

const lanes: Lane[] = [
	{ id: 'a', type: 'treaty', index: 0, y: 0, height: 50 },
	{ id: 'b', type: 'treaty', index: 1, y: 50, height: 50 }
];
const mark = (id: string, x: number, lane: number): Marker => ({
	id,
	x,
	y: lane * 50 + 25,
	lane,
	kind: 'adoption',
	evidence: 'record',
	index: 0,
	party: false
});
// In time order, so x grows; the lanes interleave.
const markers = [
	mark('a1', 10, 0),
	mark('b1', 12, 1),
	mark('a2', 40, 0),
	mark('b2', 41, 1),
	mark('a3', 300, 0)
];

describe('hitMarker', () => {
	it('finds the nearest marker of the lane under the pointer', () => {
		expect(hitMarker(markers, lanes, 11, 20)?.id).toBe('a1');
		expect(hitMarker(markers, lanes, 11, 70)?.id).toBe('b1');
		expect(hitMarker(markers, lanes, 37, 30)?.id).toBe('a2');
		expect(hitMarker(markers, lanes, 43, 99)?.id).toBe('b2');
	});

	it('misses beyond the radius, outside the lanes and in an empty list', () => {
		expect(hitMarker(markers, lanes, 200, 25)).toBeNull();
		expect(hitMarker(markers, lanes, 10, 120)).toBeNull();
		expect(hitMarker(markers, lanes, 10, -1)).toBeNull();
		expect(hitMarker([], lanes, 10, 25)).toBeNull();
		expect(hitMarker(markers, lanes, 323, 25, 12)).toBeNull();
		expect(hitMarker(markers, lanes, 311, 25, 12)?.id).toBe('a3');
	});

	it('agrees with a linear scan on many random markers', () => {
		let seed = 7;
		const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		const many = Array.from({ length: 2000 }, (_, i) =>
			mark(`m${i}`, rnd() * 1000, rnd() < 0.5 ? 0 : 1)
		).sort((p, q) => p.x - q.x);
		for (let k = 0; k < 300; k++) {
			const x = rnd() * 1000;
			const y = rnd() * 100;
			const lane = y < 50 ? 0 : 1;
			let best: Marker | null = null;
			for (const m of many)
				if (
					m.lane === lane &&
					Math.abs(m.x - x) <= 12 &&
					(!best || Math.abs(m.x - x) < Math.abs(best.x - x))
				)
					best = m;
			expect(hitMarker(many, lanes, x, y)?.id ?? null).toBe(best?.id ?? null);
		}
	});
});
