// Code that runs inside the benchmarked pages (serialised by playwright-core, so every function
// here is self-contained). All times are performance.now() values of the page: ms since its
// navigation started.

/**
 * Installed with context.addInitScript before any page script runs. Collects long tasks
 * (PerformanceObserver 'longtask', buffered) and decides when the timeline is drawn:
 * - `cfg.waitFor` null (the shipped dataset, the lean page): when the page sets
 *   performance.mark('timeline-drawn'), which both do in a requestAnimationFrame after their first
 *   geometry, i.e. at the start of the first frame that paints it (performance.mark is wrapped to
 *   see the call as it happens);
 * - `cfg.waitFor` set (the app with `?data=`, whose own mark would also be set for the shipped
 *   dataset it falls back to when the fetch fails): the test is that the timeline shows the first
 *   loaded treaty's lane label, visible (the shipped dataset has no such lane) and, with many
 *   events, that the canvas has drawn its marks. It runs when the app sets its mark and at the
 *   start of every frame (a requestAnimationFrame loop; the page's DOM is only painted in frames),
 *   and `drawn` is the first moment it holds: the start of the first frame that paints the
 *   dataset, as for the pages above. (A MutationObserver, used before, ran the test after every
 *   DOM change of the app's load, work the lean page was not charged with. The source line
 *   "Dataset from <host>" is no test: it follows the first frame, App.svelte.)
 * In both cases `painted` is when a MessageChannel message posted in that requestAnimationFrame
 * arrives: after the main thread has done that frame's style, layout and paint; it is then
 * announced with `console.debug('bench:painted')`.
 * @param {{waitFor: {firstLane: string, marks: boolean} | null}} cfg
 */
export function initScript(cfg) {
	const b = {
		cfg,
		longtasks: /** @type {{start: number, duration: number}[]} */ ([]),
		appMark: /** @type {number | null} */ (null),
		drawn: /** @type {number | null} */ (null),
		painted: /** @type {number | null} */ (null)
	};
	Object.defineProperty(window, '__bench', { value: b });
	const afterPaint = (/** @type {(t: number) => void} */ done) => {
		const ch = new MessageChannel();
		ch.port1.onmessage = () => done(performance.now());
		ch.port2.postMessage(0);
	};
	// Node learns of it from this console message: polling the page from Node (waitForFunction)
	// would inject Playwright's own script (~30-50 ms of main-thread work) into the load it times.
	const painted = (/** @type {number} */ t) => {
		b.painted = t;
		console.debug('bench:painted');
	};
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries())
				b.longtasks.push({ start: e.startTime, duration: e.duration });
		}).observe({ type: 'longtask', buffered: true });
	} catch {
		/* no longtask support: the figure stays empty */
	}
	/** The `?data=` test above (null without cfg.waitFor). */
	const want = cfg.waitFor;
	const shown = () => {
		if (!want) return false;
		// Its first lane is drawn (with many lanes, only the rows in view are in the DOM): a lane
		// the shipped dataset, the fallback when a fetch fails, does not have; and it is visible
		// (the app draws a big dataset unseen while a worker checks its rules, App.svelte).
		const lane = document.querySelector(`svg a[href="#treaty=${want.firstLane}"]`);
		if (!lane || !lane.checkVisibility({ visibilityProperty: true })) return false;
		// Many events are drawn on a canvas: its marks too.
		return (
			!want.marks ||
			Number(document.querySelector('canvas[data-marks]')?.getAttribute('data-marks')) > 0
		);
	};
	const drawnAt = (/** @type {number} */ t) => {
		if (b.drawn !== null) return;
		b.drawn = t;
		afterPaint(painted);
	};
	// Wrapped rather than observed, so that the message is posted inside the page's rAF callback.
	const mark = performance.mark.bind(performance);
	performance.mark = (name, opts) => {
		const entry = mark(name, opts);
		if (name === 'timeline-drawn' && b.appMark === null) {
			b.appMark = entry.startTime;
			if (!want || shown()) drawnAt(entry.startTime);
		}
		return entry;
	};
	if (want) {
		const poll = () => {
			if (b.drawn !== null) return;
			if (shown()) drawnAt(performance.now());
			else requestAnimationFrame(poll);
		};
		requestAnimationFrame(poll);
	}
}

/** After load: a full GC, then the JS heap, the DOM size and the long tasks so far. */
export function loadFigures() {
	const w = /** @type {any} */ (window);
	w.gc?.();
	w.gc?.();
	const b = w.__bench;
	const mem = /** @type {any} */ (performance).memory;
	return {
		drawn: b.drawn,
		painted: b.painted,
		appMark: b.appMark,
		heap: mem ? mem.usedJSHeapSize : null,
		nodes: document.getElementsByTagName('*').length,
		longtasks: b.longtasks.length,
		longest: Math.max(0, ...b.longtasks.map((/** @type {any} */ t) => t.duration))
	};
}

/**
 * The zoom script: assigns each hash in turn (`hashchange`, which the app and the lean page
 * handle) and times it. Per step, from t0 (just before the assignment):
 * - popstate: until the microtasks queued by the page's `popstate` listeners have run (the
 *   assignment fires `popstate` synchronously; the lean page does not listen to it);
 * - script: until our own `hashchange` listener runs, i.e. after the page's listeners (popstate,
 *   any frame the browser renders in between, hashchange) and the microtasks they queued (Svelte's
 *   DOM updates);
 * - render: in the next requestAnimationFrame, from its start until a MessageChannel message
 *   posted there arrives, i.e. that frame's style, layout and paint on the main thread;
 * - paint: t0 to that message: the change is on a painted frame (includes waiting for vsync);
 * - raf2: t0 to the next requestAnimationFrame after that (the "double rAF" figure: the start of
 *   the frame after the painted one, so it includes one more vsync wait);
 * - work = script + render: main-thread time the step costs, free of vsync alignment.
 * @param {string[]} hashes
 */
