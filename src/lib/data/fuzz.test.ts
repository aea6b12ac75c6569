/**
 * Property-based fuzzing of the dataset boundary (issue "Hardened"): generated and mutated datasets
 * go through `loadDataset` and `parseDatasetText` (schema + cross-record validator). Whatever comes
 * in, the loader never throws, never touches a prototype, and a rejected input always carries at
 * least one error issue with a path ('' for the root) and a code the catalogue can render.
 * Mutations start from the real data/kazakhstan.json.
 *
 * 2 000 runs per property in CI (CI=true, as .ci/run sets), 500 locally; FUZZ_RUNS overrides (e.g.
 * FUZZ_RUNS=20000 for a long soak).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import ui from '$lib/i18n/messages/en.json';
import issues from '$lib/i18n/issues/en.json';

/** The interface catalogue with the dataset-issue messages. */
const en = { ...ui, ...issues };
import { parseDate } from './dates';
import { orderEvents } from './events';
import { loadDataset, parseDatasetText, type LoadResult } from './load';
import { formatIssue } from './validate';

const RUNS = Number(process.env.FUZZ_RUNS) || (process.env.CI ? 1000 : 500);
/** A property as a whole: far above what 2 000 runs take, only there to end a hang. */
const PROPERTY_MS = 120_000;
/** vitest's limit for one property test (its default 5 s is far below 2 000 runs). */
const TEST_MS = PROPERTY_MS + 30_000;

const text = readFileSync(
	fileURLToPath(new URL('../../../data/kazakhstan.json', import.meta.url)),
	'utf8'
);
const kazakhstan: unknown = JSON.parse(text);
const catalogue = en as Record<string, string>;

// ---------------------------------------------------------------------------------------------
// Oracles

/** What a prototype looks like now: its own keys (the pollution check compares against this). */
const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const shapeOf = () => PROTOTYPES.map((p) => Reflect.ownKeys(p).map(String).sort().join(','));
const PRISTINE = shapeOf();

/** Fails if any prototype gained (or lost) a key, or a fresh object sees a polluted property. */
function assertNoPollution(what: string) {
	const probe = {} as Record<string, unknown>;
	expect(probe.polluted, `${what}: ({}).polluted`).toBeUndefined();
	expect(probe.isAdmin, `${what}: ({}).isAdmin`).toBeUndefined();
	expect(shapeOf(), `${what}: a prototype changed`).toEqual(PRISTINE);
}

/** The path of the first object of a loaded dataset that is not a plain object or an array. */
function smuggled(node: unknown, path = ''): string | null {
	if (node === null || typeof node !== 'object') return null;
	const proto: unknown = Object.getPrototypeOf(node);
	if (proto !== Object.prototype && proto !== Array.prototype) return path || '(root)';
	for (const [k, v] of Object.entries(node)) {
		const bad = smuggled(v, `${path}.${k}`);
		if (bad) return bad;
	}
	return null;
}

/**
 * The contract of a load result: rejected ⇔ at least one error; every issue has a string path, a
 * code the catalogue knows (so it renders without ⟦…⟧), a severity and short params; an accepted
 * dataset is usable by the rest of the app (orderEvents) and made of plain objects.
 */
function assertContract(result: LoadResult) {
	expect(Array.isArray(result.issues)).toBe(true);
	for (const issue of result.issues) {
		expect(typeof issue.path).toBe('string');
		expect(typeof issue.code).toBe('string');
		expect(issue.code.length).toBeGreaterThan(0);
		expect(catalogue[`issue.${issue.code}`], `no message for issue.${issue.code}`).toBeTypeOf(
			'string'
		);
		expect(['error', 'warning']).toContain(issue.severity);
		for (const v of Object.values(issue.params)) expect(['string', 'number']).toContain(typeof v);
		expect(JSON.stringify(issue).length).toBeLessThan(1_000);
		// Renders without a missing-message marker (⟦key⟧); the data's own values, which may hold any
		// character including ⟦, are replaced so they cannot fool the check.
		const neutral = Object.fromEntries(Object.keys(issue.params).map((k) => [k, 'x']));
		expect(formatIssue({ ...issue, path: 'p', params: neutral }, en)).not.toContain('⟦');
	}
	const errors = result.issues.filter((i) => i.severity === 'error');
	if (result.dataset === null) {
		expect(errors.length, 'a rejected input has no error issue').toBeGreaterThan(0);
	} else {
		expect(errors).toEqual([]);
		expect(smuggled(result.dataset), 'an object with another prototype').toBeNull();
		expect(() => orderEvents(result.dataset!)).not.toThrow();
	}
}

