import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import ui from '$lib/i18n/messages/en.json';
import issues from '$lib/i18n/issues/en.json';

/** The interface catalogue with the dataset-issue messages. */
const en = { ...ui, ...issues };
import minimal from '../../../tests/fixtures/minimal.json';
import { loadDataset, parseDatasetText } from './load';
import { formatIssue } from './validate';

const fresh = (): Record<string, unknown> => structuredClone(minimal);

/** Sets (or, for `undefined`, deletes) the value at a path such as `treaties[0].events[1].date`. */
function set(target: unknown, path: string, value: unknown): void {
	const keys = path.match(/[^.[\]]+/g) ?? [];
	let node = target as Record<string, unknown>;
	for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
	const last = keys[keys.length - 1] ?? '';
	if (value === undefined) delete node[last];
	else node[last] = value;
}

const english = (raw: unknown) => loadDataset(raw).issues.map((issue) => formatIssue(issue, en));

describe('loadDataset', () => {
	it('returns the minimal fixture as a typed dataset with no issue', () => {
		const result = loadDataset(fresh());
		expect(result.issues).toEqual([]);
		expect(result.dataset?.treaties[0]?.events).toHaveLength(4);
		// Defaults are filled in: the dataset is complete for the rest of the app.
		expect(result.dataset?.treaties[0]?.obligations).toEqual([]);
	});

	it('does not modify its input', () => {
		const raw = fresh();
		set(raw, 'title.en', '  padded  ');
		const copy = structuredClone(raw);
		loadDataset(raw);
		expect(raw).toEqual(copy);
	});

	// Schema-level failures: each maps a valibot issue to our code, path and English message.
	it.each([
		{
			name: 'a value of the wrong type is a type issue',
			path: 'title',
			value: 'Test',
			messages: ['title: expected Object, got "Test"']
		},
		{
			name: 'a list given as a string is a type issue',
			path: 'treaties[0].events',
			value: 'none',
			messages: ['treaties[0].events: expected Array, got "none"']
		},
		{
			name: 'a missing key is required',
			path: 'treaties[0].events[0].kind',
			value: undefined,
			messages: ['treaties[0].events[0].kind: is required']
		},
		{
			name: 'a missing top-level key is required',
			path: 'range',
			value: undefined,
			messages: ['range: is required']
		},
		{
			name: 'a value outside a picklist is an enum issue listing the allowed values',
			path: 'treaties[0].category',
			value: 'music',
			messages: [
				'treaties[0].category: "music" is not one of institutional, copyright, related-rights'
			]
		},
		{
			name: 'an unsupported schemaVersion is reported',
			path: 'schemaVersion',
			value: 2,
			messages: ['schemaVersion: schemaVersion 2 is not supported (expected 1)']
		},
		{
			name: 'a blank English text is empty',
			path: 'treaties[0].name.en',
			value: '   ',
			messages: ['treaties[0].name.en: the text is empty']
		},
		{
			name: 'an over-long text is too long',
			path: 'title.en',
			value: 'x'.repeat(20_001),
			messages: ['title.en: the text is too long']
		},
		{
			name: 'an empty administeredBy list is reported',
			path: 'treaties[0].administeredBy',
			value: [],
			messages: ['treaties[0].administeredBy: must not be empty']
		},
		{
			name: 'a malformed language tag is reported',
			path: 'sources[0].lang',
			value: 'English',
			messages: ['sources[0].lang: "English" is not a language tag']
		},
		{
			name: 'a badly shaped date is a date.format issue, reported once',
			path: 'treaties[0].events[0].date',
			value: '9 September 1886',
			messages: [
				'treaties[0].events[0].date: "9 September 1886" is not an ISO calendar date (YYYY, YYYY-MM or YYYY-MM-DD)'
			]
		},
		{
			name: 'an id with capitals and spaces is an id.format issue',
			path: 'treaties[0].id',
			value: 'Berne Convention',
			messages: [
				'treaties[0].id: "Berne Convention" is not a valid id (lower-case letters, digits and hyphens)'
			]
		},
		{
			name: 'a failed format still lets the cross-record rules run',
			path: 'treaties',
			value: [],
			// Sorted by path: the story's comes first.
			messages: [
				'story[0].event: the story refers to "berne-adoption", which is not an event or treaty id',
				'treaties: must not be empty'
			]
		}
	])('$name', ({ path, value, messages }) => {
		const raw = fresh();
		set(raw, path, value);
		const result = loadDataset(raw);
		expect(result.issues.map((issue) => formatIssue(issue, en))).toEqual(messages);
		expect(result.issues.some((i) => i.path === path)).toBe(true);
		expect(result.issues[0]?.severity).toBe('error');
		expect(result.dataset).toBeNull();
	});

	it('reports every schema issue, not just the first, sorted by path', () => {
		const raw = fresh();
		set(raw, 'title', 5);
		set(raw, 'treaties[0].category', 'music');
		set(raw, 'treaties[0].events[2].kind', undefined);
		set(raw, 'sources[0].tier', 'Z');
		expect(loadDataset(raw).issues.map((i) => `${i.path} ${i.code}`)).toEqual([
			'sources[0].tier enum',
			'title type',
			'treaties[0].category enum',
			'treaties[0].events[2].kind required'
		]);
	});

	it('returns the dataset when there are only warnings', () => {
		const raw = fresh();
		set(raw, 'sources[0].url', 'ftp://example.org/berne.pdf');
		const result = loadDataset(raw);
		expect(result.dataset).not.toBeNull();
		expect(result.issues.map((i) => [i.code, i.severity])).toEqual([['url.scheme', 'warning']]);
	});
});

