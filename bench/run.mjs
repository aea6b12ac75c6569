// The performance benchmark (npm run bench): builds the app, generates datasets, serves both with
// a lean D3 page on 127.0.0.1 and drives Debian's Chromium through playwright-core. Prints a
// Markdown table and writes bench/results/latest.md and latest.json. See bench/README.md for what
// each figure measures exactly.
//
//   npm run bench
//   BENCH_NO_BUILD=1 npm run bench             reuse the last build
//   BENCH_RUNS=2 BENCH_ONLY=n1000 npm run bench   fewer runs, some configurations only
//   CHROMIUM_PATH=/path/to/chromium npm run bench
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeDatasets } from './generate.mjs';
import { serve } from '../tests/lib/server.mjs';
import { chromiumPath, launchChromium } from '../tests/lib/chromium.mjs';
import { appBytes, leanBytes, sizes } from './bytes.mjs';
import { clickScript, initScript, loadFigures, zoomScript } from './page.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Build output and generated data live outside the working tree (and away from dist/, which the
// browser tests rebuild and serve), so that lint and other jobs never see them.
const cache = join(root, 'node_modules', '.cache', 'treaty-timeline-bench');
const dist = join(cache, 'dist');
const dataDir = join(cache, 'data');
const resultsDir = join(root, 'bench', 'results');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 5);
const ONLY = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean);
const started = Date.now();
const log = (/** @type {string} */ s) =>
	console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${s}`);

chromiumPath(); // no Chromium: stop before building

// 1. Build.
if (process.env.BENCH_NO_BUILD === '1') {
	if (!existsSync(join(dist, '.vite', 'manifest.json'))) {
		console.error(`BENCH_NO_BUILD=1 but there is no build in ${dist}: run without it once.`);
		process.exit(1);
	}
	log(`reusing the build in ${dist}`);
} else {
	log(`npx vite build --outDir ${dist}`);
	const r = spawnSync(
		join(root, 'node_modules', '.bin', 'vite'),
		['build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error'],
		{ cwd: root, stdio: 'inherit' }
	);
	if (r.status !== 0) {
		console.error('vite build failed');
		process.exit(1);
	}
}

// 2. Datasets: the shipped one (served as JSON for the lean page) and the generated ones.
mkdirSync(dataDir, { recursive: true });
copyFileSync(join(root, 'data', 'kazakhstan.json'), join(dataDir, 'n51.json'));
const shippedJson = JSON.parse(readFileSync(join(dataDir, 'n51.json'), 'utf8'));
const shippedEvents = shippedJson.treaties.reduce(
	(/** @type {number} */ n, /** @type {{events: unknown[]}} */ t) => n + t.events.length,
	shippedJson.context?.length ?? 0
);
const datasets = [
	{
		key: 'n51',
		name: `N=${shippedEvents} (shipped)`,
		events: shippedEvents,
		treaties: shippedJson.treaties.length,
		shipped: true
	},
	...writeDatasets(dataDir).map((d) => ({
		key: d.name,
		name: `N=${d.events}, ${d.treaties} lanes`,
		events: d.events,
		treaties: d.treaties,
		shipped: false
	}))
];
const dsBytes = Object.fromEntries(
	datasets.map((d) => [d.key, sizes(readFileSync(join(dataDir, `${d.key}.json`)))])
);

// 3. Bytes.
log('bytes');
const app = appBytes(dist);
const lean = await leanBytes(root);

// 4. The zoom script: 20 steps zooming in 1x → 8x around the centre of the range, 10 pan steps
// right (a tenth of the 8x window each), 10 back, 20 zooming out to 1x. ISO days, `to` inclusive.
const DAY = 86_400_000;
const HOME = [Date.UTC(1886, 0, 1), Date.UTC(2013, 0, 1)];
const iso = (/** @type {number} */ ms) => new Date(ms).toISOString().slice(0, 10);
const windowHash = (/** @type {number} */ centre, /** @type {number} */ span) => {
	const a = Math.round((centre - span / 2) / DAY) * DAY;
	const b = Math.round((centre + span / 2) / DAY) * DAY;
	return `#from=${iso(a)}&to=${iso(b - DAY)}`;
};
const CENTRE = (HOME[0] + HOME[1]) / 2;
const SPAN = HOME[1] - HOME[0];
const HASHES = [
	...Array.from({ length: 20 }, (_, i) => windowHash(CENTRE, SPAN / 8 ** ((i + 1) / 20))),
	...Array.from({ length: 10 }, (_, i) => windowHash(CENTRE + ((i + 1) * SPAN) / 80, SPAN / 8)),
	...Array.from({ length: 10 }, (_, i) => windowHash(CENTRE + ((9 - i) * SPAN) / 80, SPAN / 8)),
	...Array.from({ length: 20 }, (_, i) => windowHash(CENTRE, SPAN / 8 ** ((19 - i) / 20)))
];