const params = () => ({
	numRuns: RUNS,
	plugins: [fc.interruptAfterTimeLimit(PROPERTY_MS, { failOnInterrupt: true })],
	// Shrinking a failure of a 130 KB dataset is slow; the counterexample's path is enough.
	endOnFailure: true,
	// A failure from CI replays with the seed and path fast-check printed:
	// FC_SEED=-2050011388 FC_PATH=309 npx vitest run src/lib/data/fuzz.test.ts
	...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED), path: process.env.FC_PATH } : {})
});

// ---------------------------------------------------------------------------------------------
// Generators

/** Keys an attacker would try, and keys the schema knows (so they land where they matter). */
const hostileKey = fc.constantFrom(
	'__proto__',
	'constructor',
	'prototype',
	'toString',
	'valueOf',
	'hasOwnProperty',
	'__defineGetter__',
	'en',
	'ru',
	'kk',
	'id',
	'date',
	'events',
	'treaties',
	'sources',
	'polluted'
);
const anyKey = fc.oneof(fc.string({ maxLength: 12 }), hostileKey);

/** Strings that are not calendar dates, though some look close. */
const badDates = fc.oneof(
	fc.constantFrom(
		'0000-00-00',
		'0000',
		'0000-01-01',
		'2012-02-30',
		'1900-02-29',
		'2011-02-29',
		'1999-13-01',
		'1999-00-10',
		'1999-04-31',
		'1999-04-00',
		'-0500',
		'99999',
		'+1886',
		'1886-9-9',
		'1886-09-09T00:00:00Z',
		'1886-09-09 ',
		' 1886',
		'1886\n',
		'١٨٨٦',
		'１８８６',
		'1886/09/09',
		'',
		'null',
		'NaN'
	),
	// Well-shaped but impossible: day 32–99 or month 13–99.
	fc
		.tuple(
			fc.integer({ min: 1, max: 9999 }),
			fc.integer({ min: 0, max: 99 }),
			fc.integer({ min: 0, max: 99 })
		)
		.map(
			([y, m, d]) =>
				`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
		)
		.filter((s) => parseDate(s) === null)
);
/** Any date-like string, good or bad. */
const dates = fc.oneof(badDates, fc.constantFrom('1886', '1999-04', '2000-02-29', '9999-12-31'));

/** Strings that are long, strange or built to make a regular expression backtrack. */
const LONG = 'x'.repeat(20_001);
const HUGE = 'y'.repeat(1_000_000);
const hostileStrings = fc.oneof(
	fc.string({ unit: 'binary', maxLength: 40 }),
	fc.string({ unit: 'grapheme', maxLength: 40 }),
	fc.constantFrom(
		LONG,
		HUGE,
		'',
		'   ',
		'\u202Egnp.exe',
		'\u0000',
		'\uD800',
		'\uDFFF\uD800',
		'\uFEFF',
		'a-'.repeat(10_000) + '!',
		'en' + '-aa'.repeat(5_000) + '!',
		'a'.repeat(100_000) + '!',
		'https://' + 'a'.repeat(50_000) + ' x',
		'javascript:alert(1)',
		'<img src=x onerror=alert(1)>',
		'{{constructor.constructor("alert(1)")()}}',
		'__proto__',
		'constructor'
	),
	fc.nat({ max: 60_000 }).map((n) => 'z'.repeat(n))
);

/** An object whose own key is literally `__proto__` (as JSON.parse makes it), and friends. */
const pollutingObjects = fc.constantFrom(
	() => JSON.parse('{"__proto__": {"polluted": "yes", "isAdmin": true}}'),
	() => JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}'),
	() => JSON.parse('{"prototype": {"polluted": "yes"}, "en": "x"}'),
	() => JSON.parse('{"en": "x", "__proto__": {"en": "y", "polluted": 1}}'),
	() => JSON.parse('[{"__proto__": []}]')
);

/** Nesting `depth` levels deep, as arrays or as objects with a schema key. */
const deep = fc.tuple(fc.nat({ max: 3_000 }), fc.boolean()).map(([depth, arrays]) => () => {
	let node: unknown = 'leaf';
	for (let i = 0; i < depth; i++) node = arrays ? [node] : { en: node, events: [node] };
	return node;
});

/** Values that are not JSON at all (a caller may pass anything to loadDataset). */
const exotic = fc.constantFrom(
	() => new Date(Number.NaN),
	() => new Map([['en', 'x']]),
	() => new Set([1]),
	() => /x/g,
	() => () => 1,
	() => Symbol('x'),
	() => 10n,
	() => Number.NaN,
	() => Number.POSITIVE_INFINITY,
	() => -0,
	() => Number.MAX_SAFE_INTEGER + 2,
	() => Object.create(null),
	() => new Proxy({}, { get: () => 'x' }),
	() =>
		Object.defineProperty({}, 'en', {
			enumerable: true,
			get() {
				throw new Error('getter trap');
			}
		}),
	() => {
		const cyclic: Record<string, unknown> = { en: 'x' };
		cyclic.self = cyclic;
		cyclic.events = [cyclic];
		return cyclic;
	}
);

/** A factory of a value to put somewhere: each run gets its own fresh object. */
type Make = () => unknown;
const DELETE = Symbol('delete');
const values: fc.Arbitrary<Make> = fc.oneof(
	{ weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => () => structuredClone(v)) },
	{ weight: 3, arbitrary: hostileStrings.map((s) => () => s) },
	{ weight: 3, arbitrary: dates.map((s) => () => s) },
	{ weight: 2, arbitrary: pollutingObjects },
	{ weight: 1, arbitrary: deep },
	{ weight: 1, arbitrary: exotic },
	{ weight: 2, arbitrary: fc.constant(() => DELETE) },
	{
		weight: 2,
		arbitrary: fc.constantFrom<Make>(
			() => null,
			() => [],
			() => ({}),
			() => 0,
			() => -1,
			() => 1.5,
			() => true,
			() => '1',
			() => 1
		)
	}
);

/** Every path of a JSON value, as key lists ([] is the root itself). */
function pathsOf(node: unknown, at: (string | number)[] = [], out: (string | number)[][] = []) {
	out.push(at);
	if (Array.isArray(node)) node.forEach((v, i) => pathsOf(v, [...at, i], out));
	else if (node && typeof node === 'object')
		for (const [k, v] of Object.entries(node)) pathsOf(v, [...at, k], out);
	return out;
}
const PATHS = pathsOf(kazakhstan).filter((p) => p.length > 0);
const pathText = (keys: (string | number)[]) =>
	keys.reduce<string>(
		(s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : String(k)),
		''
	);

/**
 * Sets (or deletes) `keys` in `root`, defining an own property, so that `__proto__` becomes a key
 * as JSON.parse would make it rather than a prototype change.
 */
function put(root: unknown, keys: (string | number)[], value: unknown): unknown {
	if (keys.length === 0) return value === DELETE ? undefined : value;
	let node = root as Record<string | number, unknown>;
	for (const k of keys.slice(0, -1)) {
		const next = Object.prototype.hasOwnProperty.call(node, k) ? node[k] : undefined;
		if (!next || typeof next !== 'object') return root;
		node = next as Record<string | number, unknown>;
	}
	const last = keys[keys.length - 1]!;
	// An array's `length` (a new key may be any string): no JSON text makes one, and it cannot be
	// redefined; that mutation leaves the dataset as it was.
	if (Object.getOwnPropertyDescriptor(node, last)?.configurable === false) return root;
	if (value === DELETE) delete node[last];
	else
		Object.defineProperty(node, last, {
			value,
			enumerable: true,
			writable: true,
			configurable: true
		});
	return root;
}

/** A place in the real dataset: an existing path, or a new key under an existing object. */
const places = fc.oneof(
	{ weight: 4, arbitrary: fc.constantFrom(...PATHS) },
	{
		weight: 1,
		arbitrary: fc.tuple(fc.constantFrom([], ...PATHS), anyKey).map(([p, k]) => [...p, k])
	}
);
const mutations = fc.array(fc.tuple(places, values), { minLength: 1, maxLength: 6 });

/** The real dataset with the mutations applied, built fresh for each run. */
const mutated = (list: [(string | number)[], Make][]) => {
	let raw: unknown = structuredClone(kazakhstan);
	for (const [keys, make] of list) raw = put(raw, keys, make());
	return raw;
};
const describeMutations = (list: [(string | number)[], Make][]) =>
	list.map(([k, make]) => `${pathText(k) || '(root)'} ← ${String(make).slice(0, 60)}`).join('; ');

/** Any value at all, JSON or not. */
const anything = fc.anything({
	key: anyKey,
	maxDepth: 4,
	withNullPrototype: true,
	withBoxedValues: true,
	withMap: true,
	withSet: true,
	withBigInt: true,
	withDate: true,
	withTypedArray: true,
	withSparseArray: true,
	withObjectString: true
});

/** Random JSON of dataset-like shape: schema keys at every level. */
const shaped = fc.letrec((tie) => ({
	node: fc.oneof(
		{ depthSize: 'small' },
		fc.jsonValue({ maxDepth: 1 }),
		dates,
		fc.array(tie('node'), { maxLength: 4 }),
		fc.dictionary(anyKey, tie('node'), { maxKeys: 6 })
	)
})).node;

/** Whether two issue paths are the same place or one lies inside the other. */
const related = (a: string, b: string) =>
	a === b ||
	[a, b].some((x, i) => {
		const y = i ? a : b;
		return x !== '' && (y.startsWith(`${x}.`) || y.startsWith(`${x}[`));
	});

// ---------------------------------------------------------------------------------------------

describe('loadDataset under fuzzing', () => {
	it('starts from a dataset that loads with no issue (the oracle sees a clean baseline)', () => {
		const result = loadDataset(structuredClone(kazakhstan));
		expect(result.issues).toEqual([]);
		assertContract(result);
	});

	it(
		'never throws and pollutes nothing for any random value',
		() => {
			fc.assert(
				fc.property(anything, (raw) => {
					assertContract(loadDataset(raw));
					assertNoPollution('random value');
				}),
				params()
			);
		},
		TEST_MS
	);

	it(
		'never throws for random JSON of dataset-like shape (schema keys at every level)',
		() => {
			fc.assert(
				fc.property(shaped, (raw) => {
					assertContract(loadDataset(raw));
					assertNoPollution('dataset-shaped JSON');
				}),
				params()
			);
		},
		TEST_MS
	);

	it(
		'keeps the contract when the real dataset is mutated at random deep paths',
		() => {
			fc.assert(
				fc.property(mutations, (list) => {
					const raw = mutated(list);
					const result = loadDataset(raw);
					assertContract(result);
					assertNoPollution(describeMutations(list));
				}),
				params()
			);
		},
		TEST_MS
	);

	it(
		'reports a bad date at exactly its path, with a date code, wherever it is put',
		() => {
			const datePaths = PATHS.filter((p) => {
				const last = p[p.length - 1];
				return last === 'date' || last === 'from' || last === 'to' || last === 'checkedAsOf';
			});
			expect(datePaths.length).toBeGreaterThan(50);
			fc.assert(
				fc.property(fc.constantFrom(...datePaths), badDates, (keys, value) => {
					const raw = put(structuredClone(kazakhstan), keys, value);
					const result = loadDataset(raw);
					assertContract(result);
					expect(result.dataset).toBeNull();
					const here = result.issues.filter((i) => i.path === pathText(keys));
					expect(
						here.some((i) => i.code.startsWith('date.') && i.severity === 'error'),
						`${pathText(keys)} = ${JSON.stringify(value)} gave ${JSON.stringify(result.issues.slice(0, 3))}`
					).toBe(true);
				}),
				params()
			);
		},
		TEST_MS
	);

	it(
		'reports a missing required field or a value of the wrong type at its path',
		() => {
			// Every path whose parent is an object and whose removal must be an error: the required keys.
			const required = [
				['schemaVersion'],
				['version'],
				['checkedAsOf'],
				['title'],
				['title', 'en'],
				['party'],
				['range'],
				['sources'],
				['treaties']
			] as (string | number)[][];
			for (const p of PATHS) {
				const last = p[p.length - 1];
				const parent = p[p.length - 2];
				// A treaty's own `sources` is optional (default []); every other listed one is required.
				const optional = p.length === 3 && p[0] === 'treaties' && last === 'sources';
				if (
					typeof parent === 'number' &&
					!optional &&
					['id', 'sources', 'date'].includes(String(last))
				)
					required.push(p);
			}
			fc.assert(
				fc.property(
					fc.constantFrom(...required),
					fc.constantFrom<Make>(
						() => DELETE,
						() => null,
						() => 42,
						() => ({}),
						() => true
					),
					(keys, make) => {
						const value = make();
						const raw = put(structuredClone(kazakhstan), keys, value);
						const result = loadDataset(raw);
						assertContract(result);
						expect(result.dataset).toBeNull();
						const path = pathText(keys);
						// Reported at the key itself, inside it (`range` ← {} misses range.from) or, for a
						// list of the wrong type, at an enclosing path.
						expect(
							result.issues.some((i) => related(i.path, path)),
							`${path} ← ${String(value)}: ${JSON.stringify(result.issues.slice(0, 3))}`
						).toBe(true);
					}
				),
				params()
			);
		},
		TEST_MS
	);
});

describe('parseDatasetText under fuzzing', () => {
	it(
		'never throws and keeps the contract for random text',
		() => {
			fc.assert(
				fc.property(
					fc.oneof(
						fc.string({ unit: 'binary', maxLength: 200 }),
						fc.json(),
						fc.jsonValue().map((v) => '\uFEFF' + JSON.stringify(v)),
						hostileStrings
					),
					(s) => {
						assertContract(parseDatasetText(s));
						assertNoPollution('random text');
					}
				),
				params()
			);
		},
		TEST_MS
	);

	it(
		'never throws when the text of the real file is cut, spliced or given hostile keys',
		() => {
			const edits = fc.array(
				fc.tuple(
					fc.nat({ max: text.length }),
					fc.nat({ max: 40 }),
					fc.oneof(
						fc.string({ maxLength: 8 }),
						fc.constantFrom(
							'"__proto__": {"polluted": "yes"},',
							'"constructor": {"prototype": {"polluted": "yes"}},',
							'{"__proto__": [',
							'\\u0000',
							'\\ud800',
							'"',
							'{',
							'[',
							']',
							'}',
							',',
							':',
							'\u202E',
							'0000-00-00',
							'2012-02-30'
						)
					)
				),
				{ minLength: 1, maxLength: 4 }
			);
			fc.assert(
				fc.property(edits, (list) => {
					let s = text;
					for (const [at, cut, insert] of list) s = s.slice(0, at) + insert + s.slice(at + cut);
					assertContract(parseDatasetText(s));
					assertNoPollution('edited text');
				}),
				params()
			);
		},
		TEST_MS
	);

	it(
		'accepts hostile keys inside a valid file without polluting anything (they are dropped)',
		() => {
			fc.assert(
				fc.property(
					fc.constantFrom(
						...PATHS.filter((p) => {
							let node: unknown = kazakhstan;
							for (const k of p) node = (node as Record<string | number, unknown>)[k];
							return !!node && typeof node === 'object' && !Array.isArray(node);
						})
					),
					fc.constantFrom('__proto__', 'constructor', 'prototype'),
					(keys, key) => {
						const raw = structuredClone(kazakhstan);
						put(
							raw,
							[...keys, key],
							JSON.parse('{"polluted": "yes", "prototype": {"polluted": 1}}')
						);
						// Through text, as a file would come: JSON.parse makes `__proto__` an own key.
						const result = parseDatasetText(JSON.stringify(raw));
						assertContract(result);
						expect(result.dataset, JSON.stringify(result.issues.slice(0, 2))).not.toBeNull();
						assertNoPollution(`${pathText(keys)}.${key}`);
					}
				),
				params()
			);
		},
		TEST_MS
	);
});
