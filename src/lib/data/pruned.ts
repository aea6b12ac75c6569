/**
 * The part of a document that passes the schema, so that the rules across records can run on it
 * in the same pass as the schema (load.ts): every problem of a broken file is reported at once.
 */
import * as v from 'valibot';
import { DatasetSchema } from './schema';
import { joinPath, type Issue } from './validate';

/** Valibot's path items as `treaties[2].events[1].date`. */
export const pathOf = (items: readonly v.IssuePathItem[] | undefined): string =>
	joinPath(
		(items ?? []).map(({ key }: { key: unknown }) => (typeof key === 'number' ? key : String(key)))
	);

/**
 * What parsed of a document the schema refused: it without each array element that holds a
 * problem, parsed again (a few rounds at most), with a map from the paths of what is left to the
 * document's own. Null where that does not give a dataset (a wrong shape outside every array).
 */
export function parsedPart(raw: unknown, issues: readonly v.BaseIssue<unknown>[]) {
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
	// Only a wrong shape (a type, a missing field, a value not in its list) leaves the output
	// untyped; a wrong format (`date.format` of checkedAsOf) does not, and the rules report it too.
	const shapes = (list: readonly v.BaseIssue<unknown>[]) => list.filter((i) => i.kind === 'schema');
	let round = shapes(issues);
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
			for (const i of indices) idsIn(arr[i], removed);
			const original = kept.get(path) ?? arr.map((_, i) => i);
			kept.set(
				path,
				original.filter((_, i) => !indices.has(i))
			);
			// In place, in one sweep (a splice per element is quadratic: 19 000 broken events).
			let w = 0;
			for (let i = 0; i < arr.length; i++) if (!indices.has(i)) arr[w++] = arr[i];
			arr.length = w;
		}
		const again = v.safeParse(DatasetSchema, doc, { abortEarly: false });
		// Pruning emptied a list that must not be (the only treaty): too little is left to check.
		const emptied = (list?: readonly v.BaseIssue<unknown>[]) =>
			(list ?? []).some((i) => i.message === 'array.empty');
		if (emptied(again.issues) && !emptied(issues)) return null;
		if (again.typed) {
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
		round = shapes(again.issues ?? []);
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

/** The ids of a record and of the records inside it (a dropped treaty's events) into `out`. */
function idsIn(value: unknown, out: Set<string>, depth = 0): void {
	if (!value || typeof value !== 'object' || depth > 4) return;
	if (Array.isArray(value)) {
		for (const item of value) idsIn(item, out, depth + 1);
		return;
	}
	const record = value as Record<string, unknown>;
	if (typeof record.id === 'string') out.add(record.id);
	for (const key of ['events', 'obligations', 'provisions'])
		if (Array.isArray(record[key])) idsIn(record[key], out, depth + 1);
}
