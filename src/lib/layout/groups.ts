/**
 * What the timeline draws for the markers in the window, grouped by meaning rather than by pixel
 * distance alone. The party's events are never folded into a count: an accession's instrument,
 * its domestic act and its entry into force, too close to draw apart, become one composite mark
 * (the party's joining, drawn as its entry into force); a treaty's adoption and its entry into
 * force become one too. Revisions that crowd each other become a stack; only the other events
 * (context, or a user's dataset dense with events) become count bubbles (clusters.ts).
 */
import { clusterMarkers, rowsOf } from './clusters';
import type { TimeScale } from './timeScale';
import type { Cluster, Marker } from './types';
import type { EventKind } from '$lib/data/schema';

/** Kinds that make up a party's joining of a treaty, most telling first (the composite's face). */
const JOINING: readonly EventKind[] = [
	'party-entry-into-force',
	'party-instrument',
	'domestic-act'
];
/** Kinds that make up a treaty's start, its face first. */
const ORIGIN: readonly EventKind[] = ['entry-into-force', 'adoption'];

export interface Grouped {
	/** Marks drawn on their own (composites carry their other events in `with`). */
	marks: Marker[];
	/** Count bubbles and revision stacks. */
	clusters: Cluster[];
	/** Markers inside a cluster (drawn only when focused). */
	members: Marker[];
}

/**
 * `minGap`: markers closer than this are grouped; `joinGap`: the party's joining and a treaty's
 * start are drawn as one where their marks are closer than this (room for a date label between
 * two marks: both keep theirs).
 * @example groupMarkers(markers, scale, 24, 48) // { marks: [{ id: 'berne-party-entry-into-force', with: ['berne-party-instrument'], … }], … }
 */
export function groupMarkers(
	markers: readonly Marker[],
	scale: TimeScale,
	minGap: number,
	joinGap: number
): Grouped {
	const marks: Marker[] = [];
	const rest: Marker[] = [];
	for (const row of rowsOf(markers)) {
		const joining = composites(row, JOINING, joinGap);
		const origin = composites(row, ORIGIN, joinGap);
		for (const m of [...joining, ...origin]) marks.push(m);
		const taken = new Set([...joining, ...origin].flatMap((m) => [m.id, ...(m.with ?? [])]));
		for (const m of row) {
			if (taken.has(m.id)) continue;
			// The party's signatures and the treaty's own entries into force are never counted.
			if (m.party || m.kind === 'entry-into-force') marks.push(m);
			else rest.push(m);
		}
	}
	const { singles, clusters } = clusterMarkers(rest, scale, minGap);
	const single = new Set(singles);
	const members = rest.filter((m) => !single.has(m));
	for (const m of singles) marks.push(m);
	marks.sort((a, b) => a.index - b.index);
	return { marks, clusters, members };
}

/**
 * The row's markers of `kinds` chained where neighbours are closer than `minGap`, each chain one
 * mark: the member of the first kind in `kinds` (the latest such) carries the others in `with`.
 * A lone marker stays as it is.
 */
function composites(row: readonly Marker[], kinds: readonly EventKind[], minGap: number): Marker[] {
	const chains: Marker[][] = [];
	for (const m of row) {
		if (!kinds.includes(m.kind)) continue;
		const chain = chains[chains.length - 1];
		const last = chain?.[chain.length - 1];
		if (chain && last && m.x - last.x < minGap) chain.push(m);
		else chains.push([m]);
	}
	return chains.map((chain) => {
		if (chain.length === 1) return chain[0] as Marker;
		const rank = (m: Marker) => kinds.indexOf(m.kind);
		const face = chain.reduce((a, b) =>
			rank(b) < rank(a) || (rank(b) === rank(a) && b.index > a.index) ? b : a
		);
		const others = chain.filter((m) => m !== face).sort((a, b) => a.index - b.index);
		return { ...face, with: others.map((m) => m.id) };
	});
}