describe('loadDataset never throws', () => {
	const deep = (depth: number) => {
		let node: unknown = {};
		for (let i = 0; i < depth; i++) node = { treaties: [node], title: node };
		return node;
	};
	const cyclic = () => {
		const raw: Record<string, unknown> = fresh();
		raw.treaties = [raw];
		raw.title = raw;
		(raw.party as Record<string, unknown>).name = raw;
		return raw;
	};
	const hostile = new Proxy(
		{},
		{
			get() {
				throw new Error('trap');
			},
			has() {
				throw new Error('trap');
			}
		}
	);
	it.each([
		['null', null],
		['a number', 42],
		['a string', 'x'],
		['an array', []],
		['an empty object', {}],
		['undefined', undefined],
		['an object without a prototype', Object.create(null)],
		['10 000 levels of nesting', deep(10_000)],
		['a cyclic object', cyclic()],
		['a huge string', 'x'.repeat(5_000_000)],
		['a proxy whose traps throw', hostile]
	])('returns issues for %s', (_name, raw) => {
		const result = loadDataset(raw);
		expect(result.dataset).toBeNull();
		expect(result.issues.length).toBeGreaterThan(0);
		for (const issue of result.issues) expect(JSON.stringify(issue).length).toBeLessThan(1_000);
	});

	it('reports a root of the wrong type without a path prefix', () => {
		expect(english(null)).toEqual(['expected Object, got null']);
		expect(english([])).toEqual(['expected Object, got Array']);
		expect(english({ ...fresh(), title: ['Test'] })).toEqual(['title: expected Object, got Array']);
	});

	it('survives any value, and any value put anywhere in a valid dataset', () => {
		const paths: string[] = [];
		const collect = (node: unknown, path: string) => {
			if (path) paths.push(path);
			if (node && typeof node === 'object') {
				for (const [key, child] of Object.entries(node)) {
					collect(child, Array.isArray(node) ? `${path}[${key}]` : path ? `${path}.${key}` : key);
				}
			}
		};
		collect(minimal, '');
		fc.assert(fc.property(fc.anything(), (raw) => void loadDataset(raw)));
		fc.assert(
			fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
				const raw = fresh();
				set(raw, path, value);
				const result = loadDataset(raw);
				expect(result.dataset === null || !result.issues.some((i) => i.severity === 'error')).toBe(
					true
				);
			})
		);
	});

	it('does not pollute prototypes through __proto__ or constructor keys', () => {
		const text = JSON.stringify(fresh())
			.replace(
				/^\{/,
				'{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}},'
			)
			.replace('"en":"Test timeline"', '"en":"Test timeline","__proto__":{"polluted":"yes"}');
		const result = parseDatasetText(text);
		expect(result.issues).toEqual([]);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.prototype).not.toHaveProperty('polluted');
		expect(Object.getPrototypeOf(result.dataset)).toBe(Object.prototype);
		expect(Object.getPrototypeOf(result.dataset?.title)).toBe(Object.prototype);
	});
});

