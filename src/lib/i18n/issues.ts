/**
 * Messages about a dataset's problems (`issue.*`), one small catalogue per language. Only a
 * dataset that fails to load or validate needs them, so they are not part of the interface
 * catalogue the first view loads.
 */
import type { Lang } from '$lib/data/schema';
import type en from './issues/en.json';

export type IssueMessages = typeof en;

const loaders = import.meta.glob<IssueMessages>('./issues/*.json', { import: 'default' });

/** Loads one language's issue messages (its own chunk). */
export async function loadIssueMessages(lang: Lang): Promise<IssueMessages> {
	const load = loaders[`./issues/${lang}.json`];
	if (!load) throw new Error(`no issue catalogue for ${lang}`);
	return load();
}
