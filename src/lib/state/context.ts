/** Typed context pairs shared by the components (Svelte's createContext). */
import { createContext } from 'svelte';
import { orderEvents, type TimelineEvent } from '$lib/data/events';
import type { Dataset } from '$lib/data/schema';
import type { I18n } from './i18n.svelte';
import type { ViewState } from './viewState.svelte';
import type { QueryState } from './url';

export interface AppData {
	dataset: Dataset;
	/** Every event in time order. */
	events: TimelineEvent[];
	byId: Map<string, TimelineEvent>;
	/** The whole dataset when filters hide part of it (the details panel reads this). */
	all?: AppData;
}

/** A dataset with its events in time order. */
export function appData(dataset: Dataset, all?: AppData): AppData {
	const events = orderEvents(dataset);
	return { dataset, events, byId: new Map(events.map((e) => [e.id, e])), all };
}

export const [getView, setView] = createContext<ViewState>();
export const [getI18n, setI18n] = createContext<I18n>();
export const [getData, setData] = createContext<() => AppData>();
export const [getQuery, setQuery] = createContext<QueryState>();
