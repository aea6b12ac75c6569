import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import raw from '../../../data/kazakhstan.json';
import { orderEvents } from '$lib/data/events';
import type { Dataset, EventKind, Treaty } from '$lib/data/schema';
import { toUtcMs } from '$lib/data/dates';
import { layoutTimeline, type TimelineGeometry } from './timeline';
import { timelineInput } from '../../../tests/helpers/layoutData';
import { MIN_SPAN_MS } from './zoom';
import type { Domain, Label } from './types';

const shipped = raw as unknown as Dataset;
const PARTY: readonly EventKind[] = [
	'party-signature',
	'party-instrument',
	'party-entry-into-force'
];
const RUNS = Number(process.env.FUZZ_RUNS) || (process.env.CI ? 400 : 150);

const layout = (dataset: Dataset, width: number, domain: Domain): TimelineGeometry =>
	layoutTimeline(timelineInput(dataset, width, domain));

const overlap = (a: Label, b: Label) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** What the issue asks of every width and window: the party's events are marks, each labelled. */
function checkParty(dataset: Dataset, width: number, domain: Domain) {
	const geo = layout(dataset, width, domain);
	const what = `${width} px, ${new Date(domain[0]).toISOString().slice(0, 10)}…${new Date(domain[1]).toISOString().slice(0, 10)}`;
	const party = orderEvents(dataset).filter(
		(e) => PARTY.includes(e.event.kind) && e.ms >= domain[0] && e.ms < domain[1]
	);
	const counted = new Set([...geo.clusters.flatMap((c) => c.ids), ...geo.members.map((m) => m.id)]);
	const markOf = new Map(
		geo.markers.flatMap((m) => [m.id, ...(m.with ?? [])].map((id) => [id, m]))
	);
	const labelled = new Set(geo.labels.map((l) => l.id));
	for (const e of party) {
		expect(counted.has(e.id), `${what}: ${e.id} in a count`).toBe(false);
		const mark = markOf.get(e.id);
		expect(mark, `${what}: ${e.id} not drawn`).toBeDefined();
		// Its mark is the party's and carries its date beside it.
		expect(mark!.party, `${what}: ${e.id} drawn as ${mark!.id}`).toBe(true);
		expect(labelled.has(mark!.id), `${what}: ${mark!.id} has no date label`).toBe(true);
	}
	const all = [...geo.labels, ...geo.delayLabels];
	for (let i = 0; i < all.length; i++)
		for (let j = i + 1; j < all.length; j++)
			expect(overlap(all[i]!, all[j]!), `${what}: ${all[i]!.id} × ${all[j]!.id}`).toBe(false);
	return geo;
}

/** A window inside 1886–2012 at least a month long. */
const windows = fc
	.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
	.map(([a, b]): Domain => {
		const lo = toUtcMs({ y: 1886 });
		const hi = toUtcMs({ y: 2013 });
		const [s, t] = [Math.min(a, b), Math.max(a, b)];
		const start = lo + s * (hi - lo - MIN_SPAN_MS);
		return [start, Math.max(start + MIN_SPAN_MS, lo + t * (hi - lo))];
	});
const widths = fc.integer({ min: 280, max: 2560 });

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const YEAR = 365.2425 * 86_400_000;

/**
 * A dataset shaped like the shipped one, its dates drawn at random: per treaty an adoption, its
 * entry into force, revisions, and the party's signature, domestic act, instrument and entry into
 * force three months later, as a party's path into a treaty goes.
 */
const specs = fc.array(
	fc.record({
		adopted: fc.double({ min: 1886, max: 2005, noNaN: true }),
		toForce: fc.double({ min: 0.1, max: 8, noNaN: true }),
		revisions: fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { maxLength: 4 }),
		signs: fc.option(fc.double({ min: 0, max: 3, noNaN: true })),
		joins: fc.double({ min: 0, max: 110, noNaN: true }),
		act: fc.double({ min: 0.05, max: 1.5, noNaN: true })
	}),
	{ minLength: 1, maxLength: 8 }
);

