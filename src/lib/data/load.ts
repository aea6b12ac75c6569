/**
 * Unknown JSON in, a typed dataset or a list of issues out. The runtime schema checks shapes and
 * formats, then `validate` checks the rules across records. Nothing here throws, whatever the
 * input: hostile keys (`__proto__`), cycles, deep nesting and huge strings all end as issues.
 */
import * as v from 'valibot';
import { DatasetSchema, type Dataset } from './schema';
import { makeIssue, validate, type Issue } from './validate';
import { parsedPart, pathOf } from './pruned';
import { cleanTexts } from './clean';
import { checkSizes } from './sizes';
import { MAX_ISSUES } from './limits';

/** Issues of one code left out of a long list ("and 98 000 more like this one: …"). */
export interface Omitted {
	code: string;
	severity: Issue['severity'];
	count: number;
	/** The first of them. */
	example: Issue;
}

/**
 * A dataset with its warnings, or `null` with at least one error. At most MAX_ISSUES issues, in
 * path order; `omitted` counts the others by code.
 */
export type LoadResult = { issues: Issue[]; omitted?: Omitted[] } & (
	{ dataset: Dataset } | { dataset: null }
);

/** Schema messages that are already issue codes (see schema.ts), with the input as `value`. */
const SCHEMA_CODES = new Set([
	'date.format',
	'id.format',
	'lang.format',
	'text.empty',
	'text.long',
	'array.empty'
]);

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
	if (issue.message === 'array.long' && Array.isArray(issue.input)) {
		const params = { count: issue.input.length, max: Number(issue.requirement) };
		return makeIssue(path, 'array.long', params);
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

/** An issue of the pruned document at its paths in the document (`first` of id.duplicate too). */
function movedTo(issue: Issue, at: (path: string) => string): Issue {
	const { first } = issue.params;
	const params = typeof first === 'string' ? { ...issue.params, first: at(first) } : issue.params;
	return { ...issue, path: at(issue.path), params };
}

/**
 * Drops a second issue with the same path, code and language (the schema and a rule may both see
 * it; a text missing both Russian and Kazakh is two issues).
 */
function dedupe(issues: Issue[]): Issue[] {
	const seen = new Set<string>();
	return issues.filter((issue) => {
		const key = `${issue.path}\u0000${issue.code}\u0000${issue.params.lang ?? ''}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/**
 * The first MAX_ISSUES issues in path order, errors before warnings; the rest counted by code.
 * A file built to have 100 000 problems is reported in a list a reader can use.
 */
function capped(issues: Issue[]): Pick<LoadResult, 'issues' | 'omitted'> {
	if (issues.length <= MAX_ISSUES) return { issues: sortByPath(issues) };
	const errors = sortByPath(issues.filter((i) => i.severity === 'error'));
	const warnings = sortByPath(issues.filter((i) => i.severity === 'warning'));
	const room = Math.max(0, MAX_ISSUES - errors.length);
	const kept = [...errors.slice(0, MAX_ISSUES), ...warnings.slice(0, room)];
	const counts = new Map<string, Omitted>();
	for (const issue of [...errors.slice(MAX_ISSUES), ...warnings.slice(room)]) {
		const { code, severity } = issue;
		const entry = counts.get(code);
		if (entry) entry.count++;
		else counts.set(code, { code, severity, count: 1, example: issue });
	}
	return { issues: sortByPath(kept), omitted: [...counts.values()] };
}

/**
 * Checks unknown JSON against the size limits, the schema, then the cross-record rules. The
 * dataset is returned when there is no error (warnings allowed). Never throws.
 * @example loadDataset(JSON.parse(text)).issues.map((i) => formatIssue(i, messages))
 */
export function loadDataset(raw: unknown): LoadResult {
	try {
		const sizes = checkSizes(raw);
		if (sizes.length) return { dataset: null, ...capped(sizes) };
		const result = v.safeParse(DatasetSchema, raw, { abortEarly: false });
		const issues = (result.issues ?? []).map(fromValibot);
		// The rules across records run on what parsed, so one pass reports every problem: the
		// typed output (only formats failed), or the document without the elements the schema refused.
		const parsed = result.typed
			? { dataset: result.output, at: (p: string) => p, dropped: () => false }
			: parsedPart(raw, result.issues ?? []);
		if (parsed)
			for (const issue of validate(parsed.dataset))
				if (!parsed.dropped(issue)) issues.push(movedTo(issue, parsed.at));
		const all = dedupe(issues);
		if (result.typed && !all.some((issue) => issue.severity === 'error')) {
			// Only a dataset with controls or piled-up marks needs a cleaned copy.
			const clean = all.some((i) => i.code === 'text.control' || i.code === 'text.marks');
			return { dataset: clean ? cleanTexts(result.output) : result.output, ...capped(all) };
		}
		return { dataset: null, ...capped(all) };
	} catch (error) {
		return { dataset: null, issues: [makeIssue('', 'unknown', { detail: errorText(error) })] };
	}
}

/**
 * A path whose indices are padded to one width: its plain string order is reading order,
 * `treaties[2]` before `treaties[10]`, the root first.
 */
const sortKey = (path: string) => path.replace(/\d+/g, (d) => d.padStart(10, '0'));
/** Issues in path order, each key made once (100 000 issues: no regex per comparison). */
function sortByPath(issues: Issue[]): Issue[] {
	const keyed = issues.map((issue) => ({ issue, key: sortKey(issue.path) }));
	keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
	return keyed.map((k) => k.issue);
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
