/**
 * The sizes of a document's arrays, checked before the schema looks at their elements: a file
 * built to hold 100 000 broken events would otherwise cost a report on each of them. Beyond a
 * limit of `limits.ts` the document is refused with `array.long` at that array's path (or
 * `load.tooManyEvents` for the events in all), and nothing else is checked.
 */
import { LIMITS, MAX_EVENTS } from './limits';
import { joinPath, makeIssue, type Issue } from './validate';

/** The limit of the array under each key of the format (the top-level `sources` aside). */
const BY_KEY: Record<string, number> = {
	treaties: LIMITS.treaties,
	events: LIMITS.events,
	context: LIMITS.events,
	obligations: LIMITS.obligations,
	provisions: LIMITS.obligations,
	claims: LIMITS.claims,
	administeredBy: LIMITS.administeredBy,
	sources: LIMITS.sourceIds,
	story: LIMITS.story,
	unverified: LIMITS.unverified
};
/** Deeper than any record of the format (root → treaty → event → claim → text → list). */
const MAX_DEPTH = 8;

const isRecord = (x: unknown): x is Record<string, unknown> =>
	x !== null && typeof x === 'object' && !Array.isArray(x);

/**
 * The events in all above `MAX_EVENTS`, or else every array of the format longer than its limit;
 * empty when the document's sizes are within the limits (its contents are not looked at).
 * @example checkSizes({ treaties: Array(2_001).fill({}) })[0].code // 'array.long'
 */
export function checkSizes(raw: unknown): Issue[] {
	if (isRecord(raw)) {
		const count = eventsIn(raw);
		if (count > MAX_EVENTS)
			return [makeIssue('', 'load.tooManyEvents', { count, max: MAX_EVENTS })];
	}
	const issues: Issue[] = [];
	const parts: (string | number)[] = [];
	const visit = (node: unknown) => {
		if (!isRecord(node) || parts.length > MAX_DEPTH) return;
		for (const key of Object.keys(node)) {
			const value = node[key];
			parts.push(key);
			if (Array.isArray(value) && Object.hasOwn(BY_KEY, key)) {
				const max = parts.length === 1 && key === 'sources' ? LIMITS.sources : BY_KEY[key]!;
				if (value.length > max) {
					issues.push(makeIssue(joinPath(parts), 'array.long', { max, count: value.length }));
				} else {
					for (let i = 0; i < value.length; i++) {
						parts.push(i);
						visit(value[i]);
						parts.pop();
					}
				}
			} else visit(value);
			parts.pop();
		}
	};
	visit(raw);
	return issues;
}

/** The events of a document's treaties and context lane, as far as they are arrays. */
function eventsIn(raw: Record<string, unknown>): number {
	const length = (x: unknown) => (Array.isArray(x) ? x.length : 0);
	const treaties = Array.isArray(raw.treaties) ? raw.treaties : [];
	let n = length(raw.context);
	for (const t of treaties) if (isRecord(t)) n += length(t.events);
	return n;
}
