/**
 * The dataset's vocabularies (languages, event kinds, categories, evidence…) and id/date patterns,
 * without the runtime schema: the first view imports these, and only a loaded dataset needs the
 * validator (schema.ts, valibot), which comes as its own chunk.
 */
/** Languages every human-readable text may carry; English is required. */
export const LANGS = ['en', 'ru', 'kk'] as const;
export type Lang = (typeof LANGS)[number];

export const EVENT_KINDS = [
	'adoption',
	'entry-into-force',
	'revision',
	'party-signature',
	'party-instrument',
	'party-entry-into-force',
	'domestic-act',
	'context'
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const CATEGORIES = ['institutional', 'copyright', 'related-rights'] as const;

export const EVIDENCE = ['record', 'inferred', 'article-only'] as const;
export type Evidence = (typeof EVIDENCE)[number];

export const INSTRUMENTS = ['accession', 'ratification', 'continued-application'] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

export const QUALIFIERS = ['on-or-before', 'about'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const TIERS = ['A', 'B', 'C', 'seed'] as const;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; calendar validity is checked in validate.ts. */
export const DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;
/**
 * The published JSON Schema's form of a date: a month that exists and a day that exists in it
 * (an editor flags 2004-13-01 or 2004-04-31 as the app does; 29 February of a common year is
 * left to the app, which names what is wrong more precisely than a pattern can).
 */
export const CALENDAR_DATE_PATTERN =
	/^\d{4}(-(0[1-9]|1[0-2])|-(0[1-9]|1[0-2])-(0[1-9]|1\d|2[0-8])|-(0[13-9]|1[0-2])-(29|30)|-(0[13578]|1[02])-31|-02-29)?$/;
/** Permanent slug ids: they are URL contracts. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;