// 5. Configurations: each dataset at 1280 × 800; then N=1000 at 375 × 740 with 4× CPU throttling.
const desktop = { width: 1280, height: 800 };
const configs = [
	...datasets.map((d) => ({ id: d.key, dataset: d, viewport: desktop, cpu: 1, pass: 'desktop' })),
	{
		id: 'n1000-mobile',
		dataset: /** @type {(typeof datasets)[number]} */ (datasets.find((d) => d.key === 'n1000')),
		viewport: { width: 375, height: 740 },
		cpu: 4,
		pass: 'mobile'
	}
].filter((c) => !ONLY.length || ONLY.includes(c.id));

// One origin for everything the pages load, so `?data=` needs no CORS: the app's build, the
// generated datasets, the lean page and its only dependency.
const server = await serve({
	'/': dist,
	'/bench-data/': dataDir,
	'/lean/': join(root, 'bench', 'lean'),
	'/lean/d3.min.js': join(root, 'node_modules', 'd3', 'dist', 'd3.min.js')
});
const browser = await launchChromium(['--enable-precise-memory-info', '--js-flags=--expose-gc']);
const chromiumVersion = browser.version();
log(
	`Chromium ${chromiumVersion}, ${server.origin}, ${RUNS} runs × ${configs.length} configurations × 2 pages`
);

/**
 * One page load and everything measured on it, in a fresh browser context.
 * @param {(typeof configs)[number]} cfg
 * @param {'app' | 'lean'} kind
 */
async function sample(cfg, kind) {
	const ds = cfg.dataset;
	const dataUrl = `${server.origin}/bench-data/${ds.key}.json`;
	const url =
		kind === 'lean'
			? `${server.origin}/lean/?data=${dataUrl}`
			: ds.shipped
				? `${server.origin}/`
				: `${server.origin}/?data=${dataUrl}`;
	const waitFor =
		kind === 'app' && !ds.shipped ? { firstLane: 't1', marks: ds.events > 100 } : null;
	const context = await browser.newContext({ viewport: cfg.viewport, deviceScaleFactor: 1 });
	try {
		await context.addInitScript(initScript, { waitFor });
		const page = await context.newPage();
		/** @type {string[]} */
		const errors = [];
		page.on('pageerror', (e) => errors.push(e.message));
		page.on('console', (m) => {
			if (m.type() === 'error') errors.push(m.text());
		});
		if (cfg.cpu > 1) {
			const cdp = await context.newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: cfg.cpu });
		}
		// Painted: the page says so on its console (page.mjs). Nothing is evaluated in the page
		// before that: a first evaluation injects Playwright's script (~30-50 ms of main-thread
		// work), and after `load` it landed inside the lean page's load and ours alike. Only a page
		// that has not painted after 30 s (an issues panel instead) is polled for it.
		let painted = false;
		const said = new Promise((resolve) =>
			page.on('console', (m) => {
				if (m.text() === 'bench:painted') resolve((painted = true));
			})
		);
		await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
		/** @type {ReturnType<typeof setTimeout> | undefined} */
		let timer;
		await Promise.race([
			said,
			new Promise((resolve) => (timer = setTimeout(resolve, 30_000))).then(
				() =>
					painted ||
					page.waitForFunction(
						() => {
							const b = /** @type {any} */ (window).__bench;
							return b.painted !== null || !!document.querySelector('section.issues');
						},
						null,
						{ timeout: 90_000, polling: 50 }
					)
			)
		]);
		clearTimeout(timer);
		const issues = await page.evaluate(() => document.querySelector('section.issues')?.textContent);
		if (issues) throw new Error(`the app rejected ${ds.key}.json: ${issues.slice(0, 300)}`);
		// Let lazy and idle work finish (chunks, the print appendix) before the heap and the DOM.
		await page.evaluate(
			() =>
				new Promise((r) =>
					setTimeout(() => requestIdleCallback(() => r(null), { timeout: 5000 }), 1000)
				)
		);
		const load = await page.evaluate(loadFigures);
		const zoom = await page.evaluate(zoomScript, HASHES);
		const selector = kind === 'app' ? 'svg a[data-id]' : 'svg [data-id]';
		let click = await page.evaluate(clickScript, selector);
		let clickAt = '1x';
		if (!click) {
			// Every mark is in a cluster at 1x: click at 8x instead.
			await page.evaluate(async (h) => {
				location.hash = h;
				await new Promise((r) => setTimeout(r, 500));
			}, HASHES[19]);
			click = await page.evaluate(clickScript, selector);
			clickAt = '8x';
		}
		if (errors.length) console.warn(`  ${kind} ${cfg.id}: ${errors.slice(0, 3).join(' | ')}`);
		return { load, zoom, click, clickAt, errors };
	} finally {
		await context.close();
	}
}

