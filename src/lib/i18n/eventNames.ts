/**
 * The markers' accessible names (what, when, how certain), each made when first asked for:
 * thousands of events, only a few of them ever read.
 */
import type { TimelineEvent } from '$lib/data/events';
import type { Dataset, Lang } from '$lib/data/schema';
import { eventAccessibleName } from './describe';
import type { Messages } from './index';

/** @example eventNames(byId, dataset, 'en', messages).get('berne-adoption') */
export function eventNames(
	byId: ReadonlyMap<string, TimelineEvent>,
	dataset: Dataset,
	lang: Lang,
	messages: Messages
): { get(id: string): string } {
	// A plain cache, made again with the language or the data: nothing reacts to its contents.
	const cache = new Map<string, string>();
	return {
		get(id) {
			let name = cache.get(id);
			if (name === undefined) {
				const e = byId.get(id);
				name = e ? eventAccessibleName(e, dataset, lang, messages) : id;
				cache.set(id, name);
			}
			return name;
		}
	};
}
