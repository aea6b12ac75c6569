import { describe, expect, it } from 'vitest';
import { isolate } from '$lib/i18n/bidi';
import raw from '../../../data/kazakhstan.json';
import en from '../i18n/messages/en.json';
import kk from '../i18n/messages/kk.json';
import ru from '../i18n/messages/ru.json';
import { orderEvents } from '$lib/data/events';
import { CATEGORIES, EVENT_KINDS, type Dataset, type Lang } from '$lib/data/schema';
import type { Messages } from '$lib/i18n';
import { comboKey, revealDomain } from './combo';
import { DELAY_KEYS } from '$lib/data/delays';
import { delayRows } from './delayRows';
import {
	activeFilters,
	applyFilters,
	FILTER_KINDS,
	keptTreaties,
	toggleChoice,
	type Filters
} from './filters';
import { SORT_KEYS, sortRows, tableRows, type TableRow } from './tableRows';

const dataset = raw as unknown as Dataset;
const events = orderEvents(dataset);
const M: Record<Lang, Messages> = { en: en as Messages, ru: ru as Messages, kk: kk as Messages };
const NONE: Filters = { kinds: null, cats: null, treaties: null, context: null };

describe('applyFilters', () => {
	const ids = (d: Dataset) => d.treaties.map((t) => t.id);

	it('keeps everything with no filter, without copying treaties', () => {
		const out = applyFilters(dataset, NONE);
		expect(out.treaties).toEqual(dataset.treaties);
		expect(out.treaties[0]).toBe(dataset.treaties[0]);
		expect(out.context).toBe(dataset.context);
	});

	it.each(CATEGORIES)('keeps only the %s treaties by category', (cat) => {
		const out = applyFilters(dataset, { ...NONE, cats: [cat] });
		expect(out.treaties.length).toBeGreaterThan(0);
		expect(out.treaties.every((t) => t.category === cat)).toBe(true);
		expect(out.context).toBe(dataset.context);
	});

	it('keeps only the chosen treaties, in the dataset’s order', () => {
		expect(ids(applyFilters(dataset, { ...NONE, treaties: ['wppt', 'berne'] }))).toEqual([
			'berne',
			'wppt'
		]);
	});

	it('applies categories and treaties together', () => {
		const f = { ...NONE, cats: ['copyright'], treaties: ['berne', 'rome'] };
		expect(ids(applyFilters(dataset, f))).toEqual(['berne']);
	});

	it('keeps the treaties’ events of the chosen kinds, and all context events', () => {
		const out = applyFilters(dataset, { ...NONE, kinds: ['party-entry-into-force'] });
		expect(out.treaties).toHaveLength(dataset.treaties.length);
		for (const t of out.treaties) {
			expect(t.events.map((e) => e.kind)).toEqual(['party-entry-into-force']);
		}
		expect(out.context).toBe(dataset.context);
	});

	it('empties the context only when context is false', () => {
		expect(applyFilters(dataset, { ...NONE, context: false }).context).toEqual([]);
		expect(applyFilters(dataset, { ...NONE, context: true }).context).toBe(dataset.context);
	});

	it('does not mutate the dataset', () => {
		const before = JSON.stringify(dataset);
		applyFilters(dataset, {
			kinds: ['adoption'],
			cats: ['copyright'],
			treaties: null,
			context: false
		});
		expect(JSON.stringify(dataset)).toBe(before);
	});

	it('keeps treaties with all their events for comparisons (keptTreaties)', () => {
		const f = { kinds: ['adoption'], cats: ['copyright'], treaties: null, context: false };
		expect(keptTreaties(dataset, f)).toEqual(
			dataset.treaties.filter((t) => t.category === 'copyright')
		);
	});

	it('gives what the views draw: orderEvents of the result', () => {
		const out = orderEvents(applyFilters(dataset, { ...NONE, cats: ['related-rights'] }));
		expect(new Set(out.filter((e) => e.treaty).map((e) => e.treaty!.id))).toEqual(
			new Set(['rome', 'phonograms', 'wppt'])
		);
	});
});