/** @type {Record<string, {app: any[], lean: any[]}>} */
const samples = Object.fromEntries(configs.map((c) => [c.id, { app: [], lean: [] }]));
for (let run = 0; run < RUNS; run++) {
	for (const cfg of configs) {
		// Interleaved: alternate which page goes first, so drift in the machine's load hits both.
		const order = /** @type {const} */ (run % 2 ? ['lean', 'app'] : ['app', 'lean']);
		for (const kind of order) {
			const t = Date.now();
			const s = await sample(cfg, kind);
			samples[cfg.id][kind].push(s);
			log(
				`run ${run + 1}/${RUNS} ${cfg.id.padEnd(12)} ${kind.padEnd(4)} ` +
					`painted ${s.load.painted.toFixed(0)} ms, zoom mean ${mean(s.zoom.steps.map((x) => x.paint)).toFixed(1)} ms, ` +
					`click ${s.click ? s.click.paint.toFixed(1) + ' ms' : '—'} (${((Date.now() - t) / 1000).toFixed(1)} s)`
			);
		}
	}
}
await browser.close();
await server.close();

// 6. Figures, budgets, table.
function mean(/** @type {number[]} */ xs) {
	return xs.reduce((a, b) => a + b, 0) / xs.length;
}
function quantile(/** @type {number[]} */ xs, /** @type {number} */ q) {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
}
const stats = (/** @type {(number | null)[]} */ xs) => {
	const v = /** @type {number[]} */ (xs.filter((x) => x !== null && Number.isFinite(x)));
	if (!v.length) return null;
	return { median: median(v), min: Math.min(...v), max: Math.max(...v), n: v.length, values: v };
};
/** For an even count, the mean of the middle two. */
function median(/** @type {number[]} */ v) {
	const s = [...v].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const MB = 1024 * 1024;
/** Per-sample figures: [key, label, unit, getter]. */
const FIGURES = [
	[
		'firstFrame',
		'first render: navigation → rAF of the first frame with the dataset',
		'ms',
		(s) => s.load.drawn
	],
	['firstRender', 'first render: navigation → that frame painted', 'ms', (s) => s.load.painted],
	['heap', 'JS heap after GC', 'MB', (s) => (s.load.heap === null ? null : s.load.heap / MB)],
	['nodes', 'DOM nodes', 'n', (s) => s.load.nodes],
	['longestLoad', 'longest task during load', 'ms', (s) => s.load.longest],
	[
		'zoomMean',
		'zoom/pan per step, mean (change → painted frame)',
		'ms',
		(s) => mean(s.zoom.steps.map((x) => x.paint))
	],
	[
		'zoomP95',
		'zoom/pan per step, p95 (change → painted frame)',
		'ms',
		(s) =>
			quantile(
				s.zoom.steps.map((x) => x.paint),
				0.95
			)
	],
	[
		'zoomRaf2Mean',
		'zoom/pan per step, mean (double rAF)',
		'ms',
		(s) => mean(s.zoom.steps.map((x) => x.raf2))
	],
	[
		'zoomRaf2P95',
		'zoom/pan per step, p95 (double rAF)',
		'ms',
		(s) =>
			quantile(
				s.zoom.steps.map((x) => x.raf2),
				0.95
			)
	],
	[
		'zoomWorkMean',
		'zoom/pan main-thread work per step, mean (script + style/layout/paint)',
		'ms',
		(s) => mean(s.zoom.steps.map((x) => x.work))
	],
	[
		'zoomWorkP95',
		'zoom/pan main-thread work per step, p95',
		'ms',
		(s) =>
			quantile(
				s.zoom.steps.map((x) => x.work),
				0.95
			)
	],
	[
		'zoomPopstate',
		'zoom/pan: of which the popstate pass, mean',
		'ms',
		(s) => mean(s.zoom.steps.map((x) => x.popstate))
	],
	['longestZoom', 'longest task during the zoom script', 'ms', (s) => s.zoom.longest],
	['click', 'click → details painted', 'ms', (s) => (s.click ? s.click.paint : null)]
];

const results = configs.map((cfg) => {
	const figures = Object.fromEntries(
		FIGURES.map(([key, , , get]) => {
			const ours = stats(samples[cfg.id].app.map(get));
			const base = stats(samples[cfg.id].lean.map(get));
			return [
				key,
				{ ours, lean: base, ratio: ours && base && base.median ? ours.median / base.median : null }
			];
		})
	);
	return { config: cfg, figures };
});

const big = (/** @type {{dataset: {events: number}}} */ c) => c.dataset.events >= 5000;
/**
 * The budgets (bench/README.md), for the desktop pass (the throttled mobile pass is information only).
 * @returns {{text: string, pass: boolean} | null}
 */
function budget(/** @type {any} */ cfg, /** @type {string} */ key, /** @type {any} */ f) {
	if (cfg.pass !== 'desktop' || !f.ours) return null;
	const m = f.ours.median;
	const n = cfg.dataset.events;
	if (key === 'click') return { text: '≤ 40 ms', pass: m <= 40 };
	if (key === 'heap' && big(cfg)) return { text: '≤ 6 MB', pass: m <= 6 };
	if ((key === 'longestLoad' || key === 'longestZoom') && big(cfg))
		return { text: 'no task > 200 ms', pass: m <= 200 };
	if (key === 'firstRender' && f.ratio !== null && (n === 1000 || big(cfg)))
		return { text: '≤ 2.2× lean', pass: f.ratio <= 2.2 };
	if (key === 'zoomMean' && f.ratio !== null && n === 1000)
		return { text: '≤ 1.0× lean', pass: f.ratio <= 1.0 };
	if (key === 'zoomMean' && f.ratio !== null && big(cfg))
		return { text: '≤ 0.5× lean', pass: f.ratio <= 0.5 };
	if (key === 'zoomP95' && big(cfg)) return { text: '< 50 ms', pass: m < 50 };
	return null;
}

/**
 * JSON with tabs, numbers rounded to 0.1, and objects of numbers only (the zoom steps) on one line.
 * @param {unknown} value
 */
function compactJson(value) {
	const round = (/** @type {string} */ _k, /** @type {unknown} */ v) =>
		typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 10) / 10 : v;
	return JSON.stringify(value, round, '\t').replace(
		/\{\n(?:\t+"\w+": -?[\d.e+-]+,?\n)+\t*\}/g,
		(m) =>
			m
				.replace(/\s*\n\t*/g, ' ')
				.replace('{ ', '{')
				.replace(' }', '}')
	);
}
const kb = (/** @type {number} */ n) => `${(n / 1024).toFixed(1)} KB`;
const fmt = (/** @type {number} */ v, /** @type {string} */ unit) =>
	unit === 'MB' ? v.toFixed(2) : unit === 'n' ? String(Math.round(v)) : v.toFixed(1);
