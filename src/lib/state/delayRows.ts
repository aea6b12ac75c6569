/**
 * Rows of the delay comparison chart (loaded with the table view).
 */
import { treatyDelays, type DelayKey, type TreatyDelay } from '$lib/data/delays';
import type { Lang } from '$lib/data/model';
import type { Treaty } from '$lib/data/schema';
import { localText } from '$lib/i18n';
import { signedDays } from './tableRows';

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
	const rows = treaties.map((t, i) => ({ t, i, d: treatyDelays(t, canActFrom)[key] }));
	const max = rows.reduce((m, r) => Math.max(m, signedDays(r.d) ?? 0), 1);
	return rows
		.sort((a, b) => {
			const [da, db] = [signedDays(a.d), signedDays(b.d)];
			if (da === null || db === null) return da === db ? a.i - b.i : da === null ? 1 : -1;
			return db - da || a.i - b.i;
		})
		.map(({ t, d }) => ({
			id: t.id,
			name: localText(t.shortName, lang).value,
			delay: d,
			fromForce: treatyDelays(t, canActFrom).forceToPartyForce,
			share: Math.max(0, signedDays(d) ?? 0) / max
		}));
}
