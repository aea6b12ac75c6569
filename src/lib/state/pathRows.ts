/**
 * The lecture's closing overview: the party's path into each treaty, one row a treaty — its
 * instrument (accession, ratification, continued application), the date the treaty took effect
 * for the party, and how long after the treaty's own entry into force that was.
 */
import { compareDates } from '$lib/data/dates';
import { firstOf, treatyDelays, type DelayEnd, type TreatyDelay } from '$lib/data/delays';
import type { Instrument, Treaty } from '$lib/data/schema';

export interface PathRow {
	treaty: Treaty;
	/** The party's (earliest) instrument, and which kind of instrument it is, when known. */
	instrument: (DelayEnd & { type: Instrument | null }) | null;
	/** The treaty's general entry into force. */
	since: DelayEnd | null;
	/** The treaty's entry into force for the party. */
	inForce: DelayEnd | null;
	/** From the general entry into force to the party's. */
	delay: TreatyDelay | null;
	/** The party's entry into force precedes its instrument (a continued application). */
	retroactive: boolean;
	/** Bar length: the delay as a share of the longest, 0–1 (0 without a forward delay). */
	share: number;
}

/**
 * One row per treaty the party has an instrument or an entry into force in, in the order the
 * treaties took effect for it (treaties without that date last, in dataset order).
 * @example pathRows(dataset.treaties)[0] // { treaty: wipo, instrument: { type: 'continued-application', … }, delay: { delay: { value: 21, unit: 'years' … } … } … }
 */
export function pathRows(treaties: readonly Treaty[]): PathRow[] {
	const rows = treaties.flatMap((treaty) => {
		const end = firstOf(treaty, 'party-instrument');
		const inForce = firstOf(treaty, 'party-entry-into-force');
		if (!end && !inForce) return [];
		const d = treatyDelays(treaty);
		const type = end ? (treaty.events.find((e) => e.id === end.id)?.instrument ?? null) : null;
		return [
			{
				treaty,
				instrument: end ? { ...end, type } : null,
				since: firstOf(treaty, 'entry-into-force'),
				inForce,
				delay: d.forceToPartyForce,
				retroactive: !!end && !!inForce && compareDates(inForce.date, end.date) < 0
			}
		];
	});
	const days = (r: Pick<PathRow, 'delay'>) =>
		r.delay && r.delay.delay.kind !== 'retroactive' ? r.delay.delay.days : 0;
	const max = rows.reduce((m, r) => Math.max(m, days(r)), 1);
	// The sort is stable: ties and treaties without the date keep the dataset's order.
	return rows
		.sort((a, b) => {
			if (a.inForce && b.inForce) return compareDates(a.inForce.date, b.inForce.date);
			return a.inForce ? -1 : b.inForce ? 1 : 0;
		})
		.map((r) => ({ ...r, share: days(r) / max }));
}
