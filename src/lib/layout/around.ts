/**
 * At most `limit` consecutive items centred on the one at `at` (the start when `at` is -1), kept
 * inside the list: the part of a long list a panel shows first.
 * @example around([1, 2, 3, 4, 5, 6], 4, 3) // [4, 5, 6]
 */
export function around<T>(items: readonly T[], at: number, limit: number): readonly T[] {
	if (items.length <= limit) return items;
	const from = Math.max(0, Math.min(Math.max(0, at) - Math.floor(limit / 2), items.length - limit));
	return items.slice(from, from + limit);
}
