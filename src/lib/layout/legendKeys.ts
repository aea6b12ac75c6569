/**
 * What the legend explains: the glyphs on screen and nothing else (a legend of shapes the reader
 * cannot find is noise), the party's first.
 */
import type { EventKind } from '$lib/data/schema';
import type { Cluster, DelayBar, Label, Marker } from './types';

/** The order of the legend: the party's path first, then the treaties', then the rest. */
const ORDER: readonly EventKind[] = [
	'party-signature',
	'party-instrument',
	'party-entry-into-force',
	'domestic-act',
	'adoption',
	'entry-into-force',
	'revision',
	'context'
];

export interface LegendKeys {
	/** The kinds of the marks drawn, in legend order. */
	kinds: EventKind[];
	/** A composite mark (ringed: several events drawn as one). */
	composite: boolean;
	/** A stack of revisions, a count bubble. */
	stack: boolean;
	count: boolean;
	/** A hollow, dashed mark (inferred, or only in the article). */
	uncertain: boolean;
	/** A date label with ≤ or ≈. */
	qualifier: boolean;
	/** A delay bar. */
	delay: boolean;
}

/**
 * @example legendKeys(geo).kinds // ['party-entry-into-force', 'adoption', 'entry-into-force', 'revision', 'context']
 */
export function legendKeys(geo: {
	markers: readonly Marker[];
	clusters: readonly Cluster[];
	delayBars: readonly DelayBar[];
	labels: readonly Label[];
}): LegendKeys {
	const kinds = new Set(geo.markers.map((m) => m.kind));
	return {
		kinds: ORDER.filter((k) => kinds.has(k)),
		composite: geo.markers.some((m) => m.with),
		stack: geo.clusters.some((c) => c.kind === 'revisions'),
		count: geo.clusters.some((c) => c.kind === 'count'),
		uncertain: geo.markers.some((m) => m.evidence !== 'record'),
		qualifier: geo.labels.some((l) => /^[≤≈]/.test(l.text)),
		delay: geo.delayBars.length > 0
	};
}
