/**
 * Unknown JSON in, a typed dataset or a list of issues out. The runtime schema checks shapes and
 * formats, then `validate` checks the rules across records. Nothing here throws, whatever the
 * input: hostile keys (`__proto__`), cycles, deep nesting and huge strings all end as issues.
 */
import * as v from 'valibot';
import { DatasetSchema, type Dataset } from './schema';
import { joinPath, makeIssue, validate, type Issue } from './validate';

/** A dataset with its warnings, or `null` with at least one error. */
export type LoadResult = { dataset: Dataset; issues: Issue[] } | { dataset: null; issues: Issue[] };

/** Schema messages that are already issue codes (see schema.ts), with the input as `value`. */
const SCHEMA_CODES = new Set([
	'date.format',
	'id.format',
	'lang.format',
	'text.empty',
	'text.long',
	'array.empty',
	'array.long'
]);

/** Valibot's path items as `treaties[2].events[1].date`. */
const pathOf = (items: readonly v.IssuePathItem[] | undefined): string =>
	joinPath(
		(items ?? []).map(({ key }: { key: unknown }) => (typeof key === 'number' ? key : String(key)))
	);

/** `("A" | "B")` → `A, B`. */
const allowedOf = (expected: string | null) =>
	(expected ?? '')
		.replace(/^\(|\)$/g, '')
		.split(' | ')
		.map((option) => option.replace(/^"|"$/g, ''))
		.join(', ');

/** Maps one valibot issue to ours. */
function fromValibot(issue: v.BaseIssue<unknown>): Issue {
	const path = pathOf(issue.path);
	const last = issue.path?.[issue.path.length - 1];
	const value = typeof issue.input === 'string' ? issue.input : String(issue.received);
	if (last?.origin === 'key') {
		// valibot's object() accepts arrays, then misses every key: one type issue says it better.
		if (!Array.isArray(last.input)) return makeIssue(path, 'required');
		const params = { expected: 'Object', received: 'Array' };
		return makeIssue(pathOf(issue.path?.slice(0, -1)), 'type', params);
	}
	if (issue.message === 'enum') {
		return makeIssue(path, 'enum', { value, allowed: allowedOf(issue.expected) });
	}
	if (issue.message === 'schema.version') {
		return makeIssue(path, 'schema.version', { value: String(issue.received) });
	}
	if (SCHEMA_CODES.has(issue.message)) return makeIssue(path, issue.message, { value });
	if (issue.kind === 'schema') {
		const params = { expected: String(issue.expected), received: String(issue.received) };
		return makeIssue(path, 'type', params);
	}
	return makeIssue(path, 'unknown', { detail: String(issue.message) });
}

const errorText = (error: unknown): string => {
	try {
		return error instanceof Error ? error.message : String(error);
	} catch {
		return 'unknown error';
	}
};

