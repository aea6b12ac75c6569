/** What the view state needs to know of a dataset: its ids, its range and the window's limits. */
import { orderEvents } from '$lib/data/events';
import type { Dataset } from '$lib/data/schema';
import { clampDomain } from '$lib/layout/zoom';
import type { Known } from './viewUrl';
import { rangeDomain } from './window';
import { buildDeck, type Step } from './deck';

/**
 * The dataset as the page author asked for it: `?treaties=berne,rome` keeps those treaties (in the
 * dataset's order) and the context events.
 */
export function selectTreaties(dataset: Dataset, ids: string[] | null): Dataset {
	if (!ids) return dataset;
	const keep = dataset.treaties.filter((t) => ids.includes(t.id));
	return keep.length ? { ...dataset, treaties: keep } : dataset;
}

export function createKnown(dataset: Dataset | null): Known {
	const home = rangeDomain(dataset?.range ?? { from: '1886', to: '2012' });
	const ordered = dataset ? orderEvents(dataset) : [];
	// The lecture's steps are built when first asked for (a lecture, not every page view).
	let deck: Step[] | null = null;
	return {
		events: new Set(ordered.map((e) => e.id)),
		get deck() {
			return (deck ??= dataset ? buildDeck(dataset, ordered, home) : []);
		},
		treaties: new Set(dataset?.treaties.map((t) => t.id) ?? []),
		home,
		clamp: (d) => clampDomain(d, home)
	};
}
