/**
 * The compare view's strips at a width and a time window: for each treaty, every party's dot
 * (stacked by compare/strips where dates coincide) and the treaty's own entry into force, in px.
 * Dots outside the window are left out; signatories have no dot.
 */
import { parseDate, toUtcMs } from '$lib/data/dates';
import type { Domain } from './types';
import { createTimeScale } from './timeScale';
import { partiesOf, type PartyDate } from '$lib/compare/rank';
import { layoutStrip } from '$lib/compare/strips';
import type { CompareData, CompareTreaty } from '$lib/compare/types';

export interface StripDot {
	iso: string;
	/** Entry into force for the party, `YYYY-MM-DD`. */
	date: string;
	x: number;
	/** Centre, px below the strip's top. */
	y: number;
}

export interface Strip {
	treaty: CompareTreaty;
	/** The treaty's own entry into force, px (null outside the window). */
	eifX: number | null;
	eif: string;
	height: number;
	dots: StripDot[];
}

/** Dot radius, px. */
export const DOT_R = 3.5;
const PAD = 4;
/** A strip's dots never stand taller than this (px): higher stacks are pressed together. */
export const MAX_STACK = 64;

/** UTC ms of a calendar date string (the data's dates are all full dates). */
export const msOf = (date: string) => toUtcMs(parseDate(date) ?? { y: 1886 });

/**
 * Each treaty's parties in the strips' order (compare/rank.partiesOf): they depend on the data
 * only, so a zoom step lays out the strips without sorting them again.
 * @example stripParties(data).get('berne')?.[0] // { iso: 'BE', date: '1887-12-05' }
 */
export function stripParties(data: CompareData): Map<CompareTreaty, PartyDate[]> {
	return new Map(data.treaties.map((t) => [t.id, partiesOf(data, t.id)]));
}

/**
 * Every treaty's strip, in the data's treaty order.
 * @example compareStrips(data, 800, [msOf('1886-01-01'), msOf('2026-03-06')])[0].dots.length // 182
 */
export function compareStrips(
	data: CompareData,
	width: number,
	domain: Domain,
	byTreaty: ReadonlyMap<CompareTreaty, readonly PartyDate[]> = stripParties(data)
): Strip[] {
	const x = createTimeScale(domain, [0, width]);
	const inside = (px: number) => px >= -DOT_R && px <= width + DOT_R;
	return data.treaties.map((t) => {
		const parties = byTreaty.get(t.id) ?? [];
		const layout = layoutStrip(parties, (date) => x(msOf(date)), { r: DOT_R, gap: 1 });
		// Thirty parties bound on the treaty's first day would stand 240 px tall: a stack above
		// MAX_STACK keeps its order and its top, its dots overlapping instead of spreading.
		const squeeze =
			layout.height > MAX_STACK ? (MAX_STACK - 2 * DOT_R) / (layout.height - 2 * DOT_R) : 1;
		const drawn = Math.min(layout.height, MAX_STACK);
		const height = drawn + 2 * PAD;
		const eifX = x(msOf(t.entryIntoForce));
		return {
			treaty: t.id,
			eif: t.entryIntoForce,
			eifX: inside(eifX) ? eifX : null,
			height,
			// layoutStrip keeps the parties' order: a dot's date is its party's.
			dots: layout.dots
				.map((d, i) => ({
					iso: d.iso,
					date: parties[i]!.date,
					x: d.x,
					y: PAD + drawn - DOT_R - (layout.height - DOT_R - d.y) * squeeze
				}))
				.filter((d) => inside(d.x))
		};
	});
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Dots as one SVG path of circles (two arcs each): the strips draw their plain dots as one node
 * each, not ~100 circles, so the view mounts and zooms without one element per party.
 * @example dotsPath([{ iso: 'KZ', date: '1999-04-12', x: 10, y: 5 }], 2) // 'M8,5a2,2 0 1,0 4,0a2,2 0 1,0 -4,0'
 */
export function dotsPath(dots: readonly StripDot[], r: number): string {
	const arc = `a${r},${r} 0 1,0 `;
	return dots
		.map((d) => `M${round(d.x - r)},${round(d.y)}${arc}${2 * r},0${arc}${-2 * r},0`)
		.join('');
}

/**
 * The dot under a point of a strip (px from its top left): the nearest centre within `reach`,
 * or null. A click on the dots' path is picked this way.
 * @example dotAt(strip.dots, 120, 30, DOT_R + 1)?.iso // 'KZ'
 */
export function dotAt(
	dots: readonly StripDot[],
	x: number,
	y: number,
	reach: number
): StripDot | null {
	let best: StripDot | null = null;
	let bestD = reach * reach;
	for (const d of dots) {
		const dist = (d.x - x) ** 2 + (d.y - y) ** 2;
		if (dist <= bestD) [best, bestD] = [d, dist];
	}
	return best;
}
