// Issue #26 (3): a dataset with 35 000 warnings was refused with "Maximum call stack size
// exceeded" because a list of unbounded length was spread into a call's arguments
// (`issues.push(...validate(...))`). No call in src/ spreads an array into its arguments: a
// loop, `reduce` or an array literal takes any length.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../src/', import.meta.url).pathname;

/** Every .ts and .svelte file under a folder, tests aside. */
function* sources(dir: string): Generator<string> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* sources(path);
		else if (/\.(ts|svelte)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) yield path;
	}
}

/** The script of a file: a .svelte file's <script> blocks, blanked elsewhere (lines kept). */
function scriptOf(path: string): string {
	const text = readFileSync(path, 'utf8');
	if (!path.endsWith('.svelte')) return text;
	const blocks = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
	return blocks.join('\n');
}

/** `file:line  code` of each call or `new` with a spread argument. */
function spreadCalls(path: string, code: string): string[] {
	const file = ts.createSourceFile(path, code, ts.ScriptTarget.Latest, true);
	const found: string[] = [];
	const visit = (node: ts.Node) => {
		if (
			(ts.isCallExpression(node) || ts.isNewExpression(node)) &&
			node.arguments?.some(ts.isSpreadElement)
		) {
			const { line } = file.getLineAndCharacterOfPosition(node.getStart());
			found.push(`${relative(SRC, path)}:${line + 1}  ${node.getText().slice(0, 80)}`);
		}
		ts.forEachChild(node, visit);
	};
	visit(file);
	return found;
}

describe('no spread into arguments', () => {
	it('finds one where there is one (the check works)', () => {
		expect(
			spreadCalls('x.ts', 'issues.push(...validate(d)); f(a, ...b); new Set([...c]);')
		).toHaveLength(2);
		expect(spreadCalls('x.ts', 'const a = [...b, ...c]; const o = { ...p };')).toEqual([]);
	});

	it('has none in src/', () => {
		const found = [...sources(SRC)].flatMap((path) => spreadCalls(path, scriptOf(path)));
		expect(found).toEqual([]);
	});
});
