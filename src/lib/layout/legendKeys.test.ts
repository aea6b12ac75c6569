import { describe, expect, it } from 'vitest';
import raw from '../../../data/kazakhstan.json';
import { toUtcMs } from '$lib/data/dates';
import type { Dataset } from '$lib/data/schema';
import { legendKeys } from './legendKeys';
import { layoutTimeline } from './timeline';
import { timelineInput } from '../../../tests/helpers/layoutData';
import type { Domain } from './types';

const dataset = raw as unknown as Dataset;
const geo = (width: number, domain: Domain) =>
	layoutTimeline(timelineInput(dataset, width, domain));

describe('legendKeys', () => {
	it('names what the whole history shows, the party’s glyphs first, and nothing it does not', () => {
		const keys = legendKeys(geo(1280, [toUtcMs({ y: 1886 }), toUtcMs({ y: 2013 })]));
		expect(keys.kinds[0]).toBe('party-signature');
		expect(keys.kinds).toContain('party-entry-into-force');
		// Every instrument is drawn inside its joining's composite at this zoom.
		expect(keys.kinds).not.toContain('party-instrument');
		expect(keys).toMatchObject({ composite: true, count: true, uncertain: true, delay: true });
	});

	it('follows the window: 1999 shows Berne’s instrument apart', () => {
		const g = geo(1280, [toUtcMs({ y: 1998, m: 12 }), toUtcMs({ y: 1999, m: 6 })]);
		const keys = legendKeys(g);
		expect(keys.kinds).toEqual(['party-instrument', 'party-entry-into-force']);
		expect(keys).toMatchObject({ composite: false, stack: false, count: false, qualifier: false });
		// A qualified date on screen (≤, ≈) brings the qualifiers' key.
		const label = { ...g.labels[0]!, text: '≤1999' };
		expect(legendKeys({ ...g, labels: [label] }).qualifier).toBe(true);
	});
});
