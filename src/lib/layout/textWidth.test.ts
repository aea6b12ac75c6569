import { describe, expect, it } from 'vitest';
import { charWidthEm, DEFAULT_EM, estimateTextWidth, OVERESTIMATE } from './textWidth';

const range = (from: number, to: number) =>
	Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i));

describe('estimateTextWidth', () => {
	it.each([
		['printable ASCII', range(0x20, 0x7e)],
		['Latin-1', range(0xa0, 0xff)],
		['Russian', [...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ']],
		['Kazakh letters', [...'әғқңөұүһіӘҒҚҢӨҰҮҺІ']],
		['typographic marks', [...'≤≈–—«»…№€“”‘’']]
	])('knows every character of %s (none falls to the wide default)', (_name, chars) => {
		for (const ch of chars) expect(charWidthEm(ch), ch).toBeDefined();
	});

	it('gives unknown scripts the wide default', () => {
		expect(charWidthEm('中')).toBeUndefined();
		expect(estimateTextWidth('中', 10)).toBeCloseTo(10 * DEFAULT_EM * OVERESTIMATE, 9);
		expect(estimateTextWidth('😀', 10)).toBeCloseTo(10 * OVERESTIMATE, 9);
	});

	it.each([
		// Sums of Arial advance widths (px at 100 px): the estimate must be at least as wide.
		['1999', 222.4],
		['12 Apr', 294.6],
		['Sep 2004', 428.1],
		['сентября', 427.9],
		['Қазақстан', 472.6],
		['≤1999', 280.8]
	])('over-estimates "%s" slightly against Arial', (text, arialAt100) => {
		const w = estimateTextWidth(text, 100);
		expect(w).toBeGreaterThanOrEqual(arialAt100);
		expect(w).toBeLessThan(arialAt100 * 1.35);
	});

	it('scales linearly with font size and is 0 for empty text', () => {
		expect(estimateTextWidth('1999', 24)).toBeCloseTo(2 * estimateTextWidth('1999', 12), 9);
		expect(estimateTextWidth('', 12)).toBe(0);
	});

	it('counts narrow and wide letters differently', () => {
		expect(estimateTextWidth('iiii', 12)).toBeLessThan(estimateTextWidth('MMMM', 12));
		expect(estimateTextWidth('ііі', 12)).toBeLessThan(estimateTextWidth('ШШШ', 12));
	});
});
