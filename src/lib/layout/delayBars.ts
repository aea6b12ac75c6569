/**
 * Delay bars: per treaty, a bar from the general entry into force (on the treaty's row) along the
 * party's row to its entry into force, labelled through an injected formatter (the words are
 * i18n's). `endBars` stops each bar short of the party's marks, so that none runs under one.
 */
import { treatyDelays, type Delay } from '$lib/data/delays';
import { toUtcMs } from '$lib/data/dates';
import type { Treaty } from '$lib/data/schema';
import { rowY } from './lanes';
import type { TimeScale } from './timeScale';
import type { DelayBar, Label, Lane, Marker } from './types';

/** Formats a delay for the bar's label, e.g. `+111 years` or `retroactive (13 months earlier)`. */
export type FormatDelay = (delay: Delay) => string;

/**
 * One bar per treaty that has both ends and a lane. `dashed` when the party's entry into force is
 * not a recorded fact or its date is qualified; `retroactive` when that entry into force precedes
 * the party's instrument (continued application) or the general entry into force.
 * @example layoutDelayBars(dataset.treaties, scale, lanes, (d) => `+${d.value} ${d.unit}`)
 * // [{ id: 'berne-delay', lane: 0, x1, x2, y: 20, label: '+111 years', dashed: false, retroactive: false }, …]
 */
export function layoutDelayBars(
	treaties: readonly Treaty[],
	scale: TimeScale,
	lanes: readonly Lane[],
	fmtDelay: FormatDelay
): DelayBar[] {
	const laneById = new Map(lanes.filter((l) => l.type === 'treaty').map((l) => [l.id, l]));
	const bars: DelayBar[] = [];
	for (const treaty of treaties) {
		const lane = laneById.get(treaty.id);
		const delays = treatyDelays(treaty);
		const bar = delays.forceToPartyForce;
		if (!lane || !bar) continue;
		const end = bar.to;
		bars.push({
			id: `${treaty.id}-delay`,
			lane: lane.index,
			x1: scale(toUtcMs(bar.from.date)),
			x2: scale(toUtcMs(end.date)),
			y0: rowY(lane, 'treaty'),
			y: rowY(lane, 'party'),
			label: fmtDelay(bar.delay),
			dashed: end.evidence !== 'record' || end.qualifier !== undefined,
			retroactive:
				bar.delay.kind === 'retroactive' ||
				delays.instrumentToPartyForce?.delay.kind === 'retroactive'
		});
	}
	return bars;
}

/** A bar stops this far before the party's mark, px (the mark's radius and a little air). */
const CLEAR = 9;

/**
 * The bars cut to end before the first mark of the party's joining on their path (its domestic
 * act or instrument when they are drawn apart from its entry into force; a signature, which
 * comes before the general entry into force in the shipped data, is not a stop).
 * @example endBars(bars, marks) // [{ …, x2: 303 }] for a mark at 312
 */
export function endBars(bars: readonly DelayBar[], marks: readonly Marker[]): DelayBar[] {
	return bars.map((b) => {
		const dir = Math.sign(b.x2 - b.x1) || 1;
		let end = b.x2 - dir * CLEAR;
		for (const m of marks) {
			if (m.lane !== b.lane || m.y !== b.y || m.kind === 'party-signature') continue;
			const x = m.x - dir * CLEAR;
			// A mark between the bar's start and its end: the bar stops before it.
			if ((x - b.x1) * dir > 0 && (end - x) * dir > 0) end = x;
		}
		return { ...b, x2: end };
	});
}

/**
 * The stretches of a bar to draw, as [from, to] x pairs: all of it, or the parts either side of
 * its label where that sits on the bar's line (the line never runs through its text).
 * @example barSegments({ x1: 0, x2: 100, y: 40, … }, { x: 40, y: 33, width: 20, height: 14, … }) // [[0, 37], [63, 100]]
 */
export function barSegments(bar: DelayBar, label?: Label): [number, number][] {
	const [a, b] = bar.x1 <= bar.x2 ? [bar.x1, bar.x2] : [bar.x2, bar.x1];
	const onLine = label && label.y < bar.y && label.y + label.height > bar.y;
	if (!onLine || label.x > b || label.x + label.width < a) return [[a, b]];
	const cut: [number, number][] = [
		[a, label.x - 3],
		[label.x + label.width + 3, b]
	];
	return cut.filter(([x0, x1]) => x1 > x0);
}
