// Journey 5: zoom and pan by buttons, mouse drag, Ctrl+wheel, keys and touch; a plain wheel and a
// one-finger swipe scroll the host page instead.
import { strict as assert } from 'node:assert';
import { nextFrames, poll, test } from './lib/harness.mjs';
import {
	focused,
	gotoApp,
	hashParams,
	hashWindowChanged,
	markerLink,
	msg,
	timeline,
	visibleWindow,
	windowChangedFrom
} from './lib/app.mjs';

const HOME = 'Visible window: 1886 to 2012';

/** A point on the plot: the middle of the plot area, at the height of the WIPO Convention lane. */
async function plotPoint(page) {
	const svg = await timeline(page).boundingBox();
	const lane = await timeline(page)
		.getByRole('link', {
			name: /Convention Establishing the World Intellectual Property Organization/
		})
		.boundingBox();
	assert.ok(svg && lane, 'timeline or WIPO lane not rendered');
	const plotLeft = lane.x + lane.width;
	return { x: plotLeft + (svg.x + svg.width - plotLeft) / 2, y: lane.y + lane.height / 2 };
}

/** Asserts the window moved (text and hash) and returns the new state. */
async function changed(page, before, what) {
	const text = await windowChangedFrom(page, before.text, what);
	const hash = await hashWindowChanged(page, before.hash, what);
	return { text, hash };
}
const state = async (page) => ({
	text: await visibleWindow(page),
	hash: { from: (await hashParams(page)).get('from'), to: (await hashParams(page)).get('to') }
});

test('J5 zoom buttons and presets change the visible window and the hash', async (t) => {
	const page = await t.newPage();
	await gotoApp(page);
	let s = await state(page);
	assert.equal(s.text, HOME);
	for (const name of ['Zoom in', 'Zoom in', 'Zoom out']) {
		await page.getByRole('button', { name, exact: true }).click();
		s = await changed(page, s, `the "${name}" button`);
	}
	await page.getByRole('button', { name: 'Show the whole history', exact: true }).click();
	await poll(async () => assert.equal(await visibleWindow(page), HOME, '"Show the whole history"'));
	s = await state(page);
	for (const [from, to] of [
		['1961', '2012'],
		['1991', '2012']
	]) {
		const preset = page.getByRole('button', { name: `${from}–${to}`, exact: true });
		await preset.click();
		await poll(async () =>
			assert.equal(await visibleWindow(page), `Visible window: ${from} to ${to}`)
		);
		await poll(async () => {
			const h = await hashParams(page);
			assert.equal(
				`${h.get('from')}–${h.get('to')}`,
				`${from}–${to}`,
				`hash after the ${from}–${to} preset`
			);
		});
		assert.equal(
			await preset.getAttribute('aria-pressed'),
			'true',
			`the ${from}–${to} preset is not pressed`
		);
	}
	await page.getByRole('button', { name: 'Whole history', exact: true }).click();
	await poll(async () => assert.equal(await visibleWindow(page), HOME, '"Whole history" preset'));
});

test('J5 dragging the plot with the mouse pans the window', async (t) => {
	const page = await t.newPage();
	await gotoApp(page);
	await page.getByRole('button', { name: '1961–2012', exact: true }).click();
	await poll(async () => assert.equal(await visibleWindow(page), 'Visible window: 1961 to 2012'));
	const s = await state(page);
	const p = await plotPoint(page);
	await page.mouse.move(p.x, p.y);
	await page.mouse.down();
	for (let i = 1; i <= 10; i++) await page.mouse.move(p.x + i * 25, p.y);
	await page.mouse.up();
	const now = await changed(page, s, 'a mouse drag of 250 px to the right');
	assert.ok(
		Number(now.hash.from) < 1961,
		`dragging right should show earlier years, hash from=${now.hash.from}`
	);
	assert.equal((await hashParams(page)).get('event'), null, 'the drag also selected an event');
});

