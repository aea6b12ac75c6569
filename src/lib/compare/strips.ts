/**
 * One treaty's strip: a dot per party at its date of entry into force, dots that would overlap
 * stacked upward in levels (a beeswarm column: same or near days stack, nothing moves sideways).
 * Pure; first fit over the levels, O(n · levels).
 */

export interface StripDot {
	iso: string;
	/** The dot's centre, px: x of its date, exactly. */
	x: number;
	/** 0 on the baseline, upward from there. */
	level: number;
	/** The dot's centre from the strip's top, px. */
	y: number;
}

export interface Strip {
	dots: StripDot[];
	/** Enough for every level: levels · (2r + gap) − gap; 0 without dots. */
	height: number;
}

export interface StripOptions {
	/** Dot radius, px. */
	r: number;
	/** Free space between two dots, px (both across and up). */
	gap: number;
}

/**
 * Lays out one strip. `parties` come in their order (by date, then by code): the dots keep it,
 * and a dot's level is the lowest where it keeps 2r + gap from the dot before it on that level.
 * @example layoutStrip([{iso: 'KZ', date: '1999-04-12'}], (d) => 10, { r: 3, gap: 1 })
 */
export function layoutStrip(
	parties: readonly { iso: string; date: string }[],
	x: (date: string) => number,
	{ r, gap }: StripOptions
): Strip {
	const step = 2 * r + gap;
	/** The x of the last dot on each level. */
	const last: number[] = [];
	const placed = parties.map(({ iso, date }) => {
		const at = x(date);
		let level = 0;
		while (level < last.length && at - last[level]! < step) level++;
		last[level] = at;
		return { iso, x: at, level };
	});
	const height = last.length ? last.length * step - gap : 0;
	return {
		dots: placed.map((d) => ({ ...d, y: height - r - d.level * step })),
		height
	};
}
