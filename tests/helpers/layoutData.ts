/**
 * The datasets layout tests run on. The hand-written fixture always; the shipped
 * `data/kazakhstan.json` when it exists and passes the schema (import.meta.glob yields nothing for
 * a missing file, so the tests run before the dataset lands).
 */
import * as v from 'valibot';
import { DatasetSchema, type Dataset } from '../../src/lib/data/schema';
import sample from '../fixtures/layout-sample.json';

const shipped = import.meta.glob<unknown>('/data/kazakhstan.json', {
	eager: true,
	import: 'default'
});

/** The fixture `tests/fixtures/layout-sample.json`, parsed (throws if it stops matching the schema). */
export function sampleDataset(): Dataset {
	return v.parse(DatasetSchema, sample);
}

/** `data/kazakhstan.json` when present and valid, else the fixture; with a name for test titles. */
export function preferredDataset(): { name: string; dataset: Dataset } {
	const raw = Object.values(shipped)[0];
	const parsed = raw === undefined ? null : v.safeParse(DatasetSchema, raw);
	if (parsed?.success) return { name: 'data/kazakhstan.json', dataset: parsed.output };
	return { name: 'tests/fixtures/layout-sample.json', dataset: sampleDataset() };
}