describe('toggleChoice and activeFilters', () => {
	const all = ['a', 'b', 'c'];
	it.each<[string[] | null, string, boolean, string[] | null]>([
		[null, 'b', false, ['a', 'c']],
		[['a', 'c'], 'b', true, null],
		[['a'], 'c', true, ['a', 'c']],
		[['a'], 'a', false, ['a']],
		[['c', 'a'], 'b', true, null]
	])('%j %s → %s gives %j', (list, id, on, out) => {
		expect(toggleChoice(list, all, id, on)).toEqual(out);
	});

	it('counts the dimensions that narrow the view', () => {
		expect(activeFilters(NONE)).toBe(0);
		expect(activeFilters({ ...NONE, context: true })).toBe(0);
		expect(
			activeFilters({ kinds: ['adoption'], cats: ['copyright'], treaties: null, context: false })
		).toBe(3);
	});

	it('offers every kind but context, which has its own toggle', () => {
		expect([...FILTER_KINDS, 'context'].sort()).toEqual([...EVENT_KINDS].sort());
	});
});

describe('comboKey', () => {
	const at = (active: number, shown = true, text = true) => ({ active, count: 3, shown, text });
	it.each<[string, ReturnType<typeof at>, ReturnType<typeof comboKey>]>([
		['ArrowDown', at(-1), { type: 'move', to: 0 }],
		['ArrowDown', at(2), { type: 'move', to: 0 }],
		['ArrowUp', at(-1), { type: 'move', to: 2 }],
		['ArrowUp', at(0), { type: 'move', to: 2 }],
		['ArrowUp', at(2), { type: 'move', to: 1 }],
		['ArrowDown', at(-1, false), { type: 'move', to: 0 }],
		['Enter', at(-1), { type: 'choose', index: 0 }],
		['Enter', at(1), { type: 'choose', index: 1 }],
		['Enter', at(1, false), null],
		['Escape', at(1), { type: 'close' }],
		['Escape', at(-1, false), { type: 'clear' }],
		['Escape', at(-1, false, false), null],
		['a', at(0), null]
	])('%s from %j gives %j', (key, s, action) => {
		expect(comboKey(key, s)).toEqual(action);
	});
	it('does nothing with the arrows or Enter when there is nothing to choose', () => {
		for (const key of ['ArrowDown', 'ArrowUp', 'Enter']) {
			expect(comboKey(key, { active: -1, count: 0, shown: true, text: true })).toBeNull();
		}
	});
});

describe('revealDomain', () => {
	it('leaves a window that already shows the time well inside', () => {
		expect(revealDomain([0, 100], 50)).toBeNull();
		expect(revealDomain([0, 100], 6)).toBeNull();
	});
	it('centres the time, same span, when it is outside or at the very edge', () => {
		expect(revealDomain([0, 100], 150)).toEqual([100, 200]);
		expect(revealDomain([0, 100], 2)).toEqual([-48, 52]);
	});
});