export async function zoomScript(hashes) {
	const raf = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
	const msg = () =>
		new Promise((r) => {
			const ch = new MessageChannel();
			ch.port1.onmessage = () => r(performance.now());
			ch.port2.postMessage(0);
		});
	await raf();
	await msg();
	const steps = [];
	const w = /** @type {any} */ (window);
	const first = w.__bench.longtasks.length;
	const start = performance.now();
	for (const h of hashes) {
		const handled = new Promise((r) =>
			addEventListener('hashchange', () => r(performance.now()), { once: true })
		);
		const t0 = performance.now();
		location.hash = h;
		// The assignment fires `popstate` synchronously, then `hashchange` in a later task. Microtasks
		// the page queued in its popstate listener (a Svelte flush) run before this continuation.
		await null;
		const tp = performance.now();
		const t1 = /** @type {number} */ (await handled);
		const tr = /** @type {number} */ (await raf());
		const t2 = /** @type {number} */ (await msg());
		const t3 = /** @type {number} */ (await raf());
		steps.push({
			popstate: tp - t0,
			script: t1 - t0,
			render: t2 - tr,
			work: t1 - t0 + (t2 - tr),
			paint: t2 - t0,
			raf2: t3 - t0
		});
		await msg();
	}
	const end = performance.now();
	// Long tasks are reported a little late: give the observer a moment.
	await new Promise((r) => setTimeout(r, 100));
	const tasks = w.__bench.longtasks
		.slice(first)
		.filter((/** @type {any} */ t) => t.start >= start && t.start < end);
	return {
		steps,
		longtasks: tasks.length,
		longest: Math.max(0, ...tasks.map((/** @type {any} */ t) => t.duration))
	};
}

/**
 * Clicks a visible event mark (an element with data-id in the svg, fully opaque, in the viewport;
 * for the app an `a[data-id]` that is not a hidden cluster member) with a synthetic click, and
 * times until the details panel (an aside / role=complementary) is in the DOM (`dom`), on a
 * painted frame (`paint`: rAF then a MessageChannel message) and the double-rAF figure (`raf2`).
 * @param {string} selector
 */
export async function clickScript(selector) {
	const inView = (/** @type {Element} */ el) => {
		const r = el.getBoundingClientRect();
		return (
			r.width > 0 && r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth
		);
	};
	const marks = [...document.querySelectorAll(selector)].filter(
		(el) => getComputedStyle(el).opacity === '1' && inView(el)
	);
	/** @type {Element | undefined} */
	let el = marks[Math.floor(marks.length / 2)];
	/** @type {MouseEventInit} */
	const at = { bubbles: true, cancelable: true, view: window };
	// Many events: marks drawn on a canvas (no element each). Click the middle of a drawn mark:
	// the first opaque pixel scanning from the canvas's centre row outwards, on the element
	// under it (the canvas lets the pointer through to the timeline, which hit-tests).
	const canvas = /** @type {HTMLCanvasElement | null} */ (
		document.querySelector('canvas[data-marks]')
	);
	if (canvas && Number(canvas.dataset.marks) > 0) {
		const box = canvas.getBoundingClientRect();
		const scale = canvas.width / box.width;
		const img = /** @type {CanvasRenderingContext2D} */ (canvas.getContext('2d')).getImageData(
			0,
			0,
			canvas.width,
			canvas.height
		).data;
		const visibleRows = Math.min(canvas.height, Math.floor((innerHeight - box.top) * scale));
		let hit = null;
		for (let d = 0; d < visibleRows && !hit; d++) {
			const y = Math.floor(visibleRows / 2) + (d % 2 ? -(d >> 1) : d >> 1);
			if (y < 0 || y >= canvas.height) continue;
			for (let dx = 0; dx < canvas.width / 2 && !hit; dx++)
				for (const x of [Math.floor(canvas.width / 2) + dx, Math.floor(canvas.width / 2) - dx])
					if (img[(y * canvas.width + x) * 4 + 3] > 200) {
						hit = { x: box.left + x / scale, y: box.top + y / scale };
						break;
					}
		}
		if (hit) {
			el = document.elementFromPoint(hit.x, hit.y) ?? undefined;
			Object.assign(at, { clientX: hit.x, clientY: hit.y });
		}
	}
	if (!el) return null;
	const panel = () => document.querySelector('aside, [role="complementary"]');
	if (panel()) return null;
	const raf = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
	return new Promise((resolve) => {
		let t0 = 0;
		const observer = new MutationObserver(async () => {
			if (!panel()) return;
			observer.disconnect();
			const dom = performance.now() - t0;
			await raf();
			const paint = await new Promise((r) => {
				const ch = new MessageChannel();
				ch.port1.onmessage = () => r(performance.now() - t0);
				ch.port2.postMessage(0);
			});
			const raf2 = /** @type {number} */ (await raf()) - t0;
			const id =
				el?.getAttribute('data-id') ?? new URLSearchParams(location.hash.slice(1)).get('event');
			resolve({ id, candidates: marks.length, dom, paint, raf2 });
		});
		observer.observe(document.body, { childList: true, subtree: true });
		// A click that opened nothing (a miss): no figure.
		setTimeout(() => {
			observer.disconnect();
			resolve(null);
		}, 5000);
		t0 = performance.now();
		el?.dispatchEvent(new MouseEvent('click', at));
	});
}