test('J5 the overview strip: its brush marks the window; dragging it, clicking the strip and arrow keys on it pan', async (t) => {
	const page = await t.newPage();
	await gotoApp(page);
	await page.getByRole('button', { name: '1961–2012', exact: true }).click();
	await poll(async () => assert.equal(await visibleWindow(page), 'Visible window: 1961 to 2012'));
	const brush = page.getByRole('slider', { name: msg('en', 'zoom.overview'), exact: true });
	const strip = page.locator('.overview');
	const [b, box] = [await brush.boundingBox(), await strip.boundingBox()];
	assert.ok(b && box, 'no overview strip or brush');
	// The brush covers 1961-2012 of 1886-2012: the right two fifths of the strip.
	const share = (b.x - box.x) / box.width;
	assert.ok(
		share > 0.5 && share < 0.65,
		`the brush starts at ${(share * 100).toFixed(0)}% of the strip`
	);
	assert.ok(b.x + b.width <= box.x + box.width + 1, 'the brush overflows the strip');
	// The ticks and the brush are two layers of one strip, on the same box.
	const layers = await strip.evaluate((el) =>
		[...el.querySelectorAll('svg')].map((svg) => {
			const r = svg.getBoundingClientRect();
			return [r.x, r.y, r.width, r.height].map(Math.round).join(',');
		})
	);
	assert.equal(layers.length, 2, 'the strip is not two layers');
	assert.equal(layers[0], layers[1], 'the brush layer is not over the ticks');

	// Drag the brush to the left: earlier years.
	let s = await state(page);
	const y = b.y + b.height / 2;
	await page.mouse.move(b.x + b.width / 2, y);
	await page.mouse.down();
	for (let i = 1; i <= 8; i++) await page.mouse.move(b.x + b.width / 2 - i * 20, y);
	await page.mouse.up();
	let now = await changed(page, s, 'dragging the brush 160 px to the left');
	assert.ok(Number(now.hash.from.slice(0, 4)) < 1961, `from=${now.hash.from} after the drag`);

	// A click on the strip outside the brush centres the window there.
	s = now;
	await page.mouse.click(box.x + 8, y);
	now = await changed(page, s, 'a click at the left end of the strip');
	assert.ok(Number(now.hash.from.slice(0, 4)) < 1900, `from=${now.hash.from} after the click`);

	// Arrow keys on the focused brush.
	s = now;
	await brush.focus();
	await page.keyboard.press('ArrowRight');
	now = await changed(page, s, 'ArrowRight on the brush');
	assert.ok(
		now.hash.from > s.hash.from,
		`ArrowRight moved from=${s.hash.from} to ${now.hash.from}`
	);
});

test('J5 Ctrl+wheel over the plot zooms', async (t) => {
	const page = await t.newPage();
	await gotoApp(page);
	const s = await state(page);
	const p = await plotPoint(page);
	await page.mouse.move(p.x, p.y);
	await page.keyboard.down('Control');
	await page.mouse.wheel(0, -300);
	await page.keyboard.up('Control');
	await changed(page, s, 'Ctrl+wheel');
	assert.equal(await page.evaluate(() => scrollY), 0, 'Ctrl+wheel also scrolled the page');
});

test('J5 keys on a focused marker: + zooms in, Shift+ArrowRight pans, − zooms out', async (t) => {
	const page = await t.newPage();
	await gotoApp(page);
	let s = await state(page);
	// A marker near the middle of 1886–2012, so it stays in view when + zooms around the centre.
	await markerLink(page, 'Context: Universal Copyright Convention (Geneva text) adopted').focus();
	for (const [key, what] of [
		['+', 'the + key'],
		['Shift+ArrowRight', 'Shift+ArrowRight'],
		['-', 'the − key (-)']
	]) {
		await page.keyboard.press(key);
		s = await changed(page, s, what);
		const f = await focused(page);
		assert.ok(
			f.inTimeline,
			`after ${what}, focus left the timeline (now on <${f.tag}> "${f.name}")`
		);
	}
	assert.equal((await hashParams(page)).get('event'), null, 'the zoom keys selected an event');
});

