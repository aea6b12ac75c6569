import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import minimal from '../../../tests/fixtures/minimal.json';
import { calendarDates } from '../../../tests/arbitraries';
import { compareDates, formatIso } from './dates';
import { compareEvents, orderEvents } from './events';
import { EVENT_KINDS } from './model';
import type { Dataset, EventKind, Treaty, TreatyEvent } from './schema';

const fresh = () => structuredClone(minimal) as unknown as Dataset;
const ev = (id: string, kind: EventKind, date: string): TreatyEvent => ({
	id,
	kind,
	date,
	evidence: 'record',
	sources: []
});
const treaty = (id: string, events: TreatyEvent[]): Treaty => ({
	...structuredClone(fresh().treaties[0]!),
	id,
	events,
	obligations: [],
	provisions: []
});
const ids = (d: Dataset) => orderEvents(d).map((e) => e.id);

describe('orderEvents', () => {
	it('puts the minimal fixture in time order, context events in their own last lane', () => {
		const d = fresh();
		const ordered = orderEvents(d);
		expect(ordered.map((e) => e.id)).toEqual([
			'berne-adoption',
			'berne-in-force',
			'kz-independence',
			'berne-kz-accession',
			'berne-kz-in-force'
		]);
		expect(ordered.map((e) => e.index)).toEqual([0, 1, 2, 3, 4]);
		expect(ordered.map((e) => e.lane)).toEqual([0, 0, 1, 0, 0]);
		expect(ordered[2]?.treaty).toBeNull();
		expect(ordered[0]?.ms).toBe(Date.parse('1886-09-09T00:00:00Z'));
	});

	it('breaks a tie on the date by kind, then by treaty order, context last', () => {
		const d = fresh();
		d.treaties = [
			treaty('berne', [
				ev('berne-domestic', 'domestic-act', '1999-04-12'),
				ev('berne-kz', 'party-entry-into-force', '1999-04-12')
			]),
			treaty('wct', [
				ev('wct-kz', 'party-entry-into-force', '1999-04-12'),
				ev('wct-in-force', 'entry-into-force', '1999-04-12')
			])
		];
		d.context = [ev('kz-law', 'domestic-act', '1999-04-12')];
		expect(ids(d)).toEqual(['wct-in-force', 'berne-kz', 'wct-kz', 'berne-domestic', 'kz-law']);
	});

	it('puts a month-precision date before a day on the first of that month', () => {
		const d = fresh();
		d.treaties = [treaty('berne', [ev('day', 'adoption', '1999-04-01')])];
		d.context = [ev('month', 'context', '1999-04'), ev('year', 'context', '1999')];
		expect(ids(d)).toEqual(['year', 'month', 'day']);
	});

	it('skips events whose date is not a calendar date', () => {
		const d = fresh();
		d.context = [ev('bad', 'context', '2012-02-30'), ev('good', 'context', '2012-02-29')];
		expect(ids(d)).toContain('good');
		expect(ids(d)).not.toContain('bad');
	});
});

describe('compareEvents', () => {
	// Dates of every precision, often on the same period's first day (ties are where it matters).
	const calendarDate = fc.oneof(
		calendarDates({ min: 1, max: 9999 }),
		fc.constantFrom(
			{ y: 1999 },
			{ y: 1999, m: 1 },
			{ y: 1999, m: 1, d: 1 },
			{ y: 1999, m: 1, d: 2 }
		)
	);
	const timelineEvent = fc
		.record({
			date: calendarDate,
			kind: fc.constantFrom(...EVENT_KINDS),
			lane: fc.integer({ min: 0, max: 3 })
		})
		.map(({ date, kind, lane }) => {
			const text = formatIso(date);
			return {
				...orderEvents({
					...fresh(),
					treaties: [treaty('t', [ev('e', kind, text)])],
					context: []
				})[0]!,
				lane
			};
		});

	it('orders as compareDates, then kind, then lane (it reads the precomputed ms)', () => {
		const rank = (k: EventKind) => EVENT_KINDS.indexOf(k);
		fc.assert(
			fc.property(timelineEvent, timelineEvent, (a, b) => {
				const expected =
					compareDates(a.date, b.date) ||
					rank(a.event.kind) - rank(b.event.kind) ||
					a.lane - b.lane;
				expect(Math.sign(compareEvents(a, b))).toBe(Math.sign(expected));
			}),
			{ numRuns: 3000 }
		);
	});
});