const cell = (/** @type {any} */ s, /** @type {string} */ unit) =>
	s ? `${fmt(s.median, unit)} (${fmt(s.min, unit)}–${fmt(s.max, unit)})` : '—';
const verdict = (/** @type {{pass: boolean} | null} */ b) =>
	b ? (b.pass ? 'pass' : '**FAIL**') : '';

const rows = [];
const fv = app.total;
const fvBudget = { text: '≤ 60 KB gzip (aim 50)', pass: fv.gzip <= 60 * 1024 };
rows.push(
	'| dataset | figure | ours: median (min–max) | lean: median (min–max) | ours / lean | budget | result |',
	'|---|---|---|---|---|---|---|',
	`| all | first view JS + CSS, gzip (raw) | ${kb(fv.gzip)} (${kb(fv.raw)}): JS ${kb(app.js.gzip)}, CSS ${kb(app.css.gzip)} | ${kb(lean.served.gzip)} (${kb(lean.served.raw)}) as served; ${lean.shaken ? `${kb(lean.shaken.gzip)} (${kb(lean.shaken.raw)}) d3 tree-shaken` : '—'} | ${(fv.gzip / lean.served.gzip).toFixed(2)}× served${lean.shaken ? `, ${(fv.gzip / lean.shaken.gzip).toFixed(2)}× tree-shaken` : ''} | ${fvBudget.text} | ${verdict(fvBudget)} |`
);
const dsBudget = { text: '≤ 30 KB gzip', pass: app.datasetChunk.gzip <= 30 * 1024 };
rows.push(
	`| ${datasets[0].name} | dataset, gzip (raw): shipped chunk ${app.datasetChunk.file.replace(/^assets\//, '')} | ${kb(app.datasetChunk.gzip)} (${kb(app.datasetChunk.raw)}) | JSON ${kb(dsBytes.n51.gzip)} (${kb(dsBytes.n51.raw)}) | | ${dsBudget.text} | ${verdict(dsBudget)} |`
);
for (const d of datasets.slice(1)) {
	const b = dsBytes[d.key];
	rows.push(
		`| ${d.name} | dataset JSON, gzip (raw) | ${kb(b.gzip)} (${kb(b.raw)}) | same file | | | |`
	);
}
for (const r of results) {
	const c = r.config;
	const name = c.pass === 'desktop' ? c.dataset.name : `${c.dataset.name} @ 375×740, 4× CPU`;
	for (const [key, label, unit] of FIGURES) {
		const f = r.figures[key];
		const b = budget(c, key, f);
		rows.push(
			`| ${name} | ${label}, ${unit} | ${cell(f.ours, unit)} | ${cell(f.lean, unit)} | ${f.ratio === null ? '—' : f.ratio.toFixed(2) + '×'} | ${b ? b.text : ''} | ${verdict(b)} |`
		);
	}
}
const clickNotes = results
	.map((r) => {
		const a = samples[r.config.id].app;
		const at = [...new Set(a.map((s) => s.clickAt))].join('/');
		const ids = [...new Set(a.map((s) => s.click?.id).filter(Boolean))].slice(0, 2).join(', ');
		return `${r.config.id}: clicked at ${at} (${ids || 'no mark'})`;
	})
	.join('; ');