test('J5 keys: + on a marker away from the centre keeps focus in the timeline, so Shift+ArrowRight still pans', async (t) => {
	const page = await t.newPage();
	await gotoApp(page);
	let s = await state(page);
	const name = 'Berne Convention: entered into force for Kazakhstan';
	await markerLink(page, name).focus();
	await page.keyboard.press('+');
	s = await changed(page, s, 'the + key');
	const f = await focused(page);
	const present = await page.locator('[data-id="berne-party-entry-into-force"]').count();
	assert.ok(
		f.inTimeline,
		`after + on the focused marker "${name} on 12 April 1999", the window is "${s.text}", ` +
			`the marker is ${present ? 'still in the document' : 'no longer in the document'} and focus fell to <${f.tag}>; further keys do nothing`
	);
	await page.keyboard.press('Shift+ArrowRight');
	await changed(page, s, 'Shift+ArrowRight after +');
});

test('J5 a plain wheel over the timeline scrolls the host page and leaves the window alone', async (t) => {
	const page = await t.newPage();
	await gotoApp(page);
	await page.evaluate(() => (document.body.style.paddingBottom = '3000px'));
	const s = await state(page);
	const p = await plotPoint(page);
	await page.mouse.move(p.x, p.y);
	await page.mouse.wheel(0, 300);
	// The app has seen the wheel: it shows its hint (for a moment).
	await page
		.getByText(/Ctrl \+ scroll to zoom|⌘ \+ scroll to zoom/)
		.waitFor({ timeout: 3000 })
		.catch(() => assert.fail('no "Ctrl + scroll to zoom" hint after a plain wheel'));
	await poll(async () =>
		assert.ok((await page.evaluate(() => scrollY)) > 0, 'the page did not scroll')
	);
	await nextFrames(page);
	assert.equal(await visibleWindow(page), s.text, 'a plain wheel changed the visible window');
	assert.equal((await hashParams(page)).get('from'), null, 'a plain wheel wrote from= to the hash');
});

/** Touch through CDP: points are [x, y] pairs. */
async function touch(page, cdp, type, points) {
	await cdp.send('Input.dispatchTouchEvent', {
		type,
		touchPoints: points.map(([x, y], id) => ({ x, y, id, radiusX: 5, radiusY: 5, force: 1 }))
	});
}

test('J5 touch: one finger scrolls the page (window unchanged), two fingers zoom', async (t) => {
	const page = await t.newPage({
		viewport: { width: 800, height: 900 },
		hasTouch: true,
		isMobile: false
	});
	await gotoApp(page);
	await page.evaluate(() => (document.body.style.paddingBottom = '3000px'));
	const cdp = await page.context().newCDPSession(page);
	const s = await state(page);
	const p = await plotPoint(page);

	// One finger, swiping up.
	await touch(page, cdp, 'touchStart', [[p.x, p.y]]);
	for (let i = 1; i <= 10; i++) await touch(page, cdp, 'touchMove', [[p.x + i * 3, p.y - i * 25]]);
	await touch(page, cdp, 'touchEnd', []);
	await poll(async () =>
		assert.ok(
			(await page.evaluate(() => scrollY)) > 0,
			'a one-finger swipe up over the timeline did not scroll the page'
		)
	);
	await nextFrames(page);
	assert.equal(await visibleWindow(page), s.text, 'a one-finger swipe changed the visible window');

	// Two fingers spreading apart: zoom in.
	// (Back to the top: again while the swipe's fling still moves the page.)
	await poll(async () => {
		await page.evaluate(() => scrollTo(0, 0));
		await nextFrames(page);
		assert.equal(await page.evaluate(() => scrollY), 0, 'the page did not stay at the top');
	});
	const q = await plotPoint(page);
	await touch(page, cdp, 'touchStart', [
		[q.x - 40, q.y],
		[q.x + 40, q.y]
	]);
	for (let i = 1; i <= 10; i++)
		await touch(page, cdp, 'touchMove', [
			[q.x - 40 - i * 12, q.y],
			[q.x + 40 + i * 12, q.y]
		]);
	await touch(page, cdp, 'touchEnd', []);
	await changed(page, s, 'a two-finger pinch');
});
