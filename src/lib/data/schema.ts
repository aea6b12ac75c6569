/**
 * The dataset format, written once: the runtime schema below is the single source of truth.
 * Types are inferred from it, `public/dataset.schema.json` is generated from it, and `load.ts`
 * checks unknown JSON against it before the cross-record rules of `validate.ts` run.
 *
 * Messages are issue codes (`date.format`, `id.format`…), rendered through the i18n catalogue.
 */
import * as v from 'valibot';

import {
	LANGS,
	EVENT_KINDS,
	CATEGORIES,
	EVIDENCE,
	INSTRUMENTS,
	QUALIFIERS,
	TIERS,
	DATE_PATTERN,
	ID_PATTERN
} from './model';
import { LIMITS } from './limits';

// The vocabularies live in model.ts (the first view imports them without valibot).
export * from './model';

/** A BCP 47 language tag, simplified. */
const LANG_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

const maxText = 20_000;
const str = v.pipe(v.string(), v.maxLength(maxText, 'text.long'));
const nonEmpty = v.pipe(
	v.string(),
	v.trim(),
	v.minLength(1, 'text.empty'),
	v.maxLength(maxText, 'text.long')
);
const id = v.pipe(v.string(), v.regex(ID_PATTERN, 'id.format'));
const date = v.pipe(v.string(), v.regex(DATE_PATTERN, 'date.format'));
/** An array of at most `max` items (`array.long` beyond; limits.ts). */
const list = <T extends v.GenericSchema>(item: T, max: number) =>
	v.pipe(v.array(item), v.maxLength(max, 'array.long'));
const sourceIds = list(id, LIMITS.sourceIds);

/** A human-readable text in up to three languages, English required. */
export const TextSchema = v.object({
	en: nonEmpty,
	ru: v.optional(str),
	kk: v.optional(str),
	/** Languages whose wording is a proposed translation not yet checked against an official text. */
	unverified: v.optional(list(v.picklist(LANGS, 'enum'), LIMITS.unverified))
});
export type Text = v.InferOutput<typeof TextSchema>;

export const ClaimSchema = v.object({
	/** Which field the seed article states differently: `date`, `instrument`, `article`, `term`… */
	field: nonEmpty,
	/** What the source article says, in its wording. */
	articleSays: TextSchema,
	/** The verified value and the reasoning; or, `unresolved`, what is known and what is not. */
	correction: TextSchema,
	/** A point the sources do not settle yet: shown as unresolved, not as a correction. */
	unresolved: v.optional(v.boolean()),
	/** The article's own reference number, e.g. `[9]`, where it gives one. */
	articleRef: v.optional(str),
	sources: sourceIds
});
export type Claim = v.InferOutput<typeof ClaimSchema>;

export const SourceSchema = v.object({
	id,
	/** Title in its original language. */
	title: nonEmpty,
	/** Language of `title` (BCP 47), when it is not English. */
	lang: v.optional(v.pipe(v.string(), v.regex(LANG_TAG, 'lang.format'))),
	publisher: nonEmpty,
	url: v.optional(str),
	tier: v.picklist(TIERS, 'enum'),
	note: v.optional(TextSchema)
});
export type Source = v.InferOutput<typeof SourceSchema>;

export const ActSchema = v.object({
	/** The act's title in its original language. */
	title: nonEmpty,
	lang: v.pipe(v.string(), v.regex(LANG_TAG, 'lang.format')),
	/** The act's number as the party numbers it, e.g. `No. 54-II`. */
	number: v.optional(str)
});
export type Act = v.InferOutput<typeof ActSchema>;

