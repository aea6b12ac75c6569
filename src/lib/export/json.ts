/** The dataset as a downloadable JSON document: pretty-printed with tabs like `data/*.json`. */
import type { Dataset } from '$lib/data/schema';

/**
 * @example datasetJson(dataset).startsWith('{\n\t"schemaVersion": 1') // true
 */
export function datasetJson(dataset: Dataset): string {
	return JSON.stringify(dataset, null, '\t') + '\n';
}
