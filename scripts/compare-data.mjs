// Writes src/lib/compare/compare.json, the compare view's data, from WIPO's contracting-party table
// (data/wipo-membership/) and data/countries.csv, data/ussr-independence.csv, data/peer-groups.json:
//   npm run compare-data
// Vite's module runner loads the TypeScript (src/lib/compare/derive.ts); compare.test.ts fails when
// the file is out of date. Nothing is written when a table has a problem.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const path = (p) => fileURLToPath(new URL(`../${p}`, import.meta.url));
const read = (p) => readFileSync(path(p), 'utf8');
const out = path('src/lib/compare/compare.json');
const { module } = await runnerImport(path('src/lib/compare/derive.ts'), { logLevel: 'error' });
const { data, problems } = module.deriveCompare({
	wipo: read('data/wipo-membership/membership-to-copyright-treaties.csv'),
	countries: read('data/countries.csv'),
	independence: read('data/ussr-independence.csv'),
	groups: JSON.parse(read('data/peer-groups.json'))
});
if (problems.length) {
	for (const p of problems) console.error(p);
	process.exit(1);
}
writeFileSync(out, module.encodeCompare(data) + '\n');
console.log(`wrote ${out}: ${data.entries.length} entries, ${data.countries.length} countries`);