describe('parseDatasetText', () => {
	it('reports text that is not JSON as json.parse, at the root', () => {
		const result = parseDatasetText('{"schemaVersion": 1,');
		expect(result.dataset).toBeNull();
		expect(result.issues.map((i) => [i.path, i.code])).toEqual([['', 'json.parse']]);
		expect(formatIssue(result.issues[0]!, en)).toMatch(/^the file is not valid JSON \(.+\)$/);
	});

	it.each([
		['an empty file', ''],
		['10 000 nested arrays', '['.repeat(10_000) + ']'.repeat(10_000)],
		['100 000 nested arrays', '['.repeat(100_000) + ']'.repeat(100_000)],
		['a huge string', JSON.stringify('x'.repeat(5_000_000))],
		['a lone surrogate', '"\\ud800"']
	])('never throws for %s', (_name, text) => {
		expect(parseDatasetText(text).dataset).toBeNull();
	});

	it('accepts a file that starts with a byte-order mark', () => {
		expect(parseDatasetText('\uFEFF' + JSON.stringify(minimal)).issues).toEqual([]);
	});
});

describe('bidi control characters', () => {
	it('are warned about and removed from the loaded texts', () => {
		const bad = structuredClone(minimal) as typeof minimal;
		bad.title.en = 'Treaties \u202Eevil\u202C here';
		const result = loadDataset(bad);
		expect(result.issues.map((i) => i.code)).toContain('text.control');
		expect(result.dataset?.title.en).toBe('Treaties evil here');
	});
});

describe('the README', () => {
	it('shows a minimal dataset that validates with no error', () => {
		const readme = readFileSync(
			fileURLToPath(new URL('../../../README.md', import.meta.url)),
			'utf8'
		);
		const block = /A minimal dataset that validates:\s*```json\n([\s\S]*?)```/.exec(readme)?.[1];
		expect(block, 'README example missing').toBeTruthy();
		const result = parseDatasetText(block!);
		expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
		expect(result.dataset).not.toBeNull();
	});
});

describe('the example dataset', () => {
	it('data/example-russia.json validates with no issue at all', () => {
		const file = fileURLToPath(new URL('../../../data/example-russia.json', import.meta.url));
		const result = parseDatasetText(readFileSync(file, 'utf8'));
		expect(result.issues.map((issue) => formatIssue(issue, en))).toEqual([]);
	});
});

describe('the shipped dataset', () => {
	const file = fileURLToPath(new URL('../../../data/kazakhstan.json', import.meta.url));
	it('data/kazakhstan.json validates with no issue at all', () => {
		expect(existsSync(file), 'data/kazakhstan.json is missing').toBe(true);
		const result = parseDatasetText(readFileSync(file, 'utf8'));
		expect(result.issues.map((issue) => formatIssue(issue, en))).toEqual([]);
		expect(result.dataset).not.toBeNull();
	});

	// main.ts uses the shipped file as it is, without the validator in the first view: that is only
	// sound while loading it adds no defaults and trims nothing.
	it('loads to exactly the file (no default filled in, nothing trimmed)', () => {
		const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
		expect(loadDataset(raw).dataset).toEqual(raw);
	});
});
