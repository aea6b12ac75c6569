/**
 * Property-based fuzzing of the URL boundary (issue "Hardened"): random and hostile queries and
 * hashes go through `parseUrlState` (and `ViewState.fromUrl`). Whatever the link, the parser never
 * throws, never touches a prototype, returns only values of the documented types (every bad value
 * dropped and reported in `rejected`), and its canonical hash round-trips.
 *
 * 2 000 runs per property in CI (CI=true, as .ci/run sets); FUZZ_RUNS overrides.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import raw from '../../../data/kazakhstan.json';
import { endUtcMs, parseDate, toUtcMs } from '$lib/data/dates';
import { LANGS } from '$lib/data/model';
import type { Dataset } from '$lib/data/schema';
import { createKnown } from './known';
import {
	DEFAULT_NAV,
	MODES,
	THEMES,
	CONTROLS,
	VIEWS,
	formatHash,
	parseUrlState,
	type NavState,
	type QueryState,
	type UrlState
} from './url';
import { ViewState } from './viewState.svelte';

const RUNS = Number(process.env.FUZZ_RUNS) || (process.env.CI ? 1000 : 500);
const PROPERTY_MS = 60_000;
const TEST_MS = PROPERTY_MS + 30_000;
const params = () => ({
	numRuns: RUNS,
	plugins: [fc.interruptAfterTimeLimit(PROPERTY_MS, { failOnInterrupt: true })]
});

const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
const QUERY_KEYS = [
	'share',
	'mode',
	'theme',
	'contrast',
	'lang',
	'data',
	'treaties',
	'height',
	'plain',
	'static',
	'controls',
	'title',
	'legend'
] as const;
const NAV_KEYS = Object.keys(DEFAULT_NAV) as (keyof NavState)[];

// ---------------------------------------------------------------------------------------------
// Oracles

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const shapeOf = () => PROTOTYPES.map((p) => Reflect.ownKeys(p).map(String).sort().join(','));
const PRISTINE = shapeOf();
function assertNoPollution() {
	expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	expect(shapeOf()).toEqual(PRISTINE);
}

const isIdList = (v: unknown) =>
	v === null ||
	(Array.isArray(v) && v.length > 0 && v.length <= 500 && v.every((i) => ID.test(String(i))));
const isFlag = (v: unknown) => typeof v === 'boolean';

/** Every field of the result has its documented type, and no other key crept in. */
function assertShape({ query, nav, rejected }: UrlState) {
	expect(Object.getPrototypeOf(query)).toBe(Object.prototype);
	expect(Object.getPrototypeOf(nav)).toBe(Object.prototype);
	expect(Object.keys(query).sort()).toEqual([...QUERY_KEYS].sort());
	expect(Object.keys(nav).sort()).toEqual([...NAV_KEYS].sort());

	const q: QueryState = query;
	expect(MODES).toContain(q.mode);
	expect([null, ...THEMES]).toContain(q.theme);
	expect([null, 'high']).toContain(q.contrast);
	expect([null, ...LANGS]).toContain(q.lang);
	if (q.data !== null) {
		// http(s), or relative: read against an https page, it is http(s).
		expect(new URL(q.data, 'https://page.invalid/').protocol).toMatch(/^https?:$/);
		expect(q.data.length).toBeLessThanOrEqual(2000);
	}
	expect(isIdList(q.treaties)).toBe(true);
	if (q.height !== 'auto') {
		expect(Number.isInteger(q.height)).toBe(true);
		expect(q.height).toBeGreaterThanOrEqual(10);
		expect(q.height).toBeLessThanOrEqual(99_999);
	}
	expect(isFlag(q.plain) && isFlag(q.static)).toBe(true);
	if (q.share !== null) expect(q.share).toMatch(/^https?:\/\/[^/]/i);
	expect([null, ...CONTROLS]).toContain(q.controls);
	if (q.title !== null) expect(q.title).toMatch(/^\S(.{0,118}\S)?$/u);
	expect(['auto', 'none']).toContain(q.legend);

	for (const key of ['event', 'treaty'] as const)
		if (nav[key] !== null) expect(nav[key]).toMatch(ID);
	for (const key of ['from', 'to'] as const)
		if (nav[key] !== null) expect(parseDate(nav[key]), `${key}=${nav[key]}`).not.toBeNull();
	if (nav.from && nav.to)
		expect(endUtcMs(parseDate(nav.to)!)).toBeGreaterThan(toUtcMs(parseDate(nav.from)!));
	expect(VIEWS).toContain(nav.view);
	expect(isFlag(nav.present)).toBe(true);
	if (nav.step !== null) {
		expect(Number.isInteger(nav.step)).toBe(true);
		expect(nav.step).toBeGreaterThanOrEqual(1);
	}
	expect([null, ...LANGS]).toContain(nav.lang);
	expect(isIdList(nav.kinds) && isIdList(nav.cats) && isIdList(nav.treaties)).toBe(true);
	if (nav.q !== null) {
		expect(typeof nav.q).toBe('string');
		expect(nav.q.length).toBeLessThanOrEqual(200);
	}
	expect([null, true, false]).toContain(nav.context);

	for (const r of rejected) {
		expect(['query', 'hash']).toContain(r.part);
		expect(r.part === 'query' ? QUERY_KEYS : NAV_KEYS).toContain(r.key);
		expect(typeof r.value).toBe('string');
		expect(r.value.length).toBeLessThanOrEqual(60);
	}
}