/** The dataset of those specs. */
function datasetOf(list: readonly Spec[]): Dataset {
	const at = (year: number) => iso(toUtcMs({ y: 1886 }) + (year - 1886) * YEAR);
	const end = 2012.9;
	const treaties = list.map((s, i): Treaty => {
		const id = `t${i}`;
		const event = (kind: EventKind, year: number, n = 0) => ({
			id: `${id}-${kind}-${n}`,
			kind,
			date: at(Math.min(year, end)),
			evidence: 'record'
		});
		const force = s.adopted + s.toForce;
		const joined = Math.min(force + s.joins, end);
		const events = [
			event('adoption', s.adopted),
			event('entry-into-force', force),
			...s.revisions.map((r, n) => event('revision', force + r, n)),
			...(s.signs === null ? [] : [event('party-signature', s.adopted + s.signs)]),
			event('domestic-act', joined - 0.25 - s.act),
			event('party-instrument', joined - 0.25),
			event('party-entry-into-force', joined)
		];
		const template = shipped.treaties[0]!;
		return { ...template, id, shortName: { en: `Treaty ${i}` }, events } as unknown as Treaty;
	});
	return { ...shipped, treaties, context: [] };
}
type Spec = typeof specs extends fc.Arbitrary<(infer S)[]> ? S : never;

describe("the party's events (issue: Kazakhstan's path at a glance)", () => {
	it('are marks of their own with a date label at every width and window, shipped dataset', () => {
		fc.assert(
			fc.property(widths, windows, (width, domain) => void checkParty(shipped, width, domain)),
			{ numRuns: RUNS }
		);
	});

	it('are so in the presets at the widths readers use', () => {
		const presets: Domain[] = [
			[toUtcMs({ y: 1886 }), toUtcMs({ y: 2013 })],
			[toUtcMs({ y: 1961 }), toUtcMs({ y: 2013 })],
			[toUtcMs({ y: 1991 }), toUtcMs({ y: 2013 })]
		];
		for (const width of [280, 375, 390, 768, 1280, 1920, 2560])
			for (const domain of presets) checkParty(shipped, width, domain);
	});

	it('are so in generated datasets of the same shape', () => {
		fc.assert(
			fc.property(
				specs,
				widths,
				windows,
				(list, width, domain) => void checkParty(datasetOf(list), width, domain)
			),
			{ numRuns: RUNS }
		);
	});

	it('join into one composite that carries all of its events where they are too close apart', () => {
		const geo = checkParty(shipped, 1280, [toUtcMs({ y: 1886 }), toUtcMs({ y: 2013 })]);
		const berne = geo.markers.find((m) => m.id === 'berne-party-entry-into-force');
		expect(berne?.with).toEqual(['berne-party-instrument']);
		// The WIPO Convention: in force (continued application) before the declaration.
		const wipo = geo.markers.find((m) => m.id === 'wipo-party-entry-into-force');
		expect(wipo?.with).toEqual(['wipo-party-instrument']);
		const rome = geo.markers.find((m) => m.id === 'rome-party-entry-into-force');
		expect(rome?.with).toEqual(['rome-domestic-act', 'rome-party-instrument']);
		// Zoomed into 1999, Berne's two events are marks apart.
		const zoomed = checkParty(shipped, 1280, [
			toUtcMs({ y: 1998, m: 12 }),
			toUtcMs({ y: 1999, m: 6 })
		]);
		expect(
			zoomed.markers.find((m) => m.id === 'berne-party-entry-into-force')?.with
		).toBeUndefined();
		expect(zoomed.markers.some((m) => m.id === 'berne-party-instrument')).toBe(true);
	});

	it('leave revisions to crowd into a stack that says what it is', () => {
		const geo = layout(shipped, 375, [toUtcMs({ y: 1886 }), toUtcMs({ y: 2013 })]);
		const stack = geo.clusters.find((c) => c.ids.includes('berne-revision-1971'));
		expect(stack?.kind ?? 'revisions').toBe('revisions');
	});
});
