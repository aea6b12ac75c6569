import { describe, expect, it } from 'vitest';
import { orderEvents } from '$lib/data/events';
import { toUtcMs } from '$lib/data/dates';
import { clusterMarkers } from './clusters';
import { layoutLanes } from './lanes';
import { layoutMarkers } from './markers';
import { sampleDataset } from '../../../tests/helpers/layoutData';
import { createTimeScale } from './timeScale';
import type { Domain, Marker } from './types';
import { domainOfDates, MIN_SPAN_MS } from './zoom';

const dataset = sampleDataset();
const events = orderEvents(dataset);
const lanes = layoutLanes(
	dataset.treaties.map((t) => t.id),
	{ laneHeight: 40, contextHeight: 24 }
);
const whole = domainOfDates({ y: 1886 }, { y: 2012 });
const WIPO_KZ = ['wipo-convention-kz-in-force', 'wipo-convention-kz-instrument'];
const WIPO_GENERAL = ['wipo-convention-adoption', 'wipo-convention-in-force'];

function at(width: number, domain: Domain = whole) {
	const scale = createTimeScale(domain, [0, width]);
	return { scale, markers: layoutMarkers(events, scale, lanes) };
}

const marker = (id: string, x: number, index: number, lane = 0): Marker => ({
	id,
	x,
	y: 20,
	lane,
	kind: 'adoption',
	evidence: 'record',
	index,
	party: false
});

describe('clusterMarkers', () => {
	it('merges the WIPO Convention 1991 and 1993 events at 280 px (2.5 px apart), and 1967/1970 too', () => {
		const { scale, markers } = at(280);
		const { clusters } = clusterMarkers(markers, scale);
		const ids = clusters.map((c) => c.ids);
		expect(ids).toContainEqual(WIPO_KZ);
		expect(ids).toContainEqual(WIPO_GENERAL);
	});

	it('still merges 1991/1993 at 1280 px (11.6 px apart) but not 1967/1970 (28 px apart)', () => {
		const { scale, markers } = at(1280);
		const { singles, clusters } = clusterMarkers(markers, scale);
		expect(clusters.map((c) => c.ids)).toContainEqual(WIPO_KZ);
		expect(singles.map((m) => m.id)).toEqual(expect.arrayContaining(WIPO_GENERAL));
	});

	it('separates 1991/1993 once zoomed to the cluster’s zoomTo at the same width', () => {
		for (const width of [280, 1280]) {
			const { scale, markers } = at(width);
			const cluster = clusterMarkers(markers, scale).clusters.find((c) => c.ids[0] === WIPO_KZ[0])!;
			const [z0, z1] = cluster.zoomTo;
			expect(z0).toBeLessThanOrEqual(toUtcMs({ y: 1991, m: 12, d: 25 }));
			expect(z1).toBeGreaterThanOrEqual(toUtcMs({ y: 1993, m: 2, d: 16 }));
			const zoomed = at(width, cluster.zoomTo);
			const after = clusterMarkers(zoomed.markers, zoomed.scale);
			expect(after.clusters.some((c) => c.ids.includes(WIPO_KZ[0]!))).toBe(false);
		}
	});

	it('puts a cluster at its members’ mean x with ids in time order', () => {
		const scale = createTimeScale([0, 1000], [0, 1000]);
		const { singles, clusters } = clusterMarkers(
			[marker('b', 10, 1), marker('a', 0, 0), marker('c', 100, 2)],
			scale
		);
		expect(clusters).toHaveLength(1);
		expect(clusters[0]).toMatchObject({ id: 'cluster-a', x: 5, y: 20, lane: 0, ids: ['a', 'b'] });
		expect(singles.map((m) => m.id)).toEqual(['c']);
	});

	it.each([
		['chains neighbours closer than minGap', [0, 20, 40, 60], 24, [['m0', 'm1', 'm2', 'm3']]],
		['keeps neighbours exactly minGap apart single', [0, 24, 48], 24, []],
		['respects a custom minGap', [0, 10, 40, 45], 8, [['m2', 'm3']]]
	])('%s', (_name, xs, minGap, expected) => {
		const markers = xs.map((x, i) => marker(`m${i}`, x, i));
		const scale = createTimeScale([0, 1000], [0, 1000]);
		expect(clusterMarkers(markers, scale, minGap).clusters.map((c) => c.ids)).toEqual(expected);
	});

	it('never merges markers of different lanes', () => {
		const scale = createTimeScale([0, 1000], [0, 1000]);
		const { clusters, singles } = clusterMarkers(
			[marker('a', 0, 0, 0), marker('b', 1, 1, 1)],
			scale
		);
		expect(clusters).toEqual([]);
		expect(singles).toHaveLength(2);
	});

	it('zooms same-day members to the one-month minimum span', () => {
		const day = toUtcMs({ y: 2004, m: 8, d: 12 });
		const scale = createTimeScale(whole, [0, 800]);
		const x = scale(day);
		const { clusters } = clusterMarkers([marker('a', x, 0), marker('b', x, 1)], scale);
		const [z0, z1] = clusters[0]!.zoomTo;
		expect(z1 - z0).toBe(MIN_SPAN_MS);
		expect((z0 + z1) / 2).toBeCloseTo(day, -3);
	});

	it('does not mutate its inputs', () => {
		const { scale, markers } = at(280);
		const before = structuredClone(markers);
		clusterMarkers(markers, scale);
		expect(markers).toEqual(before);
	});
});
