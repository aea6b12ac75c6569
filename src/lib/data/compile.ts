/**
 * A valibot schema compiled to plain closures for the common case, a dataset without a single
 * schema issue: it returns exactly the output valibot would (strings trimmed where the schema
 * trims, defaults filled in, unknown keys dropped), or `FAIL` for any input valibot would report
 * an issue for, and `load.ts` then runs valibot itself to say what is wrong and where. Valibot's
 * generic machinery (a dataset object per value, issue lists, pipes) costs several times more
 * than these checks, on the critical path of every dataset loaded.
 *
 * Only the schema kinds and pipe actions schema.ts uses are supported; compiling anything else
 * throws, so a change to the schema cannot slip past it. Each case mirrors valibot 1.x's own
 * `~run` (object keys tested with `in`, optional defaults run through the wrapped schema);
 * the property tests in fuzz.test.ts check it against valibot on generated and mutated datasets.
 */

/** What a compiled check returns for an input valibot would not accept without an issue. */
export const FAIL: unique symbol = Symbol('fail');

/** A compiled check: the output for an accepted input, else `FAIL`. */
export type Compiled = (input: unknown) => unknown;

/** The parts of a valibot schema or pipe action that the compiler reads. */
export interface SchemaNode {
	readonly kind: string;
	readonly type: string;
	readonly pipe?: readonly SchemaNode[];
	readonly entries?: Readonly<Record<string, SchemaNode>>;
	readonly item?: SchemaNode;
	readonly options?: readonly unknown[];
	readonly literal?: unknown;
	readonly wrapped?: SchemaNode;
	readonly default?: unknown;
	readonly fallback?: unknown;
	readonly requirement?: unknown;
}

type Step = (value: unknown) => unknown;

const isString = (x: unknown): x is string => typeof x === 'string';

/** One pipe action on a value its schema has already accepted. */
function action(node: SchemaNode): Step {
	const req = node.requirement;
	switch (node.type) {
		case 'trim':
			return (x) => (x as string).trim();
		case 'min_length':
			return (x) => ((x as { length: number }).length >= (req as number) ? x : FAIL);
		case 'max_length':
			return (x) => ((x as { length: number }).length <= (req as number) ? x : FAIL);
		case 'regex':
			return (x) => ((req as RegExp).test(x as string) ? x : FAIL);
		default:
			throw new Error(`compile: unsupported pipe action "${node.type}"`);
	}
}

function object(entries: Readonly<Record<string, SchemaNode>>): Compiled {
	const keys = Object.keys(entries);
	const nodes = keys.map((key) => entries[key] as SchemaNode);
	const checks = nodes.map(compile);
	// valibot: an absent key is fine for an optional entry; one with a default gets the default.
	const optional = nodes.map((n) => n.type === 'optional');
	const defaulted = nodes.map((n) => n.type === 'optional' && n.default !== undefined);
	return (input) => {
		if (!input || typeof input !== 'object') return FAIL;
		const out: Record<string, unknown> = {};
		for (let i = 0; i < keys.length; i++) {
			const key = keys[i] as string;
			const present = key in input;
			if (!present && !optional[i]) return FAIL;
			if (!present && !defaulted[i]) continue;
			const value = (checks[i] as Compiled)(
				present ? (input as Record<string, unknown>)[key] : undefined
			);
			if (value === FAIL) return FAIL;
			out[key] = value;
		}
		return out;
	};
}

function array(item: Compiled): Compiled {
	return (input) => {
		if (!Array.isArray(input)) return FAIL;
		// Sized once, as valibot reads it (by index): pushed one by one, each event's short lists
		// (its sources) kept room for 17 items, ~0.4 MB of heap at 5 000 events.
		const list = input as unknown[];
		const out = new Array<unknown>(list.length);
		for (let i = 0; i < list.length; i++) {
			const value = item(list[i]);
			if (value === FAIL) return FAIL;
			out[i] = value;
		}
		return out;
	};
}

function optional(node: SchemaNode): Compiled {
	const wrapped = compile(node.wrapped as SchemaNode);
	const fallback = node.default;
	return (input) => {
		let value = input;
		if (value === undefined) {
			value = typeof fallback === 'function' ? (fallback as () => unknown)() : fallback;
			if (value === undefined) return undefined;
		}
		return wrapped(value);
	};
}

/**
 * Compiles a valibot schema (see the module comment for what is supported).
 * @example compile(DatasetSchema)(JSON.parse(text)) // the parsed dataset, or FAIL
 */
export function compile(node: SchemaNode): Compiled {
	if (node.fallback !== undefined) throw new Error('compile: fallbacks are not supported');
	if (node.pipe) {
		const [base, ...actions] = node.pipe;
		const steps = [compile(base as SchemaNode), ...actions.map(action)];
		return (input) => {
			let value = input;
			for (const step of steps) {
				value = step(value);
				if (value === FAIL) return FAIL;
			}
			return value;
		};
	}
	switch (node.type) {
		case 'string':
			return (x) => (isString(x) ? x : FAIL);
		case 'literal': {
			const literal = node.literal;
			return (x) => (x === literal ? x : FAIL);
		}
		case 'picklist': {
			const options = node.options ?? [];
			return (x) => (options.includes(x) ? x : FAIL);
		}
		case 'array':
			return array(compile(node.item as SchemaNode));
		case 'object':
			return object(node.entries ?? {});
		case 'optional':
			return optional(node);
		default:
			throw new Error(`compile: unsupported schema "${node.type}"`);
	}
}
