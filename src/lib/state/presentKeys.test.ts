import { describe, expect, it } from 'vitest';
import { presentKey } from './presentKeys';

describe('presentKey', () => {
	it.each([
		['ArrowRight', 'next'],
		['ArrowDown', 'next'],
		['PageDown', 'next'],
		[' ', 'next'],
		['Enter', 'next'],
		['ArrowLeft', 'prev'],
		['ArrowUp', 'prev'],
		['PageUp', 'prev'],
		['Backspace', 'prev'],
		['Home', 'first'],
		['End', 'last'],
		['b', 'blank'],
		['.', 'blank'],
		['?', 'help'],
		['Escape', 'leave']
	])('maps %s to %s', (key, type) => {
		expect(presentKey(key, '').action).toEqual({ type });
	});

	it('goes to a typed step number on Enter', () => {
		let digits = '';
		for (const k of ['1', '2']) digits = presentKey(k, digits).digits;
		expect(presentKey('Enter', digits)).toEqual({ action: { type: 'go', step: 12 }, digits: '' });
	});

	it('forgets typed digits on any other key', () => {
		expect(presentKey('PageDown', '3')).toEqual({ action: { type: 'next' }, digits: '' });
		expect(presentKey('x', '3')).toEqual({ action: null, digits: '' });
	});
});
