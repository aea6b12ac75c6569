// Browser tests: builds the app and its one-file variant dist-single/ (unless E2E_NO_BUILD=1),
// serves dist/ on 127.0.0.1 (at '/' and, on a second server, only under '/sub/path/'), drives the
// system Chromium (tests/lib/chromium.mjs) and runs tests/e2e/*.e2e.mjs as parallel contexts of one
// browser. It never downloads a browser.
//
//   npm run test:e2e                 all journeys
//   npm run test:e2e -- J2 axe       only tests whose name contains "J2" or "axe"
//   E2E_WORKERS=4 E2E_NO_BUILD=1 CHROMIUM_PATH=/path/to/chromium npm run test:e2e
import { existsSync, readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromiumPath, launchChromium } from '../tests/lib/chromium.mjs';
import { serveApp } from '../tests/e2e/lib/server.mjs';
import { env, registeredTests, runOne } from '../tests/e2e/lib/harness.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
chromiumPath(); // no Chromium: stop before building

const started = Date.now();
const dist = join(root, 'dist');
// dist/ (served over HTTP) and dist-single/ (the one-file build, opened from file:// by J13).
const builds = [
	{ args: [], out: dist, npm: 'npm run build' },
	{ args: ['--mode', 'single'], out: join(root, 'dist-single'), npm: 'npm run build:single' }
];
for (const b of builds) {
	if (process.env.E2E_NO_BUILD !== '1') {
		console.log(`==> vite build ${b.args.join(' ')}`.trimEnd());
		const r = spawnSync(
			join(root, 'node_modules/.bin/vite'),
			['build', ...b.args, '--logLevel', 'warn'],
			{ cwd: root, stdio: 'inherit' }
		);
		if (r.status !== 0) {
			console.error(`vite build ${b.args.join(' ')} failed`);
			process.exit(1);
		}
	} else if (!existsSync(join(b.out, 'index.html'))) {
		console.error(`E2E_NO_BUILD=1 but ${b.out}/index.html is missing: run ${b.npm}`);
		process.exit(1);
	}
}

env.resultsDir = join(root, 'test-results', 'e2e');
await rm(env.resultsDir, { recursive: true, force: true });

const server = await serveApp(dist);
const sub = await serveApp(dist, '/sub/path/');
env.origin = server.origin;
env.subOrigin = sub.origin;

const testDir = join(root, 'tests', 'e2e');
for (const f of readdirSync(testDir)
	.filter((f) => f.endsWith('.e2e.mjs'))
	.sort())
	await import(pathToFileURL(join(testDir, f)).href);

const filters = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const tests = registeredTests().filter(
	(tc) => !filters.length || filters.some((f) => tc.name.toLowerCase().includes(f.toLowerCase()))
);
if (!tests.length) {
	console.error(`no test matches ${filters.join(', ')}`);
	process.exit(1);
}

const browser = await launchChromium();
env.browser = browser;
console.log(
	`==> ${tests.length} browser tests, Chromium ${browser.version()}, app at ${server.origin}/ and ${sub.origin}/sub/path/`
);
console.log(`    screenshots: ${env.resultsDir}`);

const workers = Math.max(1, Number(process.env.E2E_WORKERS) || 3);
const results = [];
let next = 0;
await Promise.all(
	Array.from({ length: Math.min(workers, tests.length) }, async () => {
		while (next < tests.length) {
			const tc = tests[next++];
			const r = await runOne(tc);
			results.push(r);
			const secs = (r.ms / 1000).toFixed(1);
			if (r.ok) console.log(`  ✔ ${r.name} (${secs} s)`);
			else console.log(`  ✘ ${r.name} (${secs} s)\n    ${r.error.replace(/\n/g, '\n    ')}`);
			for (const n of r.notes) console.log(`      · ${n}`);
		}
	})
);

await browser.close();
await Promise.all([server.close(), sub.close()]);

const failed = results.filter((r) => !r.ok);
const shots = results.flatMap((r) => r.shots);
if (failed.length) {
	console.log('\nFailures:');
	for (const r of failed) console.log(`  ✘ ${r.name}\n    ${r.error.split('\n')[0]}`);
}
console.log(`\n${shots.length} screenshots in ${env.resultsDir}`);
console.log(`Total ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${results.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
