import { describe, expect, it } from 'vitest';
import { orderEvents } from '$lib/data/events';
import { toUtcMs } from '$lib/data/dates';
import { layoutLanes } from './lanes';
import { isPartyKind, layoutMarkers } from './markers';
import { preferredDataset, sampleDataset } from '../../../tests/helpers/layoutData';
import { createTimeScale } from './timeScale';
import { domainOfDates } from './zoom';

const dataset = sampleDataset();
const events = orderEvents(dataset);
const lanes = layoutLanes(
	dataset.treaties.map((t) => t.id),
	{ laneHeight: 40, contextHeight: 24 }
);
const whole = domainOfDates({ y: 1886 }, { y: 2012 });

describe('layoutMarkers', () => {
	it('the fixture and the preferred dataset validate against the schema', () => {
		expect(dataset.treaties).toHaveLength(6);
		expect(preferredDataset().dataset.treaties.length).toBeGreaterThan(0);
	});

	it('places one marker per event at its date, on its lane’s treaty or party row', () => {
		const scale = createTimeScale(whole, [0, 1280]);
		const markers = layoutMarkers(events, scale, lanes);
		expect(markers).toHaveLength(events.length);
		const berne = markers.find((m) => m.id === 'berne-adoption');
		expect(berne).toMatchObject({
			y: Math.round(40 * 0.3),
			lane: 0,
			kind: 'adoption',
			evidence: 'record',
			party: false
		});
		expect(berne?.x).toBeCloseTo(scale(toUtcMs({ y: 1886, m: 9, d: 9 })), 9);
		// The party's events: the lower row.
		expect(markers.find((m) => m.id === 'berne-kz-in-force')?.y).toBe(Math.round(40 * 0.6));
		const context = markers.find((m) => m.id === 'kz-independence');
		expect(context).toMatchObject({ lane: 6, y: 6 * 40 + 12 });
	});

	it('keeps every marker inside its lane and in time order', () => {
		const markers = layoutMarkers(events, createTimeScale(whole, [0, 320]), lanes);
		for (const m of markers) {
			const lane = lanes[m.lane]!;
			expect(m.y).toBeGreaterThan(lane.y);
			expect(m.y).toBeLessThan(lane.y + lane.height);
		}
		expect(markers.map((m) => m.index)).toEqual(events.map((e) => e.index));
	});

	it.each([
		['party-signature', true],
		['party-instrument', true],
		['party-entry-into-force', true],
		['domestic-act', true],
		['adoption', false],
		['entry-into-force', false],
		['revision', false],
		['context', false]
	] as const)('flags %s as party: %s', (kind, party) => {
		expect(isPartyKind(kind)).toBe(party);
	});

	it.each([
		['1991–2012 at 320 px', domainOfDates({ y: 1991 }, { y: 2012 }), 320, 0],
		['1961–2012 at 768 px with a margin', domainOfDates({ y: 1961 }, { y: 2012 }), 768, 16],
		['2004 at 1280 px', domainOfDates({ y: 2004 }, { y: 2004 }), 1280, 30]
	])('culls to the window by binary search: %s', (_name, domain, width, margin) => {
		const scale = createTimeScale(domain, [0, width]);
		const culled = layoutMarkers(events, scale, lanes, { margin, width });
		const naive = layoutMarkers(events, scale, lanes).filter(
			(m) => m.x >= -margin - 1e-6 && m.x <= width + margin + 1e-6
		);
		expect(culled.map((m) => m.id)).toEqual(naive.map((m) => m.id));
		expect(culled.length).toBeLessThan(events.length);
	});

	it('skips events whose lane is not laid out (a filtered-out treaty)', () => {
		const some = lanes.filter((l) => l.id !== 'berne');
		const markers = layoutMarkers(events, createTimeScale(whole, [0, 800]), some);
		expect(markers.some((m) => m.id.startsWith('berne'))).toBe(false);
	});

	it('does not mutate its inputs', () => {
		const before = structuredClone({ events, lanes });
		layoutMarkers(events, createTimeScale(whole, [0, 800]), lanes, { width: 800 });
		expect({ events, lanes }).toEqual(before);
	});
});
