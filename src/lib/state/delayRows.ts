/**
 * Rows of the delay comparison chart (loaded with the table view).
 */
import { signedDays, treatyDelays, type DelayKey, type TreatyDelay } from '$lib/data/delays';
import type { Lang } from '$lib/data/model';
import type { Treaty } from '$lib/data/schema';
import { localText } from '$lib/i18n';
import { sortByCell } from './sortByCell';

interface DelayRow {
	id: string;
	name: string;
	delay: TreatyDelay | null;
	/** The same treaty's delay from its general entry into force (the figure shown beside). */
	fromForce: TreatyDelay | null;
	/** Bar length as a share of the longest delay, 0–1; 0 when retroactive or missing. */
	share: number;
}

/**
 * One row per treaty for one delay, longest first; retroactive delays after every forward one,
 * treaties missing an end last; ties in treaty order.
 * @example delayRows(ds.treaties, 'forceToPartyForce', 'en')[0].id // 'berne'
 */
export function delayRows(
	treaties: readonly Treaty[],
	key: DelayKey,
	lang: Lang,
	canActFrom?: string
): DelayRow[] {
	const rows = treaties.map((t, index) => {
		const delays = treatyDelays(t, canActFrom);
		const name = localText(t.shortName, lang).value;
		return { index, id: t.id, name, delay: delays[key], fromForce: delays.forceToPartyForce };
	});
	const days = (r: (typeof rows)[number]) => (r.delay ? signedDays(r.delay.delay) : null);
	const max = rows.reduce((m, r) => Math.max(m, days(r) ?? 0), 1);
	return sortByCell(rows, days, 'descending', lang).map((r) => ({
		...r,
		share: Math.max(0, days(r) ?? 0) / max
	}));
}
