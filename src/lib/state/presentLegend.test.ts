import { describe, expect, it } from 'vitest';
import raw from '../../../data/kazakhstan.json';
import { orderEvents } from '$lib/data/events';
import type { Dataset } from '$lib/data/schema';
import { presentLegend } from './presentLegend';
import { windowToDomain } from './window';

const dataset = raw as unknown as Dataset;
const events = orderEvents(dataset);
const legend = (from: string, to: string) =>
	presentLegend(events, dataset.treaties, windowToDomain(from, to)!);
const PARTY = ['party-signature', 'party-instrument', 'party-entry-into-force', 'joining'];

describe('presentLegend', () => {
	it('always lists the party’s glyphs, first', () => {
		const windows: [string, string][] = [
			['1886', '1890'],
			['1991-06', '1992-01'],
			['2012-01', '2012-09']
		];
		for (const [from, to] of windows) expect(legend(from, to).slice(0, 4)).toEqual(PARTY);
	});

	it('adds only what the window shows', () => {
		// 1886–1890: Berne's adoption and entry into force, its delay line; nothing uncertain.
		expect(legend('1886', '1890')).toEqual([...PARTY, 'adoption', 'entry-into-force', 'delay']);
		// Berne 1999: recorded dates, no adoption, no context.
		const berne = legend('1998-11', '1999-05');
		expect(berne).not.toContain('uncertain');
		expect(berne).not.toContain('adoption');
		expect(berne).not.toContain('context');
		// WIPO 1991–1993: the inferred entry into force and the article-only declaration.
		expect(legend('1991-11', '1993-06')).toContain('uncertain');
	});

	it('explains ≤ and ≈ when a date in the window has a qualifier', () => {
		const qualified = events.map((e) =>
			e.id === 'berne-party-instrument'
				? { ...e, event: { ...e.event, qualifier: 'on-or-before' as const } }
				: e
		);
		const d = windowToDomain('1998-11', '1999-05')!;
		expect(presentLegend(qualified, dataset.treaties, d)).toContain('qualifier');
		expect(presentLegend(events, dataset.treaties, d)).not.toContain('qualifier');
	});

	it('lists context events and laws when the window has them', () => {
		expect(legend('1991-06', '1992-01')).toContain('context');
		expect(legend('1996-01', '1996-12')).toContain('domestic-act');
	});

	it('leaves out the party’s kinds a dataset does not have', () => {
		const none = dataset.treaties.map((t) => ({
			...t,
			events: t.events.filter((e) => e.kind !== 'party-signature')
		}));
		const ds = { ...dataset, treaties: none };
		const items = presentLegend(orderEvents(ds), none, windowToDomain('1886', '2012')!);
		expect(items).not.toContain('party-signature');
		expect(items.slice(0, 3)).toEqual(['party-instrument', 'party-entry-into-force', 'joining']);
	});
});