/** The canonical hash of the parsed state parses back to the same state, with nothing rejected. */
function assertRoundTrip(nav: NavState) {
	const hash = formatHash(nav);
	const again = parseUrlState('', hash);
	expect(again.rejected, hash).toEqual([]);
	expect(again.nav, hash).toEqual(nav);
	expect(formatHash(again.nav)).toBe(hash);
}

// ---------------------------------------------------------------------------------------------
// Generators

const hostileKey = fc.constantFrom(
	'__proto__',
	'constructor',
	'prototype',
	'toString',
	'hasOwnProperty',
	'__proto__[polluted]',
	'constructor[prototype][polluted]',
	'polluted'
);
const keys = fc.oneof(
	{ weight: 5, arbitrary: fc.constantFrom(...QUERY_KEYS, ...NAV_KEYS) },
	{ weight: 2, arbitrary: hostileKey },
	{ weight: 1, arbitrary: fc.string({ maxLength: 8 }) }
);
const values = fc.oneof(
	fc.string({ maxLength: 30 }),
	fc.string({ unit: 'binary', maxLength: 30 }),
	fc.constantFrom(
		'',
		'1',
		'0',
		'true',
		'false',
		'embed',
		'present',
		'dark',
		'ru',
		'kk',
		'fr',
		'high',
		'auto',
		'480',
		'9',
		'999999',
		'-5',
		'1e3',
		'0x10',
		' 480',
		'table',
		'about',
		'map',
		'berne-adoption',
		'Berne',
		'berne,rome',
		'berne,,rome',
		',',
		'a'.repeat(81),
		'1886',
		'2012-02-30',
		'0000-00-00',
		'-0500',
		'99999',
		'2004-08-12',
		'1999-13',
		'https://example.org/d.json',
		'HTTPS://EXAMPLE.ORG/',
		'http://127.0.0.1:1/x',
		'javascript:alert(1)',
		'data:application/json,{}',
		'//evil.example/x.json',
		'file:///etc/passwd',
		'https://' + 'a'.repeat(2100),
		'x'.repeat(201),
		'x'.repeat(100_000),
		'%',
		'%E0%A4%A',
		'%00',
		'%ZZ',
		'%2C%2C',
		'\u202E',
		'\uD800',
		'<script>alert(1)</script>',
		'{"polluted":1}'
	)
);
/** encodeURIComponent, or the raw text where it has a lone surrogate (which cannot be encoded). */
const enc = (s: string) => {
	try {
		return encodeURIComponent(s);
	} catch {
		return s;
	}
};
/** Encodes a piece of a URL the way a link might carry it: cleanly, raw, or half-broken. */
const encode = (s: string, how: number) =>
	how === 0
		? enc(s)
		: how === 1
			? s
			: how === 2
				? s.replace(/ /g, '+')
				: enc(s).replace(/%../, '%');
