/**
 * The sort both tables use (the events' and the compare view's): by one cell, numbers by value and
 * text by `Intl.Collator(lang)`; empty cells last in both directions; ties keep the rows' own order.
 */
import type { Lang } from '$lib/data/model';

export type SortDir = 'ascending' | 'descending';

/**
 * The rows sorted by `value` (a new array); `index` is each row's own order.
 * @example sortByCell(rows, (r) => r.delayDays, 'descending', 'en')
 */
export function sortByCell<R extends { index: number }>(
	rows: readonly R[],
	value: (row: R) => string | number | null,
	dir: SortDir,
	lang: Lang
): R[] {
	const collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
	const sign = dir === 'ascending' ? 1 : -1;
	return [...rows].sort((a, b) => {
		const [va, vb] = [value(a), value(b)];
		const [ea, eb] = [va === null || va === '', vb === null || vb === ''];
		if (ea || eb) return ea === eb ? a.index - b.index : ea ? 1 : -1;
		const c =
			typeof va === 'number' && typeof vb === 'number'
				? va - vb
				: collator.compare(String(va), String(vb));
		return c * sign || a.index - b.index;
	});
}
