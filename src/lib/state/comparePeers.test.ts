import { describe, expect, it } from 'vitest';
import type { CompareData } from '$lib/compare/types';
import sample from '../../../tests/fixtures/compare-sample.json';
import { resolvePeers, togglePeer } from './comparePeers';

const { groups } = sample as CompareData;

describe('resolvePeers', () => {
	it('reads a preset as its members', () => {
		const p = resolvePeers(['central-asia'], groups);
		expect(p.preset).toBe('central-asia');
		expect([...p.members].sort()).toEqual(['KG', 'KZ', 'TJ', 'TM', 'UZ']);
	});
	it('reads picked countries, and no value as an empty group', () => {
		expect(resolvePeers(['UZ', 'FR'], groups)).toEqual({
			preset: null,
			members: new Set(['UZ', 'FR'])
		});
		expect(resolvePeers(null, groups).members.size).toBe(0);
	});
});

describe('togglePeer', () => {
	it('turns a preset into its members without the country', () => {
		expect(togglePeer(['central-asia'], groups, 'TM')).toEqual(['KG', 'KZ', 'TJ', 'UZ']);
	});
	it('adds a country, and an empty pick is null', () => {
		expect(togglePeer(['UZ'], groups, 'FR')).toEqual(['FR', 'UZ']);
		expect(togglePeer(['UZ'], groups, 'UZ')).toBeNull();
	});
});
