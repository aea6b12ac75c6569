/**
 * The chunking rule: every module the page's entry imports statically (what it needs before its
 * first frame) goes into one file, `index`; what only dynamic `import()`s reach is left to
 * automatic splitting (one chunk per lazy view, shared code where two share it). Decided by the
 * module graph, never by a module's file name: renaming or moving a module cannot move code
 * between the first view and the lazy views. Left to automatic splitting, what lazy views share
 * with the first view becomes a score of small first-view files, each a request and a gzip
 * stream of its own.
 */
import type { CodeSplittingNameFunction } from 'rolldown';

type Ctx = Parameters<CodeSplittingNameFunction>[1];
const firstViews = new WeakMap<Ctx, Set<string>>();

/** The modules the entries import statically, transitively (once per chunking pass). */
function firstView(ctx: Ctx, id: string): Set<string> {
	let seen = firstViews.get(ctx);
	if (seen) return seen;
	seen = new Set();
	// Walk up to the entries from any module, then down their static imports.
	const entries = new Set<string>();
	const up = new Set<string>();
	const climb = (m: string) => {
		if (up.has(m)) return;
		up.add(m);
		const info = ctx.getModuleInfo(m);
		if (!info) return;
		if (info.isEntry) entries.add(m);
		for (const i of [...info.importers, ...info.dynamicImporters]) climb(i);
	};
	climb(id);
	const down = (m: string) => {
		if (seen.has(m)) return;
		seen.add(m);
		for (const i of ctx.getModuleInfo(m)?.importedIds ?? []) down(i);
	};
	for (const e of entries) down(e);
	firstViews.set(ctx, seen);
	return seen;
}

/** The first view's file's name (the page's script). */
export const FIRST_VIEW = 'index';

export const firstViewChunk: CodeSplittingNameFunction = (id, ctx) =>
	firstView(ctx, id).has(id) && !ctx.getModuleInfo(id)?.isEntry ? FIRST_VIEW : null;
