import { describe, expect, it } from 'vitest';
import raw from '../../../data/kazakhstan.json';
import type { Dataset } from '$lib/data/schema';
import { DatasetSource } from './dataset.svelte';
import { createKnown } from './known';
import { ViewState } from './viewState.svelte';

const dataset = raw as unknown as Dataset;

describe('the compare view in ViewState', () => {
	it('pushes the focus and the peer group, and reads them back from the URL', () => {
		const log: string[] = [];
		const view = new ViewState(createKnown(dataset), {
			push: (h) => log.push('push ' + h),
			replace: (h) => log.push('replace ' + h)
		});
		view.setView('compare');
		view.setCompare({ focus: 'UZ' });
		view.setCompare({ peers: ['central-asia'] });
		view.setCompare({ peers: [] });
		expect(log).toEqual([
			'push #view=compare',
			'push #view=compare&focus=UZ',
			'push #view=compare&focus=UZ&peers=central-asia',
			'push #view=compare&focus=UZ'
		]);
		view.fromUrl('', '#view=compare&peers=KZ,UZ');
		expect([view.view, view.focus, view.peers]).toEqual(['compare', null, ['KZ', 'UZ']]);
	});
});

describe('DatasetSource.showDataset', () => {
	it('puts a dataset built in the page on screen with its origin and no issues', async () => {
		const source = new DatasetSource();
		expect(await source.showDataset(dataset, { kind: 'country', name: 'Uzbekistan' })).toBe(true);
		expect(source.dataset).toBe(dataset);
		expect(source.origin).toEqual({ kind: 'country', name: 'Uzbekistan' });
		expect(source.issues).toHaveLength(0);
	});
});
