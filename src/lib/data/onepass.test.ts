import { describe, expect, it } from 'vitest';
import raw from '../../../data/kazakhstan.json';
import { loadDataset } from './load';

const fresh = () =>
	structuredClone(raw) as unknown as {
		treaties: { id: string; events: Record<string, unknown>[] }[];
		context: Record<string, unknown>[];
	};

describe('loadDataset reports every problem in one pass', () => {
	it('runs the rules across records on what parsed, with paths in the document', () => {
		const d = fresh();
		// A schema problem (an event without a date) and, after it in the same list, a rule
		// problem (an id used twice) that only the rules see.
		delete d.treaties[0]!.events[1]!.date;
		d.treaties[0]!.events[3]!.id = d.treaties[0]!.events[2]!.id as string;
		// And one in another treaty: a schema problem only.
		d.treaties[2]!.events[0]!.kind = 'nonsense';
		const r = loadDataset(d);
		expect(r.dataset).toBeNull();
		const found = r.issues.map((i) => `${i.path} ${i.code}`);
		expect(found).toContain('treaties[0].events[1].date required');
		expect(found).toContain('treaties[0].events[3].id id.duplicate');
		expect(found).toContain('treaties[2].events[0].kind enum');
	});

	it('sorts the problems by path, in reading order', () => {
		const d = fresh();
		d.treaties[3]!.events[0]!.kind = 'x';
		d.treaties[1]!.events[2]!.kind = 'x';
		d.context[10]!.date = 'soon';
		const paths = loadDataset(d).issues.map((i) => i.path);
		const first = (p: string) => paths.findIndex((x) => x.startsWith(p));
		expect(first('context[10]')).toBeLessThan(first('treaties[1]'));
		expect(first('treaties[1]')).toBeLessThan(first('treaties[3]'));
	});

	it('runs the rules past a wrong format outside every list (checkedAsOf), as past a wrong shape in one', () => {
		const d = fresh() as unknown as ReturnType<typeof fresh> & { checkedAsOf: string };
		d.checkedAsOf = '2026/01/01';
		delete d.treaties[0]!.events[1]!.date;
		d.treaties[0]!.events[3]!.id = d.treaties[0]!.events[2]!.id as string;
		const found = loadDataset(d).issues.map((i) => `${i.path} ${i.code}`);
		expect(found).toEqual([
			'checkedAsOf date.format',
			'treaties[0].events[1].date required',
			'treaties[0].events[3].id id.duplicate'
		]);
		// The first use's path is the document's too (events[1] was left out of what parsed).
		const duplicate = loadDataset(d).issues.find((i) => i.code === 'id.duplicate');
		expect(duplicate?.params.first).toBe('treaties[0].events[2].id');
	});

	it('reports no reference to an event inside a treaty the schema refused', () => {
		const d = fresh() as unknown as ReturnType<typeof fresh> & {
			story: { event?: string }[];
		};
		const treaty = d.treaties[1]! as unknown as Record<string, unknown>;
		treaty.category = 'music';
		d.story = [{ event: d.treaties[1]!.events[0]!.id as string }];
		const found = loadDataset(d).issues.map((i) => `${i.path} ${i.code}`);
		expect(found).toEqual(['treaties[1].category enum']);
	});

	it('still reports only the schema where nothing parses (a wrong shape outside every list)', () => {
		const d = fresh() as unknown as Record<string, unknown>;
		delete d.party;
		const r = loadDataset(d);
		expect(r.issues.map((i) => i.path)).toContain('party');
	});
});
