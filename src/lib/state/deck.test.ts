import { describe, expect, it } from 'vitest';
import raw from '../../../data/kazakhstan.json';
import { orderEvents, type TimelineEvent } from '$lib/data/events';
import type { Dataset } from '$lib/data/schema';
import { isPartyKind } from '$lib/layout/markers';
import { MIN_SPAN_MS } from '$lib/layout/zoom';
import { apart, APART, buildDeck } from './deck';
import { rangeDomain } from './window';

const dataset = raw as unknown as Dataset;
const events = orderEvents(dataset);
const home = rangeDomain(dataset.range);
const DAY = 86_400_000;
const byId = new Map(events.map((e) => [e.id, e]));

describe('buildDeck', () => {
	const deck = buildDeck(dataset, events, home);

	it('walks the story, then closes on the overview', () => {
		expect(deck).toHaveLength((dataset.story?.length ?? 0) + 1);
		expect(deck.slice(0, -1).map((s) => s.event)).toEqual(dataset.story?.map((s) => s.event));
		expect(deck.at(-1)).toEqual({
			event: null,
			treaty: null,
			domain: home,
			caption: null,
			overview: true
		});
		expect(deck.slice(0, -1).some((s) => s.overview)).toBe(false);
	});

	it('keeps every step’s event inside its window, apart from what could fold with it', () => {
		for (const step of deck.slice(0, -1)) {
			const ev = byId.get(step.event ?? '') as TimelineEvent;
			const [d0, d1] = step.domain;
			expect(ev.ms).toBeGreaterThanOrEqual(d0);
			expect(ev.ms).toBeLessThan(d1);
			if (isPartyKind(ev.event.kind)) continue;
			for (const e of events)
				if (e !== ev && e.lane === ev.lane && !isPartyKind(e.event.kind) && e.ms !== ev.ms)
					expect(Math.abs(e.ms - ev.ms), `${step.event} and ${e.id}`).toBeGreaterThanOrEqual(
						(d1 - d0) * APART
					);
		}
	});

	it('narrows the independence step, whose two context events are nine days apart', () => {
		const step = deck.find((s) => s.event === 'ctx-kz-independence');
		const story = dataset.story?.find((s) => s.event === 'ctx-kz-independence');
		expect(story).toMatchObject({ from: '1990-09', to: '1992-02' });
		expect(step!.domain[1] - step!.domain[0]).toBeLessThanOrEqual((9 * DAY) / APART);
	});

	it('without a story, steps through every event, then the overview', () => {
		const plain = buildDeck({ ...dataset, story: [] }, events, home);
		expect(plain).toHaveLength(events.length + 1);
		expect(plain.slice(0, -1).map((s) => s.event)).toEqual(events.map((e) => e.id));
		expect(plain.at(-1)?.overview).toBe(true);
	});

	it('has no overview when the party has no instrument and no entry into force', () => {
		const none: Dataset = {
			...dataset,
			treaties: dataset.treaties.map((t) => ({
				...t,
				events: t.events.filter(
					(e) => e.kind !== 'party-instrument' && e.kind !== 'party-entry-into-force'
				)
			}))
		};
		const steps = buildDeck(none, orderEvents(none), home);
		expect(steps).toHaveLength(dataset.story?.length ?? 0);
		expect(steps.some((s) => s.overview)).toBe(false);
	});
});

describe('apart', () => {
	const ev = byId.get('ctx-kz-independence') as TimelineEvent;
	const wide: [number, number] = [ev.ms - 300 * DAY, ev.ms + 100 * DAY];

	it('narrows around the event, keeping where it sits in the window', () => {
		const d = apart(wide, ev, events, home);
		expect(d[1] - d[0]).toBeCloseTo((9 * DAY) / APART, -3);
		expect((ev.ms - d[0]) / (d[1] - d[0])).toBeCloseTo(0.75, 6);
	});

	it('leaves a window where nothing could fold with the event', () => {
		const narrow: [number, number] = [ev.ms - 50 * DAY, ev.ms + 50 * DAY];
		expect(apart(narrow, ev, events, home)).toEqual(narrow);
	});

	it('leaves the party’s own events alone (they never fold)', () => {
		const p = byId.get('berne-party-instrument') as TimelineEvent;
		const d: [number, number] = [p.ms - 100 * 365 * DAY, p.ms + 10 * DAY];
		expect(apart(d, p, events, home)).toEqual(d);
	});

	it('never goes narrower than the narrowest window', () => {
		const twin: TimelineEvent = { ...ev, id: 'twin', ms: ev.ms + DAY };
		const d = apart(wide, ev, [...events, twin], home);
		expect(d[1] - d[0]).toBeCloseTo(MIN_SPAN_MS, -3);
	});
});
