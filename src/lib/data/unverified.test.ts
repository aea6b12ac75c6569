import { describe, expect, it } from 'vitest';
import raw from '../../../data/kazakhstan.json';
import type { Dataset } from './schema';
import { unverifiedTexts } from './unverified';

const dataset = raw as unknown as Dataset;

describe('unverifiedTexts', () => {
	it('lists the proposed Kazakh names of the treaties the official texts do not give', () => {
		const paths = unverifiedTexts(dataset, 'kk').map((u) => u.path);
		const berne = dataset.treaties.findIndex((t) => t.id === 'berne');
		expect(paths).toContain(`treaties[${berne}].name`);
	});
	it('lists nothing in English, which is never flagged', () => {
		expect(unverifiedTexts(dataset, 'en')).toEqual([]);
	});
	it('returns texts flagged for the language asked for only', () => {
		for (const u of unverifiedTexts(dataset, 'ru')) expect(u.text.unverified).toContain('ru');
	});
});