export const EventSchema = v.object({
	id,
	kind: v.picklist(EVENT_KINDS, 'enum'),
	date,
	qualifier: v.optional(v.picklist(QUALIFIERS, 'enum')),
	evidence: v.picklist(EVIDENCE, 'enum'),
	/** For `party-instrument`: which instrument the party deposited. */
	instrument: v.optional(v.picklist(INSTRUMENTS, 'enum')),
	/** Headline; required for `revision`, `domestic-act` and `context`, generated from `kind` otherwise. */
	label: v.optional(TextSchema),
	note: v.optional(TextSchema),
	act: v.optional(ActSchema),
	claims: v.optional(list(ClaimSchema, LIMITS.claims)),
	sources: sourceIds
});
export type TreatyEvent = v.InferOutput<typeof EventSchema>;

export const ObligationSchema = v.object({
	id,
	/** The article as the treaty numbers it: `2(6)`, `36(1)`. */
	article: nonEmpty,
	bearer: v.picklist(['party', 'organization'], 'enum'),
	summary: TextSchema,
	claims: v.optional(list(ClaimSchema, LIMITS.claims)),
	sources: sourceIds
});
export type Obligation = v.InferOutput<typeof ObligationSchema>;

export const ProvisionSchema = v.object({
	id,
	article: v.optional(str),
	summary: TextSchema,
	sources: sourceIds
});
export type Provision = v.InferOutput<typeof ProvisionSchema>;

export const TreatySchema = v.object({
	id,
	name: TextSchema,
	shortName: TextSchema,
	category: v.picklist(CATEGORIES, 'enum'),
	/** Organisation codes (`WIPO`, `ILO`, `UNESCO`) or names. */
	administeredBy: v.pipe(
		v.array(nonEmpty),
		v.minLength(1, 'array.empty'),
		v.maxLength(LIMITS.administeredBy, 'array.long')
	),
	depositary: TextSchema,
	/** Minimum term(s) of protection, in words. */
	minimumTerm: v.optional(TextSchema),
	note: v.optional(TextSchema),
	events: list(EventSchema, LIMITS.events),
	obligations: v.optional(list(ObligationSchema, LIMITS.obligations), []),
	provisions: v.optional(list(ProvisionSchema, LIMITS.obligations), []),
	claims: v.optional(list(ClaimSchema, LIMITS.claims)),
	sources: v.optional(sourceIds, [])
});
export type Treaty = v.InferOutput<typeof TreatySchema>;

export const StoryStepSchema = v.object({
	event: v.optional(id),
	treaty: v.optional(id),
	from: v.optional(date),
	to: v.optional(date),
	caption: v.optional(TextSchema)
});
export type StoryStep = v.InferOutput<typeof StoryStepSchema>;

export const PartySchema = v.object({
	/** ISO 3166-1 alpha-2 code or another short id. */
	id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{2,16}$/, 'id.format')),
	name: TextSchema,
	/** The name in the Russian genitive («Республики Казахстан»), for "for {party}" phrases. */
	nameGenitive: v.optional(TextSchema),
	/**
	 * The day the party could first act on a treaty (a State that became independent: its
	 * independence); delays are also counted from it, or from the treaty's adoption if later.
	 */
	canActFrom: v.optional(date)
});
export type Party = v.InferOutput<typeof PartySchema>;

export const DatasetSchema = v.object({
	schemaVersion: v.literal(1, 'schema.version'),
	/** Content version of the data (semver). */
	version: nonEmpty,
	/** Date the facts were last checked against the records. */
	checkedAsOf: date,
	title: TextSchema,
	description: v.optional(TextSchema),
	license: v.optional(str),
	party: PartySchema,
	range: v.object({ from: date, to: date }),
	sources: list(SourceSchema, LIMITS.sources),
	treaties: v.pipe(
		v.array(TreatySchema),
		v.minLength(1, 'array.empty'),
		v.maxLength(LIMITS.treaties, 'array.long')
	),
	context: v.optional(list(EventSchema, LIMITS.events), []),
	story: v.optional(list(StoryStepSchema, LIMITS.story))
});
export type Dataset = v.InferOutput<typeof DatasetSchema>;
