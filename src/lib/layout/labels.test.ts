import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderEvents } from '$lib/data/events';
import { shortDateLabel, englishDateFormat } from './format';
import { labelPriority, placeLabels } from './labels';
import { layoutLanes } from './lanes';
import { layoutMarkers } from './markers';
import { preferredDataset, sampleDataset } from '../../../tests/helpers/layoutData';
import { estimateTextWidth } from './textWidth';
import { createTimeScale } from './timeScale';
import type { Domain, Label, LabelItem } from './types';
import { domainOfDates } from './zoom';

const FONT = 11;
const R = 5;
/** A measure of 10 px per character keeps hand-made cases readable. */
const mono = (text: string) => text.length * 10;
const item = (id: string, x: number, y: number, text = 'abcd', priority = 0): LabelItem => ({
	id,
	x,
	y,
	text,
	priority
});

const intersects = (a: Label, b: Label) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The invariants every placement must keep. */
function expectValid(labels: Label[], points: { x: number; y: number }[], width: number, r = R) {
	const shown = labels.filter((l) => l.visible);
	for (const l of shown) {
		expect(l.x).toBeGreaterThanOrEqual(0);
		expect(l.x + l.width).toBeLessThanOrEqual(width + 1e-9);
		for (const p of points) {
			const covers =
				p.x > l.x - r && p.x < l.x + l.width + r && p.y > l.y - r && p.y < l.y + l.height + r;
			expect(covers, `${l.id} covers a marker at ${p.x},${p.y}`).toBe(false);
		}
	}
	for (let i = 0; i < shown.length; i++)
		for (let j = i + 1; j < shown.length; j++)
			expect(intersects(shown[i]!, shown[j]!), `${shown[i]!.id} × ${shown[j]!.id}`).toBe(false);
}