/** Drops a second issue with the same path and code (the schema and a rule may both see it). */
function dedupe(issues: Issue[]): Issue[] {
	const seen = new Set<string>();
	return issues.filter((issue) => {
		const key = `${issue.path}\u0000${issue.code}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/**
 * Checks unknown JSON against the schema, then the cross-record rules. The dataset is returned
 * when there is no error (warnings allowed). Never throws.
 * @example loadDataset(JSON.parse(text)).issues.map((i) => formatIssue(i, messages))
 */
export function loadDataset(raw: unknown): LoadResult {
	try {
		const result = v.safeParse(DatasetSchema, raw, { abortEarly: false });
		const issues = (result.issues ?? []).map(fromValibot);
		// The rules across records run on what parsed, so one pass reports every problem: the
		// typed output (only formats failed), or the document without the elements the schema refused.
		const parsed = result.typed
			? { dataset: result.output, at: (p: string) => p, dropped: () => false }
			: parsedPart(raw, result.issues ?? []);
		if (parsed)
			for (const issue of validate(parsed.dataset))
				if (!parsed.dropped(issue)) issues.push({ ...issue, path: parsed.at(issue.path) });
		const all = dedupe(issues).sort((a, b) => comparePaths(a.path, b.path));
		if (result.typed && !all.some((issue) => issue.severity === 'error')) {
			// Only a dataset with controls (reported as text.control) needs a cleaned copy.
			const clean = all.some((issue) => issue.code === 'text.control');
			return { dataset: clean ? stripBidiControls(result.output) : result.output, issues: all };
		}
		return { dataset: null, issues: all };
	} catch (error) {
		return { dataset: null, issues: [makeIssue('', 'unknown', { detail: errorText(error) })] };
	}
}

/**
 * What parsed of a document the schema refused: it without each array element that holds a
 * problem, parsed again (a few rounds at most), with a map from the paths of what is left to the
 * document's own. Null where that does not give a dataset (a problem outside every array).
 */
function parsedPart(raw: unknown, issues: readonly v.BaseIssue<unknown>[]) {
	let doc: unknown;
	try {
		// A copy that keeps shared values shared (a JSON round trip would write them out again and
		// again: exponential for a document built to do that).
		doc = structuredClone(raw);
	} catch {
		return null;
	}
	// For each array (by its path in the pruned document), the original index of each element kept;
	// and the ids of the elements dropped (a reference to one is not a problem of its own).
	const kept = new Map<string, number[]>();
	const removed = new Set<string>();
	let round = issues;
	for (let n = 0; n < 3 && round.length; n++) {
		// Per array (its path in the document as it is now), the indices of the elements to drop.
		const cut = new Map<string, Set<number>>();
		for (const issue of round) {
			const items = issue.path ?? [];
			let last = -1;
			items.forEach((item, i) => {
				if (item.type === 'array') last = i;
			});
			if (last < 0) return null;
			const path = pathOf(items.slice(0, last));
			cut.set(path, (cut.get(path) ?? new Set()).add(Number(items[last]!.key)));
		}
		// Deepest first: cutting an element moves its later siblings' paths, never its parent's.
		for (const [path, indices] of [...cut].sort((x, y) => y[0].length - x[0].length)) {
			const arr = at(doc, path);
			if (!Array.isArray(arr)) return null;
			for (const i of indices) {
				const id = (arr[i] as { id?: unknown } | undefined)?.id;
				if (typeof id === 'string') removed.add(id);
			}
			const original = kept.get(path) ?? arr.map((_, i) => i);
			kept.set(
				path,
				original.filter((_, i) => !indices.has(i))
			);
			for (const i of [...indices].sort((x, y) => y - x)) arr.splice(i, 1);
		}
		const again = v.safeParse(DatasetSchema, doc, { abortEarly: false });
		if (again.typed && !again.issues) {
			// A rule's path in what is left → the same element's path in the document.
			const original = (path: string) =>
				path.replace(/\[(\d+)\]/g, (whole, i: string, offset: number) => {
					const map = kept.get(path.slice(0, offset));
					return map ? `[${map[Number(i)] ?? i}]` : whole;
				});
			const dropped = (issue: Issue) =>
				Object.values(issue.params).some((v) => typeof v === 'string' && removed.has(v));
			return { dataset: again.output, at: original, dropped };
		}
		round = again.issues ?? [];
	}
	return null;
}

/** The value at a path (`treaties[2].events`) of a JSON value; the root for an empty path. */
function at(value: unknown, path: string): unknown {
	const keys = path.match(/[^.[\]]+/g) ?? [];
	return keys.reduce<unknown>(
		(v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
		value
	);
}

/** Paths in reading order: `treaties[2]` before `treaties[10]`, the root first. */
const comparePaths = new Intl.Collator('en', { numeric: true }).compare;

/** Bidi embeddings, overrides, isolates and marks: in data they can only mislead. */
const BIDI_CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * The dataset with bidi control characters removed from every string (the validator has already
 * warned about them with `text.control`): a U+202E in a treaty name must not reverse the words of
 * the sentence it is shown in.
 */
function stripBidiControls<T>(value: T): T {
	if (typeof value === 'string') return value.replace(BIDI_CONTROLS, '') as T;
	if (Array.isArray(value)) return value.map(stripBidiControls) as T;
	if (value && typeof value === 'object') {
		const out: Record<string, unknown> = {};
		for (const [k, x] of Object.entries(value)) out[k] = stripBidiControls(x);
		return out as T;
	}
	return value;
}

/**
 * Parses the text of a dataset file (a leading BOM is ignored) and loads it; bad JSON is a
 * `json.parse` issue. Never throws.
 * @example parseDatasetText('{').issues[0].code // 'json.parse'
 */
export function parseDatasetText(text: string): LoadResult {
	let raw: unknown;
	try {
		raw = JSON.parse(String(text).replace(/^\uFEFF/, ''));
	} catch (error) {
		return { dataset: null, issues: [makeIssue('', 'json.parse', { detail: errorText(error) })] };
	}
	return loadDataset(raw);
}
