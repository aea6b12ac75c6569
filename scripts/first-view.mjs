// The first view of a normal build, shared by scripts/size.mjs and bench/bytes.mjs: the JS and
// CSS the default page (the shipped dataset, in English) requests before its first frame: the
// entry chunk with its static imports and their CSS, and the English catalogue that main.ts
// imports at start. The shipped dataset is its own chunk with its own budget; views fetched on
// first use (panels, table, about, presenter, export, other languages, the canvas for many
// events) are not counted. The J1 browser test checks that nothing else is requested before the
// first frame.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @param {string} dist build folder with .vite/manifest.json and index.html
 * @returns {{ files: string[], entry: string, catalogue: string | undefined, dataset: string }}
 */
export function firstView(dist) {
	/** @type {Record<string, {file: string, isEntry?: boolean, imports?: string[], css?: string[]}>} */
	const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
	const keys = Object.keys(manifest);
	/** @type {Set<string>} */
	const files = new Set();
	const visit = (/** @type {string} */ key) => {
		const chunk = manifest[key];
		if (!chunk || files.has(chunk.file)) return;
		files.add(chunk.file);
		for (const css of chunk.css ?? []) files.add(css);
		for (const imp of chunk.imports ?? []) visit(imp);
	};
	// The page's own script (the entry: its manifest key may be the page or the group it joined).
	const html = readFileSync(join(dist, 'index.html'), 'utf8');
	const src = /<script type="module"[^>]*src="\.\/([^"]+)"/.exec(html)?.[1];
	const entry = keys.find((k) => manifest[k]?.file === src);
	if (!entry) throw new Error(`the page's script ${src} is not in the manifest`);
	visit(entry);
	// The CSS the page links.
	for (const m of html.matchAll(/<link rel="stylesheet"[^>]*href="\.\/([^"]+)"/g))
		if (m[1]) files.add(m[1]);
	// The English catalogue, which main.ts imports before the first frame, with its imports.
	const catalogueKey = keys.find((k) => k.endsWith('i18n/messages/en.json'));
	if (!catalogueKey) throw new Error('the English catalogue is not a chunk of its own');
	visit(catalogueKey);
	const datasetKey = keys.find((k) => k.endsWith('data/kazakhstan.json'));
	const dataset = datasetKey ? manifest[datasetKey]?.file : undefined;
	if (!dataset) throw new Error('the dataset is not its own chunk');
	if (files.has(dataset)) throw new Error('the dataset is bundled into the first view');
	return {
		files: [...files],
		entry: manifest[entry].file,
		catalogue: manifest[catalogueKey]?.file,
		dataset
	};
}
