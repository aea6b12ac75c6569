import { describe, expect, it } from 'vitest';
import raw from '../../../data/kazakhstan.json';
import { orderEvents } from '$lib/data/events';
import type { Dataset } from '$lib/data/schema';
import { keyTarget } from './keys';

const events = orderEvents(raw as unknown as Dataset);
const key = (k: string, shiftKey = false) => ({
	key: k,
	shiftKey,
	ctrlKey: false,
	metaKey: false,
	altKey: false
});
const lanes = (raw as unknown as Dataset).treaties.length + 1;

describe('keyTarget', () => {
	it('walks time order with Left and Right, clamped at the ends', () => {
		expect(keyTarget(key('ArrowRight'), events, events[0]!.id, lanes)).toEqual({
			type: 'focus',
			id: events[1]!.id
		});
		expect(keyTarget(key('ArrowLeft'), events, events[0]!.id, lanes)).toEqual({
			type: 'focus',
			id: events[0]!.id
		});
		expect(keyTarget(key('End'), events, null, lanes)).toEqual({
			type: 'focus',
			id: events.at(-1)!.id
		});
		expect(keyTarget(key('Home'), events, null, lanes)).toEqual({
			type: 'focus',
			id: events[0]!.id
		});
	});

	it('does nothing with Home or End when there are no events', () => {
		expect(keyTarget(key('Home'), [], null, lanes)).toBeNull();
		expect(keyTarget(key('End'), [], null, lanes)).toBeNull();
	});

	it('moves to the nearest event of the lane below with Down', () => {
		const action = keyTarget(key('ArrowDown'), events, 'berne-party-entry-into-force', lanes);
		expect(action).toEqual({ type: 'focus', id: expect.stringMatching(/^rome-/) });
	});

	it('pans with Shift+arrows, zooms with + and -, opens with Enter and Space, closes with Esc', () => {
		expect(keyTarget(key('ArrowRight', true), events, null, lanes)).toEqual({
			type: 'pan',
			fraction: 0.2
		});
		expect(keyTarget(key('+'), events, null, lanes)).toEqual({ type: 'zoom', factor: 2 });
		expect(keyTarget(key('-'), events, null, lanes)).toEqual({ type: 'zoom', factor: 0.5 });
		expect(keyTarget(key('Enter'), events, 'berne-adoption', lanes)).toEqual({ type: 'open' });
		expect(keyTarget(key(' '), events, 'berne-adoption', lanes)).toEqual({ type: 'open' });
		expect(keyTarget(key('Escape'), events, null, lanes)).toEqual({ type: 'close' });
		expect(keyTarget(key('a'), events, null, lanes)).toBeNull();
	});
});
