import { describe, expect, it } from 'vitest';
import { toUtcMs } from '$lib/data/dates';
import type { Delay } from '$lib/data/delays';
import { barSegments, endBars, layoutDelayBars } from './delayBars';
import { layoutLanes, rowY } from './lanes';
import { sampleDataset } from '../../../tests/helpers/layoutData';
import { createTimeScale } from './timeScale';
import { domainOfDates } from './zoom';

const dataset = sampleDataset();
const lanes = layoutLanes(
	dataset.treaties.map((t) => t.id),
	{ laneHeight: 40, contextHeight: 24 }
);
const scale = createTimeScale(domainOfDates({ y: 1886 }, { y: 2012 }), [0, 1280]);
const fmt = (d: Delay) =>
	d.kind === 'retroactive' ? `−${d.value} ${d.unit}` : `+${d.value} ${d.unit}`;

describe('layoutDelayBars', () => {
	const bars = layoutDelayBars(dataset.treaties, scale, lanes, fmt);
	const bar = (id: string) => bars.find((b) => b.id === `${id}-delay`);

	it('draws Berne’s bar from general entry into force to entry into force for the party', () => {
		expect(bar('berne')).toEqual({
			id: 'berne-delay',
			lane: 0,
			x1: scale(toUtcMs({ y: 1887, m: 12, d: 5 })),
			x2: scale(toUtcMs({ y: 1999, m: 4, d: 12 })),
			y0: rowY(lanes[0]!, 'treaty'),
			y: rowY(lanes[0]!, 'party'),
			label: '+111 years',
			dashed: false,
			retroactive: false
		});
	});

	it('stops before the first mark of the party’s joining on its path, not at a signature', () => {
		const b = bar('berne')!;
		const mark = (x: number, kind: 'party-instrument' | 'party-signature') =>
			({ id: kind, x, y: b.y, lane: 0, kind, evidence: 'record', index: 0, party: true }) as const;
		expect(endBars([b], [])[0]!.x2).toBe(b.x2 - 9);
		expect(endBars([b], [mark(b.x2 - 40, 'party-instrument')])[0]!.x2).toBe(b.x2 - 49);
		expect(endBars([b], [mark(b.x2 - 40, 'party-signature')])[0]!.x2).toBe(b.x2 - 9);
	});

	it('is drawn either side of a label that sits on its line', () => {
		const b = { ...bar('berne')!, x1: 0, x2: 100 };
		const on = {
			id: b.id,
			text: '',
			x: 40,
			y: b.y - 7,
			width: 20,
			height: 14,
			tier: 0,
			visible: true
		};
		expect(barSegments(b, on)).toEqual([
			[0, 37],
			[63, 100]
		]);
		expect(barSegments(b, { ...on, y: b.y + 2 })).toEqual([[0, 100]]);
		expect(barSegments(b)).toEqual([[0, 100]]);
	});

	it.each([
		['rome', '+48 years', false, false],
		['wipo-convention', '+21 years', false, true],
		['phonograms', '+28 years', false, false],
		['wct', '+2 years', false, false],
		['wppt', '+2 years', false, false]
	])('labels %s %s (dashed %s, retroactive %s)', (id, label, dashed, retroactive) => {
		expect(bar(id)).toMatchObject({ label, dashed, retroactive });
	});

	it('dashes a bar whose party end is inferred or qualified', () => {
		const t = dataset.treaties[0]!;
		const inferred = {
			...t,
			events: t.events.map((e) =>
				e.kind === 'party-entry-into-force' ? { ...e, evidence: 'inferred' as const } : e
			)
		};
		expect(layoutDelayBars([inferred], scale, lanes, fmt)[0]?.dashed).toBe(true);
	});

	it('skips treaties without a lane or without a party entry into force', () => {
		expect(layoutDelayBars(dataset.treaties, scale, lanes.slice(0, 1), fmt)).toHaveLength(1);
		const t = dataset.treaties[0]!;
		const none = { ...t, events: t.events.filter((e) => e.kind !== 'party-entry-into-force') };
		expect(layoutDelayBars([none], scale, lanes, fmt)).toEqual([]);
	});

	it('does not mutate its inputs', () => {
		const before = structuredClone({ t: dataset.treaties, lanes });
		layoutDelayBars(dataset.treaties, scale, lanes, fmt);
		expect({ t: dataset.treaties, lanes }).toEqual(before);
	});
});