describe('placeLabels', () => {
	it('puts a span’s label on its line (centred, else at an end), else just before it, else over or under it', () => {
		const bar = (x0: number, x1: number, text: string, short?: string): LabelItem => ({
			...item('bar', (x0 + x1) / 2, 50, text, -1),
			span: [x0, x1],
			short
		});
		const opts = { fontPx: 10, width: 300, markerRadius: 0 };
		const mid = 50 - 6;
		// Room: centred on the line.
		expect(placeLabels([bar(100, 200, 'abcd')], mono, opts)[0]).toMatchObject({
			x: 130,
			y: mid,
			tier: 0,
			visible: true
		});
		// The middle taken: at the bar's start, on the line.
		const middle = [item('m', 150, 50 + 6, 'ab', 1)];
		const start = placeLabels([...middle, bar(60, 240, 'abcd')], mono, opts);
		expect(start[1]).toMatchObject({ x: 64, y: mid, visible: true });
		// Too short a bar for its label: just before its start, on the same line.
		expect(placeLabels([bar(100, 110, 'abcd')], mono, opts)[0]).toMatchObject({
			x: 100 - 4 - 40,
			y: mid,
			visible: true
		});
		// Too long for the plot: the short text instead.
		expect(
			placeLabels([bar(60, 140, 'a long note here', 'ab')], mono, { ...opts, width: 120 })[0]
		).toMatchObject({ text: 'ab', x: 90, width: 20, visible: true });
	});

	it('puts a `beside` label on its row’s line, right of the marker, else left of it', () => {
		const opts = { fontPx: 10, width: 300, markerRadius: 5 };
		const a = { ...item('a', 100, 50), beside: true };
		expect(placeLabels([a], mono, opts)[0]).toMatchObject({ x: 107, y: 44, visible: true });
		const b = { ...item('b', 130, 50), beside: true };
		const both = placeLabels([a, b], mono, opts);
		expect(both[1]).toMatchObject({ x: 137, y: 44, visible: true });
		// `a`'s right side is taken by `b`'s marker: its label goes left.
		expect(both[0]).toMatchObject({ x: 100 - 7 - 40, y: 44, visible: true });
	});

	it('keeps labels off the lines it is given (delay bars), but a span’s own', () => {
		const opts = { fontPx: 10, width: 300, markerRadius: 5, lines: [{ x0: 0, x1: 300, y: 50 }] };
		const a = { ...item('a', 100, 50), beside: true };
		const [label] = placeLabels([a], mono, opts);
		expect(label!.visible).toBe(true);
		expect(label!.y + label!.height <= 50 || label!.y >= 50).toBe(true);
	});

	it('puts a lone label right of and above its marker (tier 0)', () => {
		const [label] = placeLabels([item('a', 10, 50)], mono, { fontPx: 10, width: 300 });
		expect(label).toEqual({
			id: 'a',
			text: 'abcd',
			x: 12,
			y: 50 - R - 2 - 12,
			width: 40,
			height: 12,
			tier: 0,
			visible: true
		});
	});

	it.each([
		[
			'moves a label below (tier 1) when above would overlap',
			[item('a', 10, 50), item('b', 30, 50)],
			300,
			[0, 1]
		],
		['moves a label left (tier 2) at the right edge', [item('a', 280, 50)], 300, [2]],
		[
			'goes left-below (tier 3) when three slots are taken',
			[item('a', 100, 50), item('b', 100, 50), item('c', 100, 50), item('d', 100, 50)],
			300,
			[0, 1, 2, 3]
		]
	])('%s', (_name, items, width, tiers) => {
		const labels = placeLabels(items, mono, { fontPx: 10, width });
		expect(labels.map((l) => l.tier)).toEqual(tiers);
		expect(labels.every((l) => l.visible)).toBe(true);
	});

	it('hides a label when no slot is free, keeping items’ order', () => {
		const items = [0, 1, 2, 3, 4].map((i) => item(`m${i}`, 100 + i, 50));
		const labels = placeLabels(items, mono, { fontPx: 10, width: 300 });
		expect(labels.map((l) => l.id)).toEqual(items.map((i) => i.id));
		expect(labels.filter((l) => l.visible)).toHaveLength(2);
		expectValid(labels, items, 300);
	});

	it('drops non-party labels before party labels (party events last)', () => {
		const items = [item('general', 100, 50, 'abcd', 0), item('party', 101, 50, 'abcd', 1)];
		const crowded = [...items, item('x', 102, 50, 'abcd', 0)];
		const labels = placeLabels(crowded, mono, { fontPx: 10, width: 120 });
		expect(labels.find((l) => l.id === 'party')?.visible).toBe(true);
		expect(labelPriority({ party: true, kind: 'party-instrument' })).toBeGreaterThan(
			labelPriority({ party: false, kind: 'entry-into-force' })
		);
		expect(labelPriority({ party: false, kind: 'entry-into-force' })).toBeGreaterThan(
			labelPriority({ party: false, kind: 'revision' })
		);
	});

	it('keeps a marker radius clear around obstacles and other lanes’ markers', () => {
		const labels = placeLabels([item('a', 10, 50)], mono, {
			fontPx: 10,
			width: 300,
			obstacles: [{ x: 30, y: 38 }]
		});
		expect(labels[0]).toMatchObject({ tier: 1, visible: true });
	});

	it('keeps labels inside their lane bounds when given', () => {
		const labels = placeLabels([{ ...item('a', 10, 15), top: 0, bottom: 40 }], mono, {
			fontPx: 10,
			width: 300
		});
		expect(labels[0]).toMatchObject({ tier: 1, visible: true });
		const tight = placeLabels([{ ...item('a', 10, 10), top: 0, bottom: 20 }], mono, {
			fontPx: 10,
			width: 300
		});
		expect(tight[0]?.visible).toBe(false);
	});

	it('hides empty texts and is deterministic', () => {
		const items = [item('a', 10, 50, ''), item('b', 12, 50), item('c', 14, 50)];
		const labels = placeLabels(items, mono, { fontPx: 10, width: 300 });
		expect(labels[0]?.visible).toBe(false);
		expect(placeLabels(items, mono, { fontPx: 10, width: 300 })).toEqual(labels);
	});

	it('does not mutate its items', () => {
		const items = [item('a', 10, 50), item('b', 12, 50)];
		const before = structuredClone(items);
		placeLabels(items, mono, { fontPx: 10, width: 300 });
		expect(items).toEqual(before);
	});

	const ZOOMS: [string, Domain][] = [
		['the whole range', domainOfDates({ y: 1886 }, { y: 2012 })],
		['1961–2012', domainOfDates({ y: 1961 }, { y: 2012 })],
		['1991–2012', domainOfDates({ y: 1991 }, { y: 2012 })],
		['2004 (day labels)', domainOfDates({ y: 2004 }, { y: 2004 })]
	];
	const preferred = preferredDataset();
	const datasets = [
		preferred,
		{ name: 'tests/fixtures/layout-sample.json', dataset: sampleDataset() }
	]
		// The fixture is the fallback of preferredDataset: run it once.
		.filter((d, i, all) => all.findIndex((e) => e.name === d.name) === i);
	describe.each(datasets)('on $name', ({ dataset }) => {
		const events = orderEvents(dataset);
		const lanes = layoutLanes(
			dataset.treaties.map((t) => t.id),
			{ laneHeight: 44, contextHeight: 28 }
		);
		const byId = new Map(events.map((e) => [e.id, e]));
		describe.each(ZOOMS)('over %s', (_zoom, domain) => {
			it.each([280, 320, 768, 1280, 1920])(
				'no two visible label boxes intersect at %i px (with and without lane bounds)',
				(width) => {
					const scale = createTimeScale(domain, [0, width]);
					const markers = layoutMarkers(events, scale, lanes, { width });
					const items = markers.map((m) => {
						const e = byId.get(m.id)!;
						const span = domain[1] - domain[0];
						const text = shortDateLabel(e.date, span, englishDateFormat, e.event.qualifier);
						const lane = lanes[m.lane]!;
						return {
							id: m.id,
							x: m.x,
							y: m.y,
							text,
							priority: labelPriority(m),
							top: lane.y,
							bottom: lane.y + lane.height
						};
					});
					const unbounded = items.map(({ top: _t, bottom: _b, ...rest }) => rest);
					for (const list of [items, unbounded]) {
						const labels = placeLabels(list, estimateTextWidth, { fontPx: FONT, width });
						expect(labels.some((l) => l.visible)).toBe(true);
						expectValid(labels, markers, width);
					}
				}
			);
		});
	});

	it('never yields overlapping visible labels or labels outside [0, width] (property)', () => {
		const chars = [...'0123456789 AprМамыр≤әғқңөұүһі—'];
		const arbItem = (width: number) =>
			fc.record({
				id: fc.uuid(),
				x: fc.double({ min: -30, max: width + 30, noNaN: true }),
				y: fc.oneof(
					fc.constantFrom(22, 66, 110, 154),
					fc.double({ min: 0, max: 200, noNaN: true })
				),
				text: fc.string({ unit: fc.constantFrom(...chars), maxLength: 10 }),
				priority: fc.integer({ min: 0, max: 2 })
			});
		fc.assert(
			fc.property(
				fc
					.integer({ min: 40, max: 2000 })
					.chain((width) =>
						fc.tuple(fc.constant(width), fc.array(arbItem(width), { maxLength: 120 }))
					),
				fc.integer({ min: 8, max: 20 }),
				([width, items], fontPx) => {
					const labels = placeLabels(items, estimateTextWidth, { fontPx, width });
					expectValid(labels, items, width);
				}
			),
			{ numRuns: 200 }
		);
	});

	it('places 5000 labels, many of them shown', () => {
		let seed = 1;
		const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		const items = Array.from({ length: 5000 }, (_, i) =>
			item(`e${i}`, rand() * 1920, 22 + 44 * Math.floor(rand() * 7), '12 Apr', rand() < 0.3 ? 1 : 0)
		);
		const labels = placeLabels(items, estimateTextWidth, { fontPx: FONT, width: 1920 });
		expect(labels.filter((l) => l.visible).length).toBeGreaterThan(50);
	});
});
