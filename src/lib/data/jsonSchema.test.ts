/**
 * `public/dataset.schema.json` must be exactly `buildJsonSchema()`: `npm run schema`
 * (scripts/schema.mjs) rewrites it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildJsonSchema } from './jsonSchema';
import { EVENT_KINDS } from './schema';

const file = fileURLToPath(new URL('../../../public/dataset.schema.json', import.meta.url));
const generated = JSON.stringify(buildJsonSchema(), null, 2) + '\n';

describe('public/dataset.schema.json', () => {
	it('is up to date with the runtime schema', () => {
		expect(existsSync(file), 'public/dataset.schema.json is missing: run `npm run schema`').toBe(
			true
		);
		expect(
			readFileSync(file, 'utf8'),
			'public/dataset.schema.json is out of date: run `npm run schema`'
		).toBe(generated);
	});
});

describe('buildJsonSchema', () => {
	const schema = buildJsonSchema();

	it('identifies itself as a draft-07 schema of the dataset', () => {
		expect(schema).toMatchObject({
			$schema: 'http://json-schema.org/draft-07/schema#',
			$id: 'dataset.schema.json',
			type: 'object'
		});
		expect(schema.title).toBeTruthy();
		expect(schema.description).toBeTruthy();
	});

	it('lists the required top-level keys and the event kinds', () => {
		expect(schema.required).toEqual([
			'schemaVersion',
			'version',
			'checkedAsOf',
			'title',
			'party',
			'range',
			'sources',
			'treaties'
		]);
		expect(schema.$defs?.Event).toMatchObject({ properties: { kind: { enum: [...EVENT_KINDS] } } });
	});

	it('refers only to definitions it contains', () => {
		const refs = [...generated.matchAll(/"\$ref": "#\/\$defs\/(\w+)"/g)].map((m) => m[1]);
		expect(refs.length).toBeGreaterThan(0);
		for (const ref of refs) expect(schema.$defs).toHaveProperty([ref!]);
	});
});
