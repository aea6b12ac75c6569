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
		// A typed output has the right shape (only formats failed), so the rules can run on it too.
		if (result.typed) for (const issue of validate(result.output)) issues.push(issue);
		const all = dedupe(issues);
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