describe('sortRows', () => {
	const rows = tableRows(events, dataset, 'en', M.en);
	const byIndex = (r: TableRow[]) => r.map((x) => x.index);
	const value = (r: TableRow, key: (typeof SORT_KEYS)[number]) =>
		key === 'date'
			? r.index
			: key === 'delay'
				? r.delayDays
				: key === 'sources'
					? r.sources.map((s) => s.label).join('; ')
					: r[key];
	const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

	it('builds one row per event, in time order, with the texts the table shows', () => {
		expect(byIndex(rows)).toEqual(events.map((e) => e.index));
		const berne = rows.find((r) => r.id === 'berne-party-entry-into-force')!;
		expect(berne).toMatchObject({
			treaty: 'Berne Convention',
			// The party's name isolated for bidi; the table renders it as a <bdi>.
			event: `Entered into force for ${isolate('Kazakhstan')}`,
			date: '12 April 1999',
			evidence: 'recorded',
			delay: '+111 years'
		});
		expect(berne.delayDays).toBeGreaterThan(40_000);
	});

	describe.each(SORT_KEYS)('by %s', (key) => {
		it.each(['ascending', 'descending'] as const)(
			'%s, empty cells last, ties in time order',
			(dir) => {
				const out = sortRows(rows, key, dir, 'en');
				expect(out).toHaveLength(rows.length);
				expect(new Set(out.map((r) => r.id)).size).toBe(rows.length);
				const sign = dir === 'ascending' ? 1 : -1;
				let seenEmpty = false;
				for (let i = 1; i < out.length; i++) {
					const [a, b] = [out[i - 1]!, out[i]!];
					const [va, vb] = [value(a, key), value(b, key)];
					const emptyB = vb === null || vb === '';
					const emptyA = va === null || va === '';
					if (emptyA) seenEmpty = true;
					if (seenEmpty) expect(emptyB, `${key} ${dir}: empty cells last`).toBe(true);
					if (emptyA || emptyB) continue;
					const c =
						typeof va === 'number' ? va - (vb as number) : collator.compare(String(va), String(vb));
					expect(c * sign, `${key} ${dir} at ${i}`).toBeLessThanOrEqual(0);
					if (c === 0) expect(a.index).toBeLessThan(b.index);
				}
			}
		);
	});

	it('sorts the date column by time order, not by its words', () => {
		expect(byIndex(sortRows(rows, 'date', 'ascending', 'en'))).toEqual(byIndex(rows));
		expect(byIndex(sortRows(rows, 'date', 'descending', 'en'))).toEqual(byIndex(rows).reverse());
	});

	it('sorts the delay column by days, empty last', () => {
		const down = sortRows(rows, 'delay', 'descending', 'en');
		expect(down[0]).toMatchObject({ id: 'berne-party-entry-into-force', delay: '+111 years' });
		const up = sortRows(rows, 'delay', 'ascending', 'en');
		expect(up[0]?.delayDays).toBe(Math.min(...rows.flatMap((r) => r.delayDays ?? [])));
		expect(up.at(-1)?.delayDays).toBeNull();
	});

	it('collates Kazakh text with Intl.Collator(kk)', () => {
		const kkRows = tableRows(events, dataset, 'kk', M.kk);
		const names = sortRows(kkRows, 'treaty', 'ascending', 'kk').map((r) => r.treaty);
		const expected = [...names].sort(new Intl.Collator('kk', { sensitivity: 'base' }).compare);
		expect(names).toEqual(expected);
	});

	it('does not mutate its input', () => {
		const before = byIndex(rows);
		sortRows(rows, 'treaty', 'descending', 'en');
		expect(byIndex(rows)).toEqual(before);
	});
});

describe('delayRows', () => {
	it.each(DELAY_KEYS)('gives one row per treaty for %s, longest first', (key) => {
		const rows = delayRows(dataset.treaties, key, 'en');
		expect(rows.map((r) => r.id).sort()).toEqual(dataset.treaties.map((t) => t.id).sort());
		const days = rows.map((r) =>
			r.delay ? (r.delay.delay.kind === 'retroactive' ? -1 : 1) * r.delay.delay.days : -Infinity
		);
		expect(days).toEqual([...days].sort((a, b) => b - a));
		expect(Math.max(...rows.map((r) => r.share))).toBe(1);
		for (const r of rows) expect(r.share).toBeGreaterThanOrEqual(0);
	});

	it('puts Berne first for general entry into force → in force for Kazakhstan', () => {
		const [first] = delayRows(dataset.treaties, 'forceToPartyForce', 'en');
		expect(first).toMatchObject({ id: 'berne', name: 'Berne Convention', share: 1 });
	});

	it('draws no bar for a retroactive delay, and sorts it after every forward one', () => {
		const rows = delayRows(dataset.treaties, 'instrumentToPartyForce', 'en');
		const wipo = rows.find((r) => r.id === 'wipo')!;
		expect(wipo.delay?.delay.kind).toBe('retroactive');
		expect(wipo.share).toBe(0);
		expect(rows.at(-1)?.id).toBe('wipo');
	});

	it('keeps the evidence: uncertain where an end is inferred', () => {
		// The WIPO Convention's entry into force for Kazakhstan is inferred (continued application).
		const rows = delayRows(dataset.treaties, 'forceToPartyForce', 'en');
		expect(rows.find((r) => r.id === 'wipo')?.delay?.uncertain).toBe(true);
		expect(rows.find((r) => r.id === 'berne')?.delay?.uncertain).toBe(false);
	});

	it('puts treaties missing an end last', () => {
		const t = { ...dataset.treaties[0]!, id: 'none', events: [] };
		const rows = delayRows([t, ...dataset.treaties], 'adoptionToForce', 'en');
		expect(rows.at(-1)).toMatchObject({ id: 'none', delay: null, share: 0 });
	});
});
