import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import sample from '../../../tests/fixtures/layout-sample.json';
import type { CalendarDate } from './dates';
import { computeDelay, treatyDelays } from './delays';
import { DatasetSchema, type Treaty } from './schema';

const dataset = v.parse(DatasetSchema, sample);
const treaty = (id: string) => dataset.treaties.find((t) => t.id === id) as Treaty;

describe('computeDelay', () => {
	it.each<[string, CalendarDate, CalendarDate, ReturnType<typeof computeDelay>]>([
		[
			'counts 111 whole years for Berne in force → in force for Kazakhstan',
			{ y: 1887, m: 12, d: 5 },
			{ y: 1999, m: 4, d: 12 },
			{ kind: 'years', value: 111, unit: 'years', days: 40670 }
		],
		[
			'counts exactly two years as years',
			{ y: 2000, m: 1, d: 1 },
			{ y: 2002, m: 1, d: 1 },
			{ kind: 'years', value: 2, unit: 'years', days: 731 }
		],
		[
			'counts a day short of two years as months',
			{ y: 2000, m: 1, d: 2 },
			{ y: 2002, m: 1, d: 1 },
			{ kind: 'months', value: 23, unit: 'months', days: 730 }
		],
		[
			'counts three months for instrument → entry into force',
			{ y: 1999, m: 1, d: 12 },
			{ y: 1999, m: 4, d: 12 },
			{ kind: 'months', value: 3, unit: 'months', days: 90 }
		],
		[
			'counts days when short of a calendar month',
			{ y: 2004, m: 1, d: 31 },
			{ y: 2004, m: 2, d: 28 },
			{ kind: 'days', value: 28, unit: 'days', days: 28 }
		],
		[
			'counts a month from the 12th to the 12th',
			{ y: 2004, m: 8, d: 12 },
			{ y: 2004, m: 9, d: 12 },
			{ kind: 'months', value: 1, unit: 'months', days: 31 }
		],
		[
			'counts days under a month',
			{ y: 2012, m: 3, d: 1 },
			{ y: 2012, m: 3, d: 30 },
			{ kind: 'days', value: 29, unit: 'days', days: 29 }
		],
		[
			'gives 0 days for the same date',
			{ y: 2004, m: 11, d: 12 },
			{ y: 2004, m: 11, d: 12 },
			{ kind: 'days', value: 0, unit: 'days', days: 0 }
		],
		[
			'marks WIPO continued application retroactive (13 months), never negative',
			{ y: 1993, m: 2, d: 16 },
			{ y: 1991, m: 12, d: 25 },
			{ kind: 'retroactive', value: 13, unit: 'months', days: 419 }
		],
		[
			'gives a long retroactive span in years',
			{ y: 2000, m: 1, d: 1 },
			{ y: 1990, m: 1, d: 1 },
			{ kind: 'retroactive', value: 10, unit: 'years', days: 3652 }
		],
		[
			'handles year-precision dates',
			{ y: 1974 },
			{ y: 1980 },
			{ kind: 'years', value: 6, unit: 'years', days: 2191 }
		],
		[
			'handles year 0050 without a 1900 shift',
			{ y: 50, m: 1, d: 1 },
			{ y: 52, m: 1, d: 1 },
			{ kind: 'years', value: 2, unit: 'years', days: 730 }
		]
	])('%s', (_name, from, to, expected) => {
		expect(computeDelay(from, to)).toEqual(expected);
	});

	it('does not mutate its dates', () => {
		const from = { y: 1993, m: 2, d: 16 };
		const to = { y: 1991, m: 12, d: 25 };
		computeDelay(from, to);
		expect([from, to]).toEqual([
			{ y: 1993, m: 2, d: 16 },
			{ y: 1991, m: 12, d: 25 }
		]);
	});
});

describe('treatyDelays', () => {
	it('gives Berne’s four delays with the ends’ evidence and qualifier', () => {
		const d = treatyDelays(treaty('berne'));
		expect(d.adoptionToForce?.delay).toMatchObject({ kind: 'months', value: 14 });
		expect(d.forceToPartyForce?.delay).toMatchObject({ kind: 'years', value: 111 });
		expect(d.forceToPartyForce?.uncertain).toBe(false);
		expect(d.forceToInstrument?.to).toEqual({
			id: 'berne-kz-instrument',
			date: { y: 1999, m: 1, d: 12 },
			evidence: 'inferred',
			qualifier: 'on-or-before'
		});
		expect(d.forceToInstrument?.uncertain).toBe(true);
		expect(d.instrumentToPartyForce?.delay).toMatchObject({ kind: 'months', value: 3 });
		expect(d.instrumentToPartyForce?.uncertain).toBe(true);
	});

	it('counts from when the party could act: its independence, or the adoption where later', () => {
		const berne = treatyDelays(treaty('berne'), '1991-12-16').actToPartyForce!;
		expect(berne.from).toEqual({
			id: 'party-can-act',
			date: { y: 1991, m: 12, d: 16 },
			evidence: 'record'
		});
		expect(berne.delay).toMatchObject({ kind: 'years', value: 7 });
		// A treaty adopted after independence: from its adoption.
		const late = {
			...treaty('berne'),
			events: treaty('berne').events.map((e) =>
				e.kind === 'adoption' ? { ...e, date: '1996-12-20' } : e
			)
		};
		expect(treatyDelays(late, '1991-12-16').actToPartyForce?.from.date).toEqual({
			y: 1996,
			m: 12,
			d: 20
		});
		// No such day in the dataset: from the adoption.
		expect(treatyDelays(treaty('berne')).actToPartyForce?.delay).toMatchObject({ value: 112 });
	});

	it('marks the WIPO Convention’s instrument → entry into force retroactive', () => {
		const d = treatyDelays(treaty('wipo-convention'));
		expect(d.instrumentToPartyForce?.delay).toEqual({
			kind: 'retroactive',
			value: 13,
			unit: 'months',
			days: 419
		});
		expect(d.forceToPartyForce?.delay).toMatchObject({ kind: 'years', value: 21 });
	});

	it.each([
		[
			'rome',
			{
				adoptionToForce: 2,
				forceToInstrument: 47,
				forceToPartyForce: 48,
				instrumentToPartyForce: 3
			}
		],
		[
			'wct',
			{ adoptionToForce: 5, forceToInstrument: 2, forceToPartyForce: 2, instrumentToPartyForce: 3 }
		]
	])('gives %s’s delays', (id, values) => {
		const d = treatyDelays(treaty(id));
		for (const [key, value] of Object.entries(values))
			expect(d[key as keyof typeof d]?.delay.value, key).toBe(value);
	});

	it('gives null where an end is missing', () => {
		const t: Treaty = {
			...treaty('wct'),
			events: treaty('wct').events.filter((e) => e.kind !== 'party-instrument')
		};
		const d = treatyDelays(t);
		expect(d.forceToInstrument).toBeNull();
		expect(d.instrumentToPartyForce).toBeNull();
		expect(d.forceToPartyForce).not.toBeNull();
	});

	it('does not mutate the treaty', () => {
		const t = treaty('berne');
		const before = structuredClone(t);
		treatyDelays(t);
		expect(t).toEqual(before);
	});
});
