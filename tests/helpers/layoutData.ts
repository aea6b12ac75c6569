/**
 * The datasets layout tests run on. The hand-written fixture always; the shipped
 * `data/kazakhstan.json` when it exists and passes the schema (import.meta.glob yields nothing for
 * a missing file, so the tests run before the dataset lands).
 */
import * as v from 'valibot';
import { DatasetSchema, type Dataset } from '../../src/lib/data/schema';
import sample from '../fixtures/layout-sample.json';
import { orderEvents } from '../../src/lib/data/events';
import { englishDateFormat } from '../../src/lib/layout/format';
import { estimateTextWidth } from '../../src/lib/layout/textWidth';
import type { TimelineInput } from '../../src/lib/layout/timeline';
import type { Domain } from '../../src/lib/layout/types';

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

/**
 * The timeline's input for a dataset in English at a width and window, with the page's sizes
 * (the width table measures): what the layout tests lay out.
 */
export function timelineInput(dataset: Dataset, width: number, domain: Domain): TimelineInput {
	const big = width >= 1600;
	return {
		treaties: dataset.treaties,
		events: orderEvents(dataset),
		laneNames: [...dataset.treaties.map((t) => t.shortName.en), 'Context'],
		width,
		domain,
		fmt: englishDateFormat,
		fmtDelay: (d) => `+${d.value} ${d.unit}`,
		retroactiveNote: 'in force retroactively',
		revisions: (n) => `${n} revisions`,
		measure: estimateTextWidth,
		labelPx: big ? 14 : 12,
		lanePx: 14,
		laneHeight: big ? 72 : 60,
		contextHeight: 40
	};
}
