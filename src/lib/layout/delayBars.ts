/**
 * Delay bars: per treaty, a bar on its lane from the general entry into force to the entry into
 * force for the party, labelled through an injected formatter (the words are i18n's).
 */
import { treatyDelays, type Delay } from '$lib/data/delays';
import { toUtcMs } from '$lib/data/dates';
import type { Treaty } from '$lib/data/schema';
import { laneCentre } from './lanes';
import type { TimeScale } from './timeScale';
import type { DelayBar, Lane } from './types';

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
			y: laneCentre(lane),
			label: fmtDelay(bar.delay),
			dashed: end.evidence !== 'record' || end.qualifier !== undefined,
			retroactive:
				bar.delay.kind === 'retroactive' ||
				delays.instrumentToPartyForce?.delay.kind === 'retroactive'
		});
	}
	return bars;
}
