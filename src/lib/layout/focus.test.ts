import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '$lib/data/events';
import type { Domain, Marker } from './types';
import {
	activeEvent,
	firstInView,
	inDomain,
	inWindow,
	refocus,
	reveal,
	zoomCentre,
	type DrawnRows
} from './focus';

// Three lanes, in time order: a (lane 0, t=10), b (lane 1, t=20), c (lane 2, t=30), d (lane 0, t=40).
const events = [
	['a', 0, 10],
	['b', 1, 20],
	['c', 2, 30],
	['d', 0, 40]
].map(([id, lane, ms], index) => ({ id, lane, ms, index }) as unknown as TimelineEvent);
const byId = new Map(events.map((e) => [e.id, e]));
const marker = (id: string): Marker => {
	const e = byId.get(id)!;
	return {
		id,
		x: e.ms,
		y: 0,
		lane: e.lane,
		kind: 'adoption',
		evidence: 'record',
		index: e.index,
		party: false
	};
};
const rows = (lanes: number[], markers: string[], members: string[] = []): DrawnRows => ({
	lanes: lanes.map((index) => ({ index })),
	markers: markers.map(marker),
	members: members.map(marker)
});
const all: Domain = [0, 100];

describe('inDomain and inWindow', () => {
	it('take the window as half open', () => {
		expect(inDomain(10, [10, 20])).toBe(true);
		expect(inDomain(20, [10, 20])).toBe(false);
	});
	it('need the event’s lane drawn, when the rows are culled', () => {
		expect(inWindow(byId.get('c'), all, null)).toBe(true);
		expect(inWindow(byId.get('c'), all, rows([0, 1], []))).toBe(false);
		expect(inWindow(byId.get('c'), [0, 25], null)).toBe(false);
		expect(inWindow(undefined, all, null)).toBe(false);
	});
});

describe('firstInView', () => {
	it('is the earlier of the first single marker and the first cluster member', () => {
		expect(firstInView(rows([0, 1, 2], ['c', 'd'], ['b']))).toBe('b');
		expect(firstInView(rows([0, 1, 2], ['b'], ['c']))).toBe('b');
		expect(firstInView(rows([0], [], ['d']))).toBe('d');
		expect(firstInView(rows([0], []))).toBeUndefined();
		expect(firstInView(null)).toBeUndefined();
	});
});

describe('activeEvent', () => {
	const input = { focused: null, selected: null, events, byId, domain: all, rows: null };
	it('is the focused event, else the selected one, else the first, whichever is drawn', () => {
		expect(activeEvent({ ...input, focused: 'c', selected: 'b' })).toBe('c');
		expect(activeEvent({ ...input, focused: 'c', selected: 'b', domain: [15, 25] })).toBe('b');
		expect(activeEvent(input)).toBe('a');
	});
	it('is the first drawn event when none of those is drawn', () => {
		const drawn = rows([1, 2], ['c'], ['b']);
		expect(activeEvent({ ...input, focused: 'd', domain: [15, 35], rows: drawn })).toBe('b');
	});
	it('falls back to the focused, selected or first event when nothing is drawn', () => {
		const none = rows([], []);
		expect(activeEvent({ ...input, selected: 'c', domain: [50, 60], rows: none })).toBe('c');
		expect(activeEvent({ ...input, domain: [50, 60], rows: none })).toBe('a');
		expect(activeEvent({ ...input, events: [], byId: new Map() })).toBeNull();
	});
});

describe('reveal and zoomCentre', () => {
	it('centre the window on an event outside it, keeping its span', () => {
		expect(reveal([0, 10], 25)).toEqual([20, 30]);
		expect(reveal([0, 10], 5)).toBeNull();
	});
	it('zoom around the active event in the window, else the middle', () => {
		expect(zoomCentre([0, 10], 8)).toBe(8);
		expect(zoomCentre([0, 10], 12)).toBe(5);
		expect(zoomCentre([0, 10], undefined)).toBe(5);
	});
});

describe('refocus', () => {
	it('keeps an active event still in the window', () => {
		expect(refocus(events, byId.get('b'), [15, 25])).toBeNull();
	});
	it('moves to the event nearest the window’s middle, the earlier on a tie', () => {
		expect(refocus(events, byId.get('a'), [30, 40])?.id).toBe('c');
		expect(refocus(events, undefined, [20, 30])?.id).toBe('b');
		expect(refocus([], undefined, all)).toBeNull();
	});
});
