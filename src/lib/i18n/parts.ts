/**
 * Each language's catalogue is written as one file (`messages/en.json`) and shipped as two parts:
 * the strings the first view shows, loaded with it, and the rest (the details panel, lectures,
 * table, about page, legend, filters' choices, delays, export, embedding, notices), fetched once
 * the first view is drawn and awaited by every view that uses them (issue 9: "the other languages
 * as chunks fetched on first use", and the first view's bytes). The build splits the file
 * (vite.config.ts, `?part=first` / `?part=later`); a key not listed here is a first-view key, so
 * a new string can cost bytes but never shows a missing text.
 */

/** Whole groups that only views after the first use. */
const LATER_GROUPS = [
	'about.',
	'category.',
	'delays.',
	'glossary.',
	'instrumentType.',
	'issues.',
	'legend.',
	'notice.',
	'panel.',
	'present.',
	'table.',
	'filter.'
];

/** Keys of those groups that the first view uses after all. */
const FIRST_IN_LATER_GROUPS = new Set([
	// LocalText marks a dataset text shown in English or not yet checked, everywhere.
	'panel.fallback',
	'panel.unverifiedTranslation',
	'present.button',
	// Search results name a provision's article (state/search.ts, loaded on first use of the box).
	'panel.article',
	'filter.title',
	'filter.active'
]);

/** Single keys of first-view groups that only later views use. */
const LATER_KEYS = new Set([
	'embed.copy',
	'embed.intro',
	'export.date',
	'export.source',
	'load.dismiss',
	'load.failed',
	'zoom.overview'
]);

export type CataloguePart = 'first' | 'later';

/** Which part of the catalogue a key is shipped in. */
export function partOf(key: string): CataloguePart {
	if (LATER_KEYS.has(key)) return 'later';
	if (FIRST_IN_LATER_GROUPS.has(key)) return 'first';
	return LATER_GROUPS.some((g) => key.startsWith(g)) ? 'later' : 'first';
}

/** The keys of one part of a catalogue, in the file's order. */
export function pickPart<T extends Record<string, string>>(
	messages: T,
	part: CataloguePart
): Partial<T> {
	return Object.fromEntries(
		Object.entries(messages).filter(([key]) => partOf(key) === part)
	) as Partial<T>;
}
