import { describe, expect, it } from 'vitest';
import { orderEvents, type TimelineEvent } from '$lib/data/events';
import { laneNeighbour, nextEvent } from './navigation';
import { sampleDataset } from '../../../tests/helpers/layoutData';

const events = orderEvents(sampleDataset());
const LANES = 7;

/** Minimal events for tie cases: lane and ms are all the look-ups read. */
const ev = (id: string, lane: number, ms: number, index: number) =>
	({ id, lane, ms, index }) as TimelineEvent;

describe('nextEvent', () => {
	it.each([
		['steps forward in time order', 'berne-adoption', 1, 'berne-in-force'],
		['steps back in time order', 'berne-in-force', -1, 'berne-adoption'],
		['crosses lanes in time order', 'ucc-adoption', 1, 'rome-adoption'],
		['stays at the first event', 'berne-adoption', -1, 'berne-adoption'],
		['stays at the last event', 'rome-kz-in-force', 1, 'rome-kz-in-force'],
		['starts at the first event from nothing', null, 1, 'berne-adoption'],
		['starts at the last event from nothing going back', 'no-such-id', -1, 'rome-kz-in-force']
	] as const)('%s', (_name, id, dir, expected) => {
		expect(nextEvent(events, id, dir)?.id).toBe(expected);
	});

	it('returns null for no events', () => {
		expect(nextEvent([], 'x', 1)).toBeNull();
	});
});

describe('laneNeighbour', () => {
	it.each([
		['moves down to the closest date in the next lane', 'berne-kz-in-force', 1, 'rome-kz-law'],
		['moves up to the closest date in the lane above', 'rome-in-force', -1, 'berne-paris-act'],
		['goes from the last treaty into the context lane', 'wppt-kz-signature', 1, 'kz-copyright-law'],
		['returns null above the top lane', 'berne-adoption', -1, null],
		['returns null below the context lane', 'kz-independence', 1, null],
		['returns null for an unknown id', 'nope', 1, null]
	] as const)('%s', (_name, id, dir, expected) => {
		expect(laneNeighbour(events, id, dir, LANES)?.id ?? null).toBe(expected);
	});

	it('skips empty lanes to the nearest non-empty one', () => {
		const list = [ev('a', 0, 100, 0), ev('c', 3, 120, 1)];
		expect(laneNeighbour(list, 'a', 1, 4)?.id).toBe('c');
		expect(laneNeighbour(list, 'c', -1, 4)?.id).toBe('a');
	});

	it('breaks a tie in distance toward the earlier event', () => {
		const list = [ev('early', 1, 90, 0), ev('from', 0, 100, 1), ev('late', 1, 110, 2)];
		expect(laneNeighbour(list, 'from', 1, 2)?.id).toBe('early');
	});

	it('does not mutate the events', () => {
		const before = events.map((e) => e.id);
		laneNeighbour(events, 'berne-kz-in-force', 1, LANES);
		nextEvent(events, 'berne-adoption', 1);
		expect(events.map((e) => e.id)).toEqual(before);
	});
});
