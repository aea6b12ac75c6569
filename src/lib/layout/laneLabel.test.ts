import { describe, expect, it } from 'vitest';
import { fitLaneLabel } from './laneLabel';
import { estimateTextWidth } from './textWidth';

describe('fitLaneLabel', () => {
	it('keeps a name that fits on one line', () => {
		expect(fitLaneLabel('WCT', 100, estimateTextWidth, 14)).toEqual(['WCT']);
	});
	it('breaks a long name into two lines', () => {
		expect(fitLaneLabel('Phonograms Convention', 90, estimateTextWidth, 12)).toEqual([
			'Phonograms',
			'Convention'
		]);
	});
	it('cuts with an ellipsis what does not fit on two lines', () => {
		const lines = fitLaneLabel('Супердлиннаяконвенция об охране', 60, estimateTextWidth, 12);
		expect(lines[0]!.endsWith('…')).toBe(true);
		for (const line of lines) expect(estimateTextWidth(line, 12)).toBeLessThanOrEqual(60);
	});
});
