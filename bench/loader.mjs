// The loader's cold cost per MB: `parseDatasetText` (JSON, size limits, schema, rules across
// records) on the benchmark's generated datasets and on the shipped one, each timed once in a
// fresh Node process, so the figure includes the first, unoptimised run as a reader's first load
// does. The median of BENCH_RUNS (default 5) processes per dataset; ms per MB of JSON text.
//
//   node bench/loader.mjs            prints a Markdown table
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDataset, SPECS } from './generate.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/** One cold load in a child process: it prints the milliseconds. */
const CHILD = `
import { runnerImport } from 'vite';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const { module } = await runnerImport('./src/lib/data/load.ts', {
	logLevel: 'error',
	resolve: { alias: { $lib: process.cwd() + '/src/lib' } }
});
const text = readFileSync(process.argv[1], 'utf8');
const t = performance.now();
const r = module.parseDatasetText(text);
const ms = performance.now() - t;
if (!r.dataset) throw new Error('refused: ' + JSON.stringify(r.issues.slice(0, 3)));
console.log(ms);
`;

const cold = (file) =>
	Number(
		execFileSync(process.execPath, ['--input-type=module', '-e', CHILD, file], {
			cwd: ROOT,
			encoding: 'utf8'
		}).trim()
	);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const datasets = [
	['n51 (shipped)', readFileSync(new URL('../data/kazakhstan.json', import.meta.url), 'utf8')],
	...SPECS.map((s) => [s.name, JSON.stringify(generateDataset(s))])
];
const dir = mkdtempSync(join(tmpdir(), 'loader-bench-'));
console.log('| dataset | MB | cold load, ms (median) | ms/MB |\n|---|---|---|---|');
for (const [name, text] of datasets) {
	const file = join(dir, 'dataset.json');
	writeFileSync(file, text);
	const mb = Buffer.byteLength(text) / (1024 * 1024);
	const ms = median(Array.from({ length: RUNS }, () => cold(file)));
	console.log(`| ${name} | ${mb.toFixed(2)} | ${ms.toFixed(0)} | ${(ms / mb).toFixed(0)} |`);
}
rmSync(dir, { recursive: true });
