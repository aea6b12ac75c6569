import { describe, expect, it } from 'vitest';
import raw from '../../../data/kazakhstan.json';
import { orderEvents } from '$lib/data/events';
import type { Dataset } from '$lib/data/schema';
import { toUtcMs, endUtcMs } from '$lib/data/dates';
import { estimateTextWidth } from './textWidth';
import { cullRows, laneScrollTop } from './rows';
import { timelineInput } from '../../../tests/helpers/layoutData';
import { LABELLED_MARKERS, layoutTimeline, MANY_MARKERS, timelineSizes } from './timeline';
import type { Domain, Label } from './types';

const dataset = raw as unknown as Dataset;
const events = orderEvents(dataset);
const windows: Record<string, Domain> = {
	whole: [toUtcMs({ y: 1886 }), endUtcMs({ y: 2012 })],
	'1961–2012': [toUtcMs({ y: 1961 }), endUtcMs({ y: 2012 })],
	'1991–2012': [toUtcMs({ y: 1991 }), endUtcMs({ y: 2012 })],
	'1999': [toUtcMs({ y: 1998, m: 12 }), endUtcMs({ y: 1999, m: 5 })]
};

const input = (width: number, domain: Domain) => timelineInput(dataset, width, domain);

const overlap = (a: Label, b: Label) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layoutTimeline', () => {
	for (const width of [280, 320, 768, 1280, 1920]) {
		for (const [name, domain] of Object.entries(windows)) {
			it(`places no two visible labels over each other at ${width} px, window ${name}`, () => {
				const geo = layoutTimeline(input(width, domain));
				const visible = [...geo.labels.filter((l) => l.visible), ...geo.delayLabels];
				for (let i = 0; i < visible.length; i++)
					for (let j = i + 1; j < visible.length; j++)
						expect(overlap(visible[i]!, visible[j]!), `${visible[i]!.id} × ${visible[j]!.id}`).toBe(
							false
						);
				for (const l of visible) {
					expect(l.x).toBeGreaterThanOrEqual(0);
					expect(l.x + l.width).toBeLessThanOrEqual(geo.plotWidth + 0.5);
				}
			});
		}
	}

	it('draws every event of the whole range as a mark, in a composite or inside a cluster', () => {
		const geo = layoutTimeline(input(1280, windows.whole!));
		const drawn = new Set([
			...geo.markers.flatMap((m) => [m.id, ...(m.with ?? [])]),
			...geo.clusters.flatMap((c) => c.ids)
		]);
		expect(drawn.size).toBe(events.length);
	});

	it('draws the 1991 and 1993 WIPO Convention events as one composite mark at phone width', () => {
		const geo = layoutTimeline(input(320, windows.whole!));
		const wipo = geo.markers.find((m) => m.id === 'wipo-party-entry-into-force');
		expect(wipo?.with).toEqual(['wipo-party-instrument']);
		expect(geo.clusters.some((c) => c.ids.includes('wipo-party-instrument'))).toBe(false);
	});

	it('separates them once zoomed to 1991–2012 at laptop width', () => {
		const geo = layoutTimeline(input(1280, windows['1991–2012']!));
		expect(geo.markers.map((m) => m.id)).toEqual(
			expect.arrayContaining(['wipo-party-entry-into-force', 'wipo-party-instrument'])
		);
	});

	it('labels Berne’s delay bar "+111 years" and marks WIPO’s as retroactive', () => {
		const geo = layoutTimeline(input(1920, windows.whole!));
		expect(geo.delayBars.find((b) => b.id === 'berne-delay')?.label).toBe('+111 years');
		const wipo = geo.delayBars.find((b) => b.id === 'wipo-delay');
		expect(wipo?.retroactive).toBe(true);
		expect(wipo?.label).toContain('in force retroactively');
		expect(wipo?.dashed).toBe(true);
	});

	it('keeps every delay label on its own bar’s row, over it or just before it, shortening a retroactive one where the note does not fit', () => {
		// The Kazakh note is long: at 800 px it once went a label's width to the left of WIPO's bar,
		// over the 1890s–1930s.
		const kk = { ...input(800, windows.whole!), retroactiveNote: 'кері күшпен қолданылады' };
		for (const inp of [kk, input(280, windows.whole!), input(1280, windows.whole!)]) {
			const geo = layoutTimeline(inp);
			for (const l of geo.delayLabels) {
				const bar = geo.delayBars.find((b) => b.id === l.id)!;
				const [lo, hi] = [Math.min(bar.x1, bar.x2), Math.max(bar.x1, bar.x2)];
				// The label's box and the bar's visible span overlap, or it ends just before the bar.
				const over = l.x < Math.min(hi, geo.plotWidth) && l.x + l.width > Math.max(lo, 0);
				const before = l.x + l.width <= lo && l.x + l.width >= lo - 8;
				expect(over || before, l.id).toBe(true);
			}
		}
		const wipo = layoutTimeline(kk).delayLabels.find((l) => l.id === 'wipo-delay');
		if (wipo) expect(['+21 years', '+21 years (кері күшпен қолданылады)']).toContain(wipo.text);
	});

	it('culls markers outside the window', () => {
		const geo = layoutTimeline(input(1280, windows['1999']!));
		expect(geo.markers.every((m) => m.x >= -16 && m.x <= geo.plotWidth + 16)).toBe(true);
		expect(geo.markers.map((m) => m.id)).toContain('berne-party-entry-into-force');
		expect(geo.markers.map((m) => m.id)).not.toContain('berne-adoption');
	});

	it('switches to unclustered, unlabelled canvas marks above maxSvg and maxLabelled markers', () => {
		const few = layoutTimeline(input(1280, windows.whole!));
		expect(few.many).toBe(false);
		// Every event in the window: marks (a composite stands for several) and cluster members.
		const count =
			few.markers.reduce((n, m) => n + 1 + (m.with?.length ?? 0), 0) + few.members.length;
		const many = layoutTimeline({
			...input(1280, windows.whole!),
			maxSvg: count - 1,
			maxLabelled: count - 1
		});
		expect(many.many).toBe(true);
		expect(many.markers).toHaveLength(count);
		expect(many.clusters).toEqual([]);
		expect(many.members).toEqual([]);
		expect(many.labels).toEqual([]);
		// Still in time order, so hit testing can search by x.
		expect(many.markers.every((m, i, all) => i === 0 || all[i - 1]!.x <= m.x)).toBe(true);
		// Zoomed in below the threshold: SVG markers, clusters and labels again.
		const zoomed = layoutTimeline({
			...input(1280, windows['1999']!),
			maxSvg: count - 1,
			maxLabelled: count - 1
		});
		expect(zoomed.many).toBe(false);
		expect(zoomed.labels.some((l) => l.visible)).toBe(true);
	});

	it('keeps clusters and date labels for canvas marks up to maxLabelled markers', () => {
		const svg = layoutTimeline(input(1280, windows.whole!));
		const count = svg.markers.length + svg.members.length;
		expect(svg.clusters.length).toBeGreaterThan(0);
		// On the canvas (above maxSvg) but labelled (up to maxLabelled): the same clusters and labels.
		const canvas = layoutTimeline({ ...input(1280, windows.whole!), maxSvg: count - 1 });
		expect(canvas.many).toBe(true);
		expect(canvas.clusters).toEqual(svg.clusters);
		expect(canvas.members).toEqual(svg.members);
		expect(canvas.markers).toEqual(svg.markers);
		expect(canvas.labels).toEqual(svg.labels);
		expect(canvas.labels.some((l) => l.visible)).toBe(true);
		// The defaults: canvas above MANY_MARKERS, labels up to LABELLED_MARKERS.
		expect(MANY_MARKERS).toBeLessThan(LABELLED_MARKERS);
	});

	it('laneScrollTop centres a lane out of view and leaves one in view alone', () => {
		const lane = { y: 900, height: 54 };
		expect(laneScrollTop(lane, 0, 600)).toBe(600);
		expect(laneScrollTop(lane, 600, 600)).toBeNull();
		expect(laneScrollTop({ y: 580, height: 54 }, 0, 600)).toBe(280);
		expect(laneScrollTop({ y: 100, height: 54 }, 400, 600)).toBe(0);
	});

	it('cullRows keeps only what lies in the rows between two heights, at the same y', () => {
		const geo = layoutTimeline(input(1280, windows.whole!));
		const lane = geo.lanes[2]!;
		const part = cullRows(geo, lane.y + 1, lane.y + lane.height - 1);
		expect(part.lanes).toEqual([lane]);
		expect(part.laneLabels.map((l) => l.id)).toEqual([lane.id]);
		expect(part.markers.every((m) => m.lane === lane.index)).toBe(true);
		expect(part.markers.length).toBeGreaterThan(0);
		expect(part.delayBars.every((b) => b.lane === lane.index)).toBe(true);
		expect(part.lanesBottom).toBe(geo.lanesBottom);
		expect(cullRows(geo, -1000, 1e6)).toBe(geo);
	});

	it('keeps the gutter within 34% of a phone’s width and breaks long lane names', () => {
		const geo = layoutTimeline(input(280, windows.whole!));
		expect(geo.gutter).toBeLessThanOrEqual(Math.round(280 * 0.34));
		for (const l of geo.laneLabels) {
			expect(l.lines.length).toBeLessThanOrEqual(3);
			for (const line of l.lines)
				expect(estimateTextWidth(line, 14)).toBeLessThanOrEqual(geo.gutter - 16);
		}
	});
});

describe('timelineSizes', () => {
	it('grows on big screens, shrinks lane names on phones and packs lanes in a presentation', () => {
		expect(timelineSizes(1280, false)).toEqual({
			labelPx: 12,
			lanePx: 14,
			laneHeight: 60,
			contextHeight: 40
		});
		expect(timelineSizes(1920, false)).toEqual({
			labelPx: 14,
			lanePx: 16,
			laneHeight: 72,
			contextHeight: 48
		});
		expect(timelineSizes(360, false).lanePx).toBe(12);
		expect(timelineSizes(1920, true)).toMatchObject({ laneHeight: 60, contextHeight: 40 });
	});
});
