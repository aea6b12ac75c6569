// The first view of a normal build, shared by scripts/size.mjs and bench/bytes.mjs: the JS and
// CSS the default page (the shipped dataset, in English) requests before its first frame.
// That is the entry chunk with its static imports and their CSS, and the chunks index.html's
// inline script requests at once (vite.config.ts, `firstChunks`: the English catalogue's first
// part), with their static imports. The shipped dataset is its own chunk with its own budget;
// chunks fetched after the first frame (the header actions, source line, search box and filters,
// which show an outline until then; the legend and overview strip; the rest of the catalogue;
// panels, views, export, other languages, the canvas for many events) are not counted. The J1
// browser test checks that nothing else is requested before the first frame.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @param {string} dist build folder with .vite/manifest.json and index.html
 * @returns {{ files: string[], catalogue: string | undefined, dataset: string }}
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
	const entry = keys.find((k) => manifest[k]?.isEntry);
	if (!entry) throw new Error('no entry chunk in the manifest');
	visit(entry);
	// What index.html requests for the first view (the JSON the build wrote into its script).
	const html = readFileSync(join(dist, 'index.html'), 'utf8');
	const written = /var chunks = (\{.*?\});/s.exec(html)?.[1];
	if (!written) throw new Error('index.html: no first-view chunks written into its script');
	/** @type {{en: string[]}} */
	const chunks = JSON.parse(written);
	// The English catalogue's first part: the one the default page requests.
	if (!chunks.en?.length) throw new Error('index.html: no English catalogue among its chunks');
	for (const href of chunks.en) {
		const file = href.replace(/^\.\//, '');
		const key = keys.find((k) => manifest[k]?.file === file);
		if (key) visit(key);
		else files.add(file);
	}
	const datasetKey = keys.find((k) => k.endsWith('data/kazakhstan.json'));
	const dataset = datasetKey ? manifest[datasetKey]?.file : undefined;
	if (!dataset) throw new Error('the dataset is not its own chunk');
	if (files.has(dataset)) throw new Error('the dataset is bundled into the first view');
	return { files: [...files], catalogue: chunks.en[0]?.replace(/^\.\//, ''), dataset };
}
