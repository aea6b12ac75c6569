/**
 * V8's compile hint (Chrome 136+): a file whose first line is `//# allFunctionsCalledOnLoad` has
 * all its functions compiled while it streams in, on a background thread, instead of each on the
 * main thread when first called. Given to the first view's file (the page's script, firstView.ts),
 * which the first view runs almost all of; lazy views stay lazy. Other engines ignore the comment (bench/README.md, "Compile hint").
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { FIRST_VIEW } from './firstView.ts';

export const HINT = '//# allFunctionsCalledOnLoad\n';

export const compileHints: Plugin = {
	name: 'compile-hints',
	apply: 'build',
	// On the written files: Vite's own output steps rewrite the chunks that preload others.
	writeBundle(options, bundle) {
		for (const out of Object.values(bundle)) {
			if (out.type !== 'chunk' || !(out.isEntry || out.name === FIRST_VIEW) || !options.dir)
				continue;
			const file = join(options.dir, out.fileName);
			writeFileSync(file, HINT + readFileSync(file, 'utf8'));
		}
	}
};