const pairs = fc
	.array(fc.tuple(keys, values, fc.nat({ max: 3 }), fc.boolean()), { maxLength: 12 })
	.map((list) =>
		list
			.map(([k, v, how, bare]) =>
				bare && v === '' ? encode(k, how) : `${encode(k, how)}=${encode(v, how)}`
			)
			.join('&')
	);
const part = fc.oneof(
	{ weight: 6, arbitrary: pairs },
	{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
	{ weight: 1, arbitrary: fc.webQueryParameters() },
	{ weight: 1, arbitrary: fc.webFragments() },
	{
		weight: 1,
		arbitrary: fc.constantFrom(
			'&'.repeat(10_000),
			'='.repeat(10_000),
			'%'.repeat(10_000),
			'a=1&'.repeat(5_000),
			'event=' + 'a'.repeat(200_000),
			'q=' + '%41'.repeat(30_000)
		)
	}
);
const search = fc.tuple(fc.constantFrom('?', '', '??', '#'), part).map(([p, s]) => p + s);
const hash = fc.tuple(fc.constantFrom('#', '', '##', '?'), part).map(([p, s]) => p + s);

/** A lone UTF-16 surrogate (a pasted search can hold one; see the tests at the end). */
const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Callers that pass something other than a string, some of them hostile (throwing on String()). */
const hostileInput = (): [string, unknown][] => {
	const boom = () => {
		throw new Error('touched');
	};
	const trap = new Proxy({}, { get: boom, has: boom, ownKeys: boom, getPrototypeOf: boom });
	return [
		['undefined', undefined],
		['null', null],
		['0', 0],
		['NaN', Number.NaN],
		['a bigint', 10n],
		['true', true],
		['a symbol', Symbol('hash')],
		['{}', {}],
		['an array of a hash', ['#event=berne-adoption']],
		['{toString: 0}', { toString: 0 }],
		['throwing toString and valueOf', { toString: boom, valueOf: boom }],
		['throwing Symbol.toPrimitive', { [Symbol.toPrimitive]: boom }],
		['Object.create(null)', Object.create(null)],
		['a String object', new String('#event=berne-adoption')],
		['a function', boom],
		['a Proxy that throws on every trap', trap]
	];
};

// ---------------------------------------------------------------------------------------------

describe('parseUrlState under fuzzing', () => {
	it(
		'never throws, pollutes nothing and returns only documented values',
		() => {
			fc.assert(
				fc.property(search, hash, (s, h) => {
					const state = parseUrlState(s, h);
					assertShape(state);
					assertNoPollution();
				}),
				params()
			);
		},
		TEST_MS
	);

	it(
		'round-trips: the canonical hash of whatever was kept parses back to the same state',
		() => {
			fc.assert(
				fc.property(hash, (h) => {
					assertRoundTrip(parseUrlState('', h).nav);
				}),
				params()
			);
		},
		TEST_MS
	);

	it(
		'survives values that are not strings at all (a caller passing null, numbers, objects)',
		() => {
			fc.assert(
				fc.property(fc.anything(), fc.anything(), (s, h) => {
					const state = parseUrlState(s as unknown as string, h as unknown as string);
					assertShape(state);
					assertNoPollution();
				}),
				params()
			);
		},
		TEST_MS
	);
});

describe('ViewState.fromUrl under fuzzing', () => {
	const dataset = raw as unknown as Dataset;
	const known = createKnown(dataset);
	it(
		'never throws and keeps the view inside the dataset: a known event, a finite window in range',
		() => {
			const view = new ViewState(known, { push: () => {}, replace: () => {} });
			fc.assert(
				fc.property(search, hash, (s, h) => {
					view.fromUrl(s, h);
					if (view.selected !== null) expect(known.events.has(view.selected)).toBe(true);
					if (view.treaty !== null) expect(known.treaties.has(view.treaty)).toBe(true);
					const [d0, d1] = view.domain;
					expect(Number.isFinite(d0) && Number.isFinite(d1) && d0 < d1).toBe(true);
					// Inside the dataset's range plus margin: clamping changes nothing (to the ms).
					const [c0, c1] = known.clamp([d0, d1]);
					expect(Math.abs(c0 - d0) + Math.abs(c1 - d1)).toBeLessThan(1);
					if (view.step !== null) {
						expect(view.step).toBeGreaterThanOrEqual(1);
						expect(view.step).toBeLessThanOrEqual(known.deck.length);
					}
					expect(() => view.hash).not.toThrow();
					assertNoPollution();
				}),
				params()
			);
		},
		TEST_MS
	);
});

describe('parseUrlState with inputs that are not strings', () => {
	it.each(
		hostileInput().flatMap(([name, x]) => [
			[`${name} as the query`, x, '#q=x'],
			[`${name} as the hash`, '?mode=embed', x]
		])
	)('reads only strings: %s is an empty part, touched by nothing', (_name, s, h) => {
		const state = parseUrlState(s as unknown as string, h as unknown as string);
		assertShape(state);
		if (typeof s === 'string') expect(state.query.mode).toBe('embed');
		if (typeof h === 'string') expect(state.nav.q).toBe('x');
		expect(state.rejected).toEqual([]);
		assertNoPollution();
	});
});

// A browser's location.hash never holds a lone surrogate, but the search box can (a pasted
// malformed string), and a caller can pass one: it becomes U+FFFD, as the URL standard does.
describe('a q with a lone surrogate', () => {
	it.each([
		['#q=a\uD800b', 'a\uFFFDb'],
		['#q=\uDFFF', '\uFFFD'],
		['#q=\uDBFF\uDFFF\uD800', '\uDBFF\uDFFF\uFFFD'],
		['#q=%ED%A0%80x', '\uFFFD\uFFFD\uFFFDx'],
		['#q=caf%C3%A9%', 'café%'],
		['#q=%E0%A4%A', '\uFFFD%A'],
		['#q=%ZZ%', '%ZZ%']
	])('parses %j to a well-formed q that formats and round-trips', (hash, q) => {
		const { nav, rejected } = parseUrlState('', hash);
		expect(rejected).toEqual([]);
		expect(nav.q).toBe(q);
		expect(LONE.test(formatHash(nav))).toBe(false);
		assertRoundTrip(nav);
	});
	it('formats a q set directly (not parsed) with a lone surrogate', () => {
		expect(formatHash({ ...DEFAULT_NAV, q: 'a\uD800' })).toBe('#q=a%EF%BF%BD');
		expect(formatHash({ ...DEFAULT_NAV, q: '\uDC00b' })).toBe('#q=%EF%BF%BDb');
	});
	it('keeps a rejected value well-formed where its 60-character cut splits a pair', () => {
		const { rejected } = parseUrlState('', `#event=${'a'.repeat(59)}\u{1F600}`);
		expect(rejected).toEqual([{ part: 'hash', key: 'event', value: 'a'.repeat(59) + '\uFFFD' }]);
	});
	it('does not make ViewState.fromUrl then .hash throw', () => {
		const view = new ViewState(createKnown(raw as unknown as Dataset), {
			push: () => {},
			replace: () => {}
		});
		view.fromUrl('', '#q=\uDFFF');
		expect(() => view.hash).not.toThrow();
		expect(view.hash).toContain('q=%EF%BF%BD');
	});
});
