import { describe, expect, it } from 'vitest';
import { fitLaneLabel } from './laneLabel';
import { estimateTextWidth } from './textWidth';

describe('fitLaneLabel', () => {
	it('keeps a name that fits on one line', () => {
		expect(fitLaneLabel('WCT', 100, estimateTextWidth, 14)).toEqual(['WCT']);
	});
	it('breaks a long name into lines at spaces, with no leading space', () => {
		expect(fitLaneLabel('Phonograms Convention', 90, estimateTextWidth, 12)).toEqual([
			'Phonograms',
			'Convention'
		]);
		// The Kazakh name on a phone: three whole words, not "Фоногр…".
		expect(fitLaneLabel('Фонограммалар туралы конвенция', 104, estimateTextWidth, 12)).toEqual([
			'Фонограммалар',
			'туралы',
			'конвенция'
		]);
	});
	it('cuts with an ellipsis what does not fit on three lines, or a word wider than the gutter', () => {
		const lines = fitLaneLabel('Супердлиннаяконвенция об охране прав', 60, estimateTextWidth, 12);
		expect(lines[0]!.endsWith('…')).toBe(true);
		expect(lines.length).toBeLessThanOrEqual(3);
		for (const line of lines) expect(estimateTextWidth(line, 12)).toBeLessThanOrEqual(60);
		const two = fitLaneLabel('aaa bbb ccc ddd eee fff', 30, estimateTextWidth, 12, 2);
		expect(two).toHaveLength(2);
		expect(two[1]!.endsWith('…')).toBe(true);
	});
	it('cuts a 20 000-letter name with few measurements (binary search)', () => {
		let calls = 0;
		const measure = (t: string, px: number) => (calls++, estimateTextWidth(t, px));
		const [line] = fitLaneLabel('x'.repeat(20_000), 100, measure, 12);
		expect(line!.endsWith('…')).toBe(true);
		expect(calls).toBeLessThan(40);
	});
});
