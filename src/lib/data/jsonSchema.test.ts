/**
 * `public/dataset.schema.json` must be exactly `buildJsonSchema()`: `npm run schema`
 * (scripts/schema.mjs) rewrites it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '@valibot/to-json-schema';
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

describe('the published date pattern', () => {
	const defs = buildJsonSchema().$defs as Record<
		string,
		{ properties: Record<string, JsonSchema> }
	>;
	const pattern = new RegExp(String(defs.Event!.properties.date!.pattern));
	it.each(['2004', '2004-12', '2004-01-31', '2004-02-29', '1999-04-12'])('accepts %s', (d) =>
		expect(pattern.test(d)).toBe(true)
	);
	it.each(['2004-13-01', '2004-00', '2004-02-30', '2004-04-31', '2004-1', '2004-12-32'])(
		'rejects %s, as the app does',
		(d) => expect(pattern.test(d)).toBe(false)
	);
});
