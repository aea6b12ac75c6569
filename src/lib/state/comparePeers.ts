/**
 * The compare view's peer group: the hash's `peers` (a preset id, or the ISO codes picked) as a
 * set of countries, and the change a pick makes to it.
 */
import type { PeerGroup } from '$lib/compare/types';

export interface Peers {
	/** The preset in use, or null for countries picked one by one (or none). */
	preset: PeerGroup['id'] | null;
	members: ReadonlySet<string>;
}

/**
 * The peer group a `peers` value names (an unknown preset is an empty group).
 * @example resolvePeers(['central-asia'], groups).members.has('UZ') // true
 */
export function resolvePeers(peers: readonly string[] | null, groups: readonly PeerGroup[]): Peers {
	const group = peers?.length === 1 ? groups.find((g) => g.id === peers[0]) : undefined;
	if (group) return { preset: group.id, members: new Set(group.members) };
	return { preset: null, members: new Set(peers?.filter((p) => /^[A-Z]{2}$/.test(p)) ?? []) };
}

/**
 * The `peers` value after the reader adds or removes one country: a preset becomes its members
 * (the pick starts from the group on screen); an empty pick is null.
 * @example togglePeer(['central-asia'], groups, 'TM') // ['KZ', 'KG', 'TJ', 'UZ']
 */
export function togglePeer(
	peers: readonly string[] | null,
	groups: readonly PeerGroup[],
	iso: string
): string[] | null {
	const members = [...resolvePeers(peers, groups).members];
	const next = members.includes(iso) ? members.filter((m) => m !== iso) : [...members, iso];
	return next.length ? next.sort() : null;
}
