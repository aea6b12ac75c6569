import { describe, expect, it } from 'vitest';
import type { CompareData } from '$lib/compare/types';
import sample from '../../../tests/fixtures/compare-sample.json';
import { compareStrips, dotAt, dotsPath, DOT_R, MAX_STACK, msOf } from './compareGeometry';
import { stepDot } from './compareKeys';

const data = sample as CompareData;
const home: [number, number] = [msOf('1886-01-01'), msOf(data.snapshot)];
const strips = compareStrips(data, 800, home);
const dot = (treaty: string, iso: string) =>
	strips.find((s) => s.treaty === treaty)?.dots.find((d) => d.iso === iso);

describe('compareStrips', () => {
	it('draws every party once and no signatory', () => {
		const wct = strips.find((s) => s.treaty === 'wct')!;
		expect(wct.dots.map((d) => d.iso).sort()).toEqual(['FR', 'KG', 'KZ', 'RU', 'US', 'UZ']);
		expect(dot('wct', 'TJ')).toBeUndefined();
	});
	it('stacks parties of the same day and keeps every dot inside its strip', () => {
		const founders = ['FR', 'DE', 'GB', 'CH'].map((iso) => dot('berne', iso)!);
		expect(new Set(founders.map((d) => d.x)).size).toBe(1);
		expect(new Set(founders.map((d) => d.y)).size).toBe(4);
		for (const s of strips)
			for (const d of s.dots) {
				expect(d.y - DOT_R).toBeGreaterThanOrEqual(0);
				expect(d.y + DOT_R).toBeLessThanOrEqual(s.height);
			}
	});
	it('presses a stack taller than MAX_STACK together', () => {
		const many: CompareData = {
			...data,
			entries: Array.from({ length: 40 }, (_, i) => ({
				iso: `Z${i}`,
				treaty: 'berne' as const,
				signature: null,
				instrument: 'accession',
				instrumentDate: null,
				entryIntoForce: '1887-12-05'
			}))
		};
		const [berne] = compareStrips(many, 800, home);
		expect(berne!.height).toBeLessThanOrEqual(MAX_STACK + 8);
	});
	it('leaves out dots outside the window', () => {
		const late = compareStrips(data, 800, [msOf('2000-01-01'), msOf('2010-01-01')]);
		expect(late[0]!.dots.map((d) => d.iso).sort()).toEqual(['TJ', 'UZ']);
		expect(late[0]!.eifX).toBeNull();
	});
});

describe('dotsPath', () => {
	it('draws each dot as a circle of two arcs around its centre', () => {
		const d = { iso: 'KZ', date: '1999-04-12', x: 10, y: 5 };
		expect(dotsPath([d, { ...d, iso: 'UZ', x: 20.123 }], 2)).toBe(
			'M8,5a2,2 0 1,0 4,0a2,2 0 1,0 -4,0M18.12,5a2,2 0 1,0 4,0a2,2 0 1,0 -4,0'
		);
		expect(dotsPath([], 2)).toBe('');
	});
});

describe('dotAt', () => {
	it('finds the nearest dot within reach, and none beyond it', () => {
		const berne = strips.find((s) => s.treaty === 'berne')!;
		const kz = dot('berne', 'KZ')!;
		expect(dotAt(berne.dots, kz.x + 1, kz.y - 1, DOT_R + 1)?.iso).toBe('KZ');
		expect(dotAt(berne.dots, kz.x, -4 * DOT_R, DOT_R + 1)).toBeNull();
	});
});

describe('stepDot', () => {
	it('moves along a strip in time, and to the same country on the next strip', () => {
		expect(stepDot(strips, { treaty: 'berne', iso: 'KZ' }, 'ArrowRight')).toEqual({
			treaty: 'berne',
			iso: 'KG'
		});
		expect(stepDot(strips, { treaty: 'berne', iso: 'KZ' }, 'ArrowDown')).toEqual({
			treaty: 'rome',
			iso: 'KZ'
		});
	});
	it('goes to the nearest dot where the country has none, and nowhere past the ends', () => {
		expect(stepDot(strips, { treaty: 'berne', iso: 'TM' }, 'ArrowDown')?.treaty).toBe('rome');
		expect(stepDot(strips, { treaty: 'berne', iso: 'TM' }, 'ArrowRight')).toBeNull();
		expect(stepDot(strips, { treaty: 'berne', iso: 'KZ' }, 'ArrowUp')).toBeNull();
		expect(stepDot(strips, { treaty: 'berne', iso: 'KZ' }, 'x')).toBeNull();
	});
});
