// The compare view's figures (bench/README.md, "The compare view"): how long the strips take to
// draw once WIPO's tables have arrived, and one Ctrl + wheel zoom step on the strips, in Debian's
// Chromium at 1280 × 800. Prints a Markdown table and writes it to bench/results/compare.md.
// Nothing is asserted: a time on a shared machine is a reading, not a test.
//
//   node bench/compare.mjs                     build, then 5 runs
//   BENCH_NO_BUILD=1 BENCH_RUNS=3 node bench/compare.mjs
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath, launchChromium } from '../tests/lib/chromium.mjs';
import { serve } from '../tests/lib/server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Not bench/run.mjs's folder: the two can run without overwriting each other's build.
const dist = join(root, 'node_modules', '.cache', 'treaty-timeline-bench', 'compare-dist');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 5);
const STEPS = 20;
chromiumPath();

if (process.env.BENCH_NO_BUILD !== '1' || !existsSync(join(dist, 'index.html'))) {
	const r = spawnSync(
		join(root, 'node_modules/.bin/vite'),
		['build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error'],
		{ cwd: root, stdio: 'inherit' }
	);
	if (r.status !== 0) process.exit(1);
}

/**
 * Before any page script: notes when the compare data's chunk has arrived (its resource entry's
 * responseEnd) and, from a requestAnimationFrame loop, the first frame with the strips' dots in
 * the DOM; `painted` is when a MessageChannel message posted in that frame arrives (its style,
 * layout and paint done), as bench/page.mjs does for the timeline.
 */
function initScript() {
	const b = { dataAt: null, drawn: null, painted: null };
	Object.defineProperty(window, '__compare', { value: b });
	new PerformanceObserver((list) => {
		for (const e of list.getEntries())
			if (/\/compare-[^/]*\.js$/.test(e.name)) b.dataAt ??= e.responseEnd;
	}).observe({ type: 'resource', buffered: true });
	const frame = (t) => {
		if (document.querySelector('.strips svg a')) {
			b.drawn = t;
			const ch = new MessageChannel();
			ch.port1.onmessage = () => (b.painted = performance.now());
			ch.port2.postMessage(0);
			return;
		}
		requestAnimationFrame(frame);
	};
	requestAnimationFrame(frame);
}

/**
 * In the page: `steps` Ctrl + wheel steps in, then as many out. Per step, from t0 (just before
 * `dispatchEvent`): `paint`, until a message posted in the next frame arrives (the step is on a
 * painted frame; includes waiting for vsync, so an empty step reads one frame interval, ~16.7 ms);
 * `work`, the main-thread time it costs without that wait, as bench/page.mjs counts it: t0 until
 * the microtasks queued by the handler (Svelte's DOM updates) have run, plus that frame's start to
 * the message (its style, layout and paint).
 */
function zoomSteps(steps) {
	const el = document.querySelector('.strips');
	const box = el.getBoundingClientRect();
	const raf = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
	const msg = () =>
		new Promise((r) => {
			const ch = new MessageChannel();
			ch.port1.onmessage = () => r(performance.now());
			ch.port2.postMessage(0);
		});
	return (async () => {
		const times = [];
		for (let i = 0; i < 2 * steps; i++) {
			const t0 = performance.now();
			el.dispatchEvent(
				new WheelEvent('wheel', {
					deltaY: i < steps ? -100 : 100,
					ctrlKey: true,
					clientX: box.left + box.width * 0.8,
					clientY: box.top + 40,
					bubbles: true,
					cancelable: true
				})
			);
			await null;
			const t1 = performance.now();
			const tr = await raf();
			const t2 = await msg();
			times.push({ paint: t2 - t0, work: t1 - t0 + (t2 - tr) });
		}
		return times;
	})();
}

const server = await serve({ '/': dist });
const browser = await launchChromium();
const samples = { draw: [], painted: [], step: [], work: [] };
for (let run = 0; run < RUNS; run++) {
	const context = await browser.newContext({
		viewport: { width: 1280, height: 800 },
		deviceScaleFactor: 1
	});
	await context.addInitScript(initScript);
	const page = await context.newPage();
	await page.goto(`${server.origin}/#view=compare`);
	await page.waitForFunction(() => window.__compare.painted !== null, null, { timeout: 30_000 });
	const b = await page.evaluate(() => window.__compare);
	samples.draw.push(b.painted - b.dataAt);
	samples.painted.push(b.painted);
	for (const t of await page.evaluate(zoomSteps, STEPS)) {
		samples.step.push(t.paint);
		samples.work.push(t.work);
	}
	await context.close();
	console.log(
		`run ${run + 1}/${RUNS}: drawn ${Math.round(b.painted - b.dataAt)} ms after the data`
	);
}
await browser.close();
await server.close();

const sorted = (v) => [...v].sort((a, b) => a - b);
const at = (v, q) => sorted(v)[Math.min(v.length - 1, Math.floor(q * v.length))];
const ms = (n) => `${Math.round(n)} ms`;
const mean = (v) => v.reduce((a, b) => a + b, 0) / v.length;
const row = (name, v) =>
	`| ${name} | ${ms(at(v, 0.5))} | ${ms(mean(v))} | ${ms(Math.min(...v))}–${ms(Math.max(...v))} | ${ms(at(v, 0.95))} | ${v.length} |`;
const table = [
	`Compare view, 1280 × 800, Chromium ${browser.version()}, ${new Date().toISOString().slice(0, 16)} UTC, ${RUNS} runs`,
	'',
	'| figure | median | mean | min–max | p95 | samples |',
	'|---|---|---|---|---|---|',
	row('data arrived → strips painted', samples.draw),
	row('navigation → strips painted', samples.painted),
	row('Ctrl + wheel step → painted frame', samples.step),
	row('Ctrl + wheel step: main-thread work', samples.work),
	''
].join('\n');
console.log('\n' + table);
await writeFile(join(root, 'bench', 'results', 'compare.md'), table);
