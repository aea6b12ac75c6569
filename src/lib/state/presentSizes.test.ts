import { describe, expect, it } from 'vitest';
import { CHART_SHARE, presentSizes } from './presentSizes';

/** The chart's height for sizes: lanes, their padding (4 + 4) and the axis (30). */
const chartHeight = (s: ReturnType<typeof presentSizes>, treaties: number, context: boolean) =>
	38 + treaties * s.laneHeight + (context ? s.contextHeight : 0);

describe('presentSizes', () => {
	it.each([
		[1080, { labelPx: 18, lanePx: 20, laneHeight: 75, contextHeight: 52 }],
		[720, { labelPx: 12, lanePx: 13, laneHeight: 48, contextHeight: 34 }]
	])('sizes a %i px screen', (h, sizes) => {
		expect(presentSizes(h, 6, true)).toEqual(sizes);
	});

	it.each([600, 720, 768, 900, 1080, 1440, 2160])(
		'keeps chart text at 1.6 per cent of a %i px screen and the chart at about half of it',
		(h) => {
			const s = presentSizes(h, 6, true);
			expect(s.labelPx).toBeGreaterThanOrEqual(0.016 * h);
			// The context lane's name is drawn at 0.9 of the others'.
			expect(0.9 * s.lanePx).toBeGreaterThanOrEqual(0.016 * h);
			const share = chartHeight(s, 6, true) / h;
			if (h < 700) return; // Lanes at their least height: the chart takes more.
			expect(share).toBeGreaterThanOrEqual(0.45);
			expect(share).toBeLessThanOrEqual(CHART_SHARE + 0.01);
		}
	);

	it('gives fewer treaties taller lanes and more treaties flatter ones, never flatter than 48 px', () => {
		const few = presentSizes(1080, 2, false);
		const many = presentSizes(1080, 30, true);
		expect(few.laneHeight).toBeGreaterThan(presentSizes(1080, 6, true).laneHeight);
		expect(chartHeight(few, 2, false) / 1080).toBeCloseTo(CHART_SHARE, 2);
		expect(many.laneHeight).toBe(48);
		expect(presentSizes(1080, 0, false).laneHeight).toBeGreaterThan(0);
	});
});
