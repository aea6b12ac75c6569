// Issue #26: small hostile documents must cost little to refuse or load. The issue cap, the array
// limits checked before the schema, combining marks and the missing languages counted once each.
import { describe, expect, it } from 'vitest';
import minimal from '../../../tests/fixtures/minimal.json';
import { loadDataset, parseDatasetText } from './load';
import { LIMITS, MAX_EVENTS, MAX_ISSUES, MAX_MARKS } from './limits';
import { checkSizes } from './sizes';

type Doc = Record<string, unknown> & {
	treaties: (Record<string, unknown> & { events: unknown[] })[];
	context: unknown[];
};
const fresh = () => structuredClone(minimal) as unknown as Doc;
const total = (r: ReturnType<typeof loadDataset>) =>
	r.issues.length + (r.omitted ?? []).reduce((n, o) => n + o.count, 0);

/** 17 500 context events with English-only label and note: 35 000 warnings, no error. */
function warned(n = 17_500): Doc {
	const d = fresh();
	const source = (d.sources as { id: string }[])[0]!.id;
	d.context = Array.from({ length: n }, (_, i) => ({
		id: `ctx-${i}`,
		kind: 'context',
		date: '1990',
		evidence: 'record',
		label: { en: `Event ${i}` },
		note: { en: 'A note' },
		sources: [source]
	}));
	return d;
}

describe('the issue cap', () => {
	it('keeps the first MAX_ISSUES problems in path order and counts the rest by code', () => {
		const d = fresh();
		d.treaties[0]!.events = [
			...Array.from({ length: 19_000 }, () => ({})),
			...d.treaties[0]!.events
		];
		const r = loadDataset(d);
		expect(r.dataset).toBeNull();
		expect(r.issues).toHaveLength(MAX_ISSUES);
		// Five required fields for each empty event, none lost: shown or counted.
		expect(total(r)).toBe(5 * 19_000);
		expect(r.omitted).toEqual([
			expect.objectContaining({
				code: 'required',
				severity: 'error',
				count: 5 * 19_000 - MAX_ISSUES
			})
		]);
		expect(r.issues[0]!.path).toBe('treaties[0].events[0].date');
		expect(r.issues.at(-1)!.path).toMatch(/^treaties\[0\]\.events\[199\]\./);
	});

	it('keeps every error ahead of the warnings, and loads a dataset with 35 000 warnings', () => {
		const ok = parseDatasetText(JSON.stringify(warned()));
		expect(ok.dataset?.context).toHaveLength(17_500);
		expect(ok.issues).toHaveLength(MAX_ISSUES);
		expect(ok.omitted).toEqual([
			expect.objectContaining({ code: 'text.missingLang', count: 35_000 * 2 - MAX_ISSUES })
		]);

		const broken = warned();
		(broken.context[17_000] as Record<string, unknown>).date = '2999';
		const r = loadDataset(broken);
		expect(r.dataset).toBeNull();
		expect(r.issues.filter((i) => i.severity === 'error').map((i) => i.path)).toEqual([
			'context[17000].date'
		]);
		expect(total(r)).toBe(70_001);
	});

	it('leaves a list up to the cap whole', () => {
		const d = fresh();
		d.treaties[0]!.events = Array.from({ length: MAX_ISSUES / 5 - 1 }, () => ({}));
		const r = loadDataset(d);
		expect(r.issues.filter((i) => i.code === 'required')).toHaveLength(MAX_ISSUES - 5);
		expect(r.omitted).toBeUndefined();
	});
});

describe('the array limits, checked before the elements', () => {
	/** A document with `count` empty items in the array at `set`'s place. */
	const over = (set: (d: Doc, items: unknown[]) => void, count: number) => {
		const d = fresh();
		set(
			d,
			Array.from({ length: count }, () => ({}))
		);
		return loadDataset(d);
	};
	const t0 = (d: Doc) => d.treaties[0] as Record<string, unknown>;
	const e0 = (d: Doc) => d.treaties[0]!.events[0] as Record<string, unknown>;
	const cases: [string, (d: Doc, items: unknown[]) => void, number][] = [
		['treaties', (d, x) => (d.treaties = x as Doc['treaties']), LIMITS.treaties],
		['sources', (d, x) => (d.sources = x), LIMITS.sources],
		['story', (d, x) => (d.story = x), LIMITS.story],
		['treaties[0].obligations', (d, x) => (t0(d).obligations = x), LIMITS.obligations],
		['treaties[0].provisions', (d, x) => (t0(d).provisions = x), LIMITS.obligations],
		['treaties[0].claims', (d, x) => (t0(d).claims = x), LIMITS.claims],
		['treaties[0].administeredBy', (d, x) => (t0(d).administeredBy = x), LIMITS.administeredBy],
		['treaties[0].sources', (d, x) => (t0(d).sources = x), LIMITS.sourceIds],
		['treaties[0].events[0].claims', (d, x) => (e0(d).claims = x), LIMITS.claims],
		['treaties[0].events[0].sources', (d, x) => (e0(d).sources = x), LIMITS.sourceIds],
		['title.unverified', (d, x) => ((d.title as Record<string, unknown>).unverified = x), 3]
	];
	it.each(cases)('refuses %s beyond its limit, with its path only', (path, set, max) => {
		const r = over(set, max + 1);
		expect(r.dataset).toBeNull();
		expect(r.issues).toEqual([
			expect.objectContaining({ path, code: 'array.long', params: { max, count: max + 1 } })
		]);
	});

	it('refuses more than MAX_EVENTS events in all before checking any of them', () => {
		const r = over((d, x) => (d.context = x), MAX_EVENTS);
		expect(r.issues.map((i) => i.code)).toEqual(['load.tooManyEvents']);
		// 100 000 empty events (some 300 KB): one issue, at once.
		const big = over((d, x) => (d.treaties[0]!.events = x), 100_000);
		expect(big.issues).toHaveLength(1);
	});

	it('accepts every array at its limit (the schema says the same)', () => {
		expect(
			checkSizes({ treaties: Array(LIMITS.treaties).fill({ administeredBy: Array(20) }) })
		).toEqual([]);
		const d = fresh();
		t0(d).administeredBy = Array(LIMITS.administeredBy).fill('WIPO');
		expect(loadDataset(d).dataset).not.toBeNull();
	});
});

describe('texts', () => {
	it('drops combining marks beyond MAX_MARKS on one letter, with a warning', () => {
		const d = fresh();
		(d.title as Record<string, unknown>).en = 'a' + '\u0301'.repeat(19_999);
		const r = loadDataset(d);
		expect(r.dataset?.title.en).toBe('a' + '\u0301'.repeat(MAX_MARKS));
		expect(r.issues).toContainEqual(
			expect.objectContaining({ path: 'title.en', code: 'text.marks', severity: 'warning' })
		);
		// A few marks on a letter are ordinary writing: kept, no warning.
		(d.title as Record<string, unknown>).en = 'e\u0301\u0308 x\u0301';
		const plain = loadDataset(d);
		expect(plain.dataset?.title.en).toBe('e\u0301\u0308 x\u0301');
		expect(plain.issues.map((i) => i.code)).not.toContain('text.marks');
	});

	it('reports a text missing both Russian and Kazakh twice', () => {
		const d = fresh();
		d.title = { en: 'Only English' };
		const langs = loadDataset(d)
			.issues.filter((i) => i.path === 'title' && i.code === 'text.missingLang')
			.map((i) => i.params.lang);
		expect(langs).toEqual(['ru', 'kk']);
	});
});
