/**
 * Cross-record rules the schema cannot express: unique ids, known sources, real calendar dates,
 * event order, story references, languages and invisible characters. `validate` returns every
 * issue it finds, never only the first; messages are rendered later from `code` and `params`.
 */
import { translate, type Messages } from '$lib/i18n';
import { checkEvents, checkRange, checkStory, checkUnique, checkDate, type Report } from './rules';
import type { Dataset } from './schema';
import { MAX_MARKS } from './limits';

/** One problem in a dataset; `code` names an `issue.*` message of the i18n catalogue. */
export interface Issue {
	/** Where: `treaties[2].events[1].date`; empty for the root. */
	path: string;
	code: string;
	params: Record<string, string | number>;
	severity: 'error' | 'warning';
}

/** Codes that do not stop a dataset from loading. */
const WARNING_CODES: ReadonlySet<string> = new Set([
	'url.scheme',
	'text.missingLang',
	'text.control',
	'text.marks'
]);

/** Longest string parameter kept in an issue (an input may carry megabytes). */
const MAX_PARAM = 200;

/**
 * Builds an issue; its severity follows from the code, long string params are shortened.
 * @example makeIssue('range', 'range.order', {from: '2030', to: '1886'})
 */
export function makeIssue(
	path: string,
	code: string,
	params: Record<string, string | number> = {}
): Issue {
	const clipped: Record<string, string | number> = {};
	for (const k in params) {
		const v = params[k]!;
		clipped[k] = typeof v === 'string' && v.length > MAX_PARAM ? v.slice(0, MAX_PARAM) + '…' : v;
	}
	return { path, code, params: clipped, severity: WARNING_CODES.has(code) ? 'warning' : 'error' };
}

/** Bidi overrides and isolates, LRM/RLM/ALM, C0 controls except tab and newline, DEL and C1. */
const CONTROL =
	// eslint-disable-next-line no-control-regex
	/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
/** More combining marks on one letter than the loader keeps (clean.ts). */
const MARKS = new RegExp(`\\p{M}{${MAX_MARKS + 1}}`, 'u');
const OTHER_LANGS = ['ru', 'kk'] as const;
const MAX_DEPTH = 64;

/** A path as its parts (keys and indices), joined only when an issue needs it. */
type Parts = (string | number)[];
/**
 * A path's parts as issues write it.
 * @example joinPath(['treaties', 2, 'events', 1, 'date']) // 'treaties[2].events[1].date'
 */
export function joinPath(parts: readonly (string | number)[]): string {
	let path = '';
	for (const part of parts)
		path = typeof part === 'number' ? `${path}[${part}]` : path ? `${path}.${part}` : part;
	return path;
}

/**
 * Walks every value: strings with invisible controls (`text.control`) or piled-up combining marks
 * (`text.marks`), texts missing a language
 * (`text.missingLang`) and `sources` lists naming an unknown source (`source.unknown`). `parts` is
 * the path of `node`, kept as a stack (thousands of events: no string per value).
 */
function walk(node: unknown, parts: Parts, sources: Set<string>, report: Report) {
	if (typeof node === 'string') {
		if (CONTROL.test(node)) report(joinPath(parts), 'text.control');
		if (MARKS.test(node)) report(joinPath(parts), 'text.marks', { max: MAX_MARKS });
		return;
	}
	if (node === null || typeof node !== 'object' || parts.length > MAX_DEPTH) return;
	if (Array.isArray(node)) {
		for (let i = 0; i < node.length; i++) {
			parts.push(i);
			walk(node[i], parts, sources, report);
			parts.pop();
		}
		return;
	}
	const record = node as Record<string, unknown>;
	if (typeof record.en === 'string') {
		for (const lang of OTHER_LANGS) {
			const text = record[lang];
			if (typeof text !== 'string' || text.trim() === '') {
				report(joinPath(parts), 'text.missingLang', { lang });
			}
		}
	}
	if (parts.length && Array.isArray(record.sources)) {
		record.sources.forEach((id, i) => {
			if (typeof id === 'string' && !sources.has(id)) {
				report(joinPath([...parts, 'sources', i]), 'source.unknown', { id });
			}
		});
	}
	for (const key of Object.keys(record)) {
		parts.push(key);
		walk(record[key], parts, sources, report);
		parts.pop();
	}
}

/** Each record's id with its path, made when a duplicate needs it. */
const entries = (list: readonly { id: string }[], base: string) =>
	list.map((item, i): [string, () => string] => [item.id, () => `${base}[${i}]`]);

/**
 * Ids are unique per namespace: treaties, events (treaties' and context together), obligations,
 * provisions and sources.
 */
function checkIds(d: Dataset, report: Report): void {
	const inTreaties = (key: 'events' | 'obligations' | 'provisions') =>
		d.treaties.flatMap((t, i) => entries(t[key], `treaties[${i}].${key}`));
	checkUnique(entries(d.treaties, 'treaties'), report);
	checkUnique([...inTreaties('events'), ...entries(d.context, 'context')], report);
	checkUnique(inTreaties('obligations'), report);
	checkUnique(inTreaties('provisions'), report);
	checkUnique(entries(d.sources, 'sources'), report);
}

/**
 * Runs every cross-record rule on a dataset that already passed the schema.
 * @example validate(dataset).filter((i) => i.severity === 'error') // [] for a sound dataset
 */
export function validate(dataset: Dataset): Issue[] {
	const issues: Issue[] = [];
	const report: Report = (path, code, params) => issues.push(makeIssue(path, code, params));
	checkIds(dataset, report);
	checkDate(dataset.checkedAsOf, 'checkedAsOf', report);
	const range = checkRange(dataset, report);
	checkEvents(dataset, range, report);
	checkStory(dataset, range, report);
	dataset.sources.forEach((source, i) => {
		if (source.url !== undefined && !/^https?:\/\/\S+$/i.test(source.url)) {
			report(`sources[${i}].url`, 'url.scheme', { value: source.url });
		}
	});
	walk(dataset, [], new Set(dataset.sources.map((s) => s.id)), report);
	return issues;
}

/**
 * Renders an issue through the catalogue, prefixed by its path.
 * @example formatIssue(issue, en)
 * // 'treaties[2].events[1].date: "2004-13-01" is not a calendar date'
 */
export function formatIssue(issue: Issue, messages: Partial<Messages>): string {
	const message = translate(messages, `issue.${issue.code}`, issue.params);
	return issue.path ? `${issue.path}: ${message}` : message;
}
