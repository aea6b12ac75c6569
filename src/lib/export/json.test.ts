import { describe, expect, it } from 'vitest';
import { datasetJson } from './json';
import { dataset } from '../../../tests/helpers/exportData';

describe('datasetJson', () => {
	it('pretty-prints the dataset as loaded, with a final new line', () => {
		const json = datasetJson(dataset);
		expect(JSON.parse(json)).toEqual(dataset);
		expect(json.startsWith('{\n\t"schemaVersion": 1,')).toBe(true);
		expect(json.endsWith('}\n')).toBe(true);
	});
});
