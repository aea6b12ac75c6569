import { describe, expect, it } from 'vitest';
import { CONTEXT_LANE_ID, lanesHeight, layoutLanes, rowY } from './lanes';

describe('layoutLanes', () => {
	it('stacks treaty lanes then one context lane', () => {
		expect(layoutLanes(['berne', 'rome'], { laneHeight: 40, contextHeight: 24 })).toEqual([
			{ id: 'berne', type: 'treaty', index: 0, y: 0, height: 40 },
			{ id: 'rome', type: 'treaty', index: 1, y: 40, height: 40 },
			{ id: CONTEXT_LANE_ID, type: 'context', index: 2, y: 80, height: 24 }
		]);
	});

	it.each([
		['no treaties', [], { laneHeight: 40, contextHeight: 24 }, [0], 24],
		['a top offset', ['a'], { top: 10, laneHeight: 40, contextHeight: 24 }, [10, 50], 74]
	])('handles %s', (_name, ids, opts, ys, height) => {
		const lanes = layoutLanes(ids, opts);
		expect(lanes.map((l) => l.y)).toEqual(ys);
		expect(lanesHeight(lanes)).toBe(height);
	});

	it('gives each lane the index orderEvents uses (context = number of treaties)', () => {
		const lanes = layoutLanes(['a', 'b', 'c'], { laneHeight: 40, contextHeight: 24 });
		expect(lanes.map((l) => l.index)).toEqual([0, 1, 2, 3]);
		expect(lanes.at(-1)?.type).toBe('context');
	});

	it("puts a context lane's markers on its centre", () => {
		expect(rowY({ id: 'c', type: 'context', index: 0, y: 10, height: 40 }, 'treaty')).toBe(30);
	});

	it('measures no lanes as 0 and does not mutate the ids', () => {
		expect(lanesHeight([])).toBe(0);
		const ids = ['a', 'b'];
		layoutLanes(ids, { laneHeight: 1, contextHeight: 1 });
		expect(ids).toEqual(['a', 'b']);
	});
});
