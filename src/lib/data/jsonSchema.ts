/**
 * The JSON Schema of the dataset, generated from the runtime schema so the two cannot drift:
 * `public/dataset.schema.json` is this output (written by `npm run schema`, checked by
 * jsonSchema.test.ts). It describes shapes and formats only; the cross-record rules of
 * `validate.ts` have no JSON Schema form.
 */
import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import {
	ActSchema,
	ClaimSchema,
	DatasetSchema,
	EventSchema,
	ObligationSchema,
	PartySchema,
	ProvisionSchema,
	SourceSchema,
	StoryStepSchema,
	TextSchema,
	TreatySchema
} from './schema';
import { CALENDAR_DATE_PATTERN, DATE_PATTERN } from './model';

/** Named parts, emitted once under `$defs` and referenced from everywhere they are used. */
const definitions = {
	Text: TextSchema,
	Claim: ClaimSchema,
	Source: SourceSchema,
	Act: ActSchema,
	Event: EventSchema,
	Obligation: ObligationSchema,
	Provision: ProvisionSchema,
	Treaty: TreatySchema,
	StoryStep: StoryStepSchema,
	Party: PartySchema
};

/**
 * Converts `DatasetSchema` to a JSON Schema (draft-07). Actions with no JSON Schema form, such as
 * `trim`, are left out.
 * @example JSON.stringify(buildJsonSchema(), null, 2) + '\n' // public/dataset.schema.json
 */
export function buildJsonSchema(): JsonSchema {
	const schema = toJsonSchema(DatasetSchema, {
		errorMode: 'ignore',
		definitions,
		// Dates: the calendar's months and days, as the app checks them.
		overrideAction: ({ jsonSchema }) =>
			jsonSchema.pattern === DATE_PATTERN.source
				? { ...jsonSchema, pattern: CALENDAR_DATE_PATTERN.source }
				: undefined
	});
	return {
		$schema: 'http://json-schema.org/draft-07/schema#',
		$id: 'dataset.schema.json',
		title: 'Treaty Timeline dataset',
		description:
			"A party's path into international treaties: treaties with their events, obligations " +
			'and provisions, context events, sources and an optional story, in English with Russian ' +
			'and Kazakh. Ids must be unique and dates real calendar dates; the app checks these ' +
			'cross-record rules when it loads the file.',
		...schema
	};
}