const header = [
	`# Benchmark results`,
	'',
	`${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · Chromium ${chromiumVersion} (headless, --disable-gpu) · ` +
		`${RUNS} interleaved runs per page · medians, min–max in brackets · the machine was shared, so timings are noisy. ` +
		`Desktop pass at 1280×800; the mobile pass (375×740, 4× CPU throttling) is information only. See bench/README.md for definitions.`,
	''
];
const footer = [
	'',
	`Clicks: ${clickNotes}.`,
	`Lean page as served = lean.js + the whole d3.min.js; tree-shaken = lean.js with only ${lean.used.map((u) => `d3.${u}`).join(', ')}, minified by Vite.`,
	`Total time ${((Date.now() - started) / 1000).toFixed(0)} s.`
];
const md = [...header, ...rows, ...footer].join('\n') + '\n';
mkdirSync(resultsDir, { recursive: true });
await writeFile(join(resultsDir, 'latest.md'), md);
await writeFile(
	join(resultsDir, 'latest.json'),
	compactJson({
		date: new Date().toISOString(),
		chromium: chromiumVersion,
		runs: RUNS,
		hashes: HASHES,
		bytes: { app, lean, datasets: dsBytes },
		results: results.map((r) => ({
			id: r.config.id,
			dataset: r.config.dataset,
			viewport: r.config.viewport,
			cpuThrottling: r.config.cpu,
			figures: r.figures,
			budgets: Object.fromEntries(
				Object.keys(r.figures)
					.map((k) => [k, budget(r.config, k, r.figures[k])])
					.filter(([, b]) => b)
			)
		})),
		samples
	}) + '\n'
);
console.log('\n' + md);
console.log(`Written to ${join('bench', 'results', 'latest.md')} and latest.json.`);
