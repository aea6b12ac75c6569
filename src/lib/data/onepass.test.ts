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

	it('still reports only the schema where nothing parses (a problem outside every list)', () => {
		const d = fresh() as unknown as Record<string, unknown>;
		delete d.party;
		const r = loadDataset(d);
		expect(r.issues.map((i) => i.path)).toContain('party');
	});
});
