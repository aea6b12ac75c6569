// Checks the gzip budgets of the normal build (size-budget.json): the first view (what the default
// page requests before its first frame: scripts/first-view.mjs) and the shipped dataset's chunk.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { firstView } from './first-view.mjs';

const dist = 'dist';
const manifestPath = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
	console.error('size: dist/.vite/manifest.json is missing; run `npm run build` first.');
	process.exit(1);
}
const budget = JSON.parse(readFileSync('size-budget.json', 'utf8'));

const gz = (/** @type {string} */ file) => {
	const buf = readFileSync(join(dist, file));
	return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
};

const { files, entry, dataset } = firstView(dist);

let raw = 0;
let gzip = 0;
const rows = [];
for (const f of files) {
	const s = gz(f);
	raw += s.raw;
	gzip += s.gzip;
	rows.push(`  ${f.padEnd(48)} ${String(s.raw).padStart(8)} ${String(s.gzip).padStart(8)}`);
}
const ds = gz(dataset);
const kb = (/** @type {number} */ n) => (n / 1024).toFixed(1) + ' KB';
console.log('first view (raw, gzip):');
console.log(rows.join('\n'));
console.log(
	`first view total: ${kb(raw)} raw, ${kb(gzip)} gzip (budget ${kb(budget.firstViewGzip)})`
);
console.log(
	`dataset ${dataset}: ${kb(ds.raw)} raw, ${kb(ds.gzip)} gzip (budget ${kb(budget.datasetGzip)})`
);
let failed = false;
if (gzip > budget.firstViewGzip) {
	console.error(
		`size: first view ${kb(gzip)} gzip is over its budget ${kb(budget.firstViewGzip)} (size-budget.json)`
	);
	failed = true;
}
if (ds.gzip > budget.datasetGzip) {
	console.error(`size: dataset ${kb(ds.gzip)} gzip is over its budget ${kb(budget.datasetGzip)}`);
	failed = true;
}
// The page's script carries V8's compile hint (vite/compileHints.ts) as its first line: without
// it, it compiles function by function on the main thread.
if (!readFileSync(join(dist, entry), 'utf8').startsWith('//# allFunctionsCalledOnLoad\n')) {
	console.error(`size: ${entry} does not start with the compile hint`);
	failed = true;
}
process.exit(failed ? 1 : 0);
