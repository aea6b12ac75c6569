// Writes public/dataset.schema.json from the runtime schema (src/lib/data/jsonSchema.ts):
//   npm run schema
// Vite's module runner loads the TypeScript; src/lib/data/jsonSchema.test.ts fails when the file
// is out of date.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const source = fileURLToPath(new URL('../src/lib/data/jsonSchema.ts', import.meta.url));
const out = fileURLToPath(new URL('../public/dataset.schema.json', import.meta.url));
const { module } = await runnerImport(source, { logLevel: 'error' });
writeFileSync(out, JSON.stringify(module.buildJsonSchema(), null, 2) + '\n');
console.log(`wrote ${out}`);
