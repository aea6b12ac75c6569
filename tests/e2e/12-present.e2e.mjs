// Journey 12 (issue "Lecture"): a deep link restores a view, Back and Forward walk through
// selections, and the presentation walks the whole story by clicker keys (PageDown/PageUp) with
// focus on a presenter button or inside the slide, blanks the screen, shows its keys, leaves with
// Esc, starts from ?mode=present, clamps a step out of range, fits 1024x768 and 1920x1080 in
// large type, and reads from the back of a lecture hall at 1920x1080 and 1280x720 (chart half the
// screen, type scaled to it, a year on the axis, a legend, the step's event a mark of its own),
// closing on the overview of Kazakhstan's six instruments.
import { strict as assert } from 'node:assert';
import { nextFrames, poll, test } from './lib/harness.mjs';
import {
	assertNone,
	dataset,
	expectedOrder,
	focused,
	formatOverlaps,
	gotoApp,
	hashParams,
	allowFiles,
	markerLink,
	msg,
	openPanel,
	paintedMarkers,
	panel,
	SINGLE_FILE,
	textLayout,
	timeline,
	visibleWindow
} from './lib/app.mjs';

/** The story's steps, then the closing overview (the party's instruments side by side). */
const STEPS = dataset.story.length + 1;
const ORDER = expectedOrder();
const T = (key, params) => msg('en', key, params);

/** The presenter: a dialog named present.title. */
const presenter = (page) => page.getByRole('dialog', { name: T('present.title'), exact: true });

/** The progress text: "n / N", or present.titleStep on the title screen. */
const progressText = (n) =>
	n ? T('present.progress', { n, total: STEPS }) : T('present.titleStep');

/** Waits until the presenter shows step n (0 = the title screen), by its progress text and hash. */
async function atStep(page, n, what) {
	const want = progressText(n);
	await poll(
		async () => {
			const dlg = presenter(page);
			const shown = await dlg.getByText(want, { exact: true }).count();
			const h = await hashParams(page);
			assert.ok(
				shown >= 1,
				`the presenter does not show "${want}" (bar: "${(await dlg.textContent().catch(() => ''))?.slice(0, 60)}")`
			);
			assert.equal(h.get('step') ?? (h.has('present') ? '0' : null), String(n || 0), 'hash step=');
		},
		{ timeout: 3000, message: `${what}: expected step ${n}` }
	);
}

/** Opens the presenter with the header's Present button; full screen may be refused headless. */
async function startPresenting(page) {
	await page.getByRole('button', { name: T('present.button'), exact: true }).click();
	await presenter(page).waitFor({ state: 'visible' });
	await atStep(page, 0, 'after Present');
	assert.ok((await hashParams(page)).has('present'), 'the hash has no "present" after Present');
}

/**
 * Presses `key` until step `to`, checking each step on the way. Where focus leaves the modal
 * presenter (to something behind it) is recorded in `escapes`, once per pass.
 */
async function walk(page, key, from, to, what, escapes) {
	const dir = to > from ? 1 : -1;
	for (let n = from + dir; dir > 0 ? n <= to : n >= to; n += dir) {
		await page.keyboard.press(key);
		await atStep(page, n, `${what}, ${key} to step ${n}`);
		if (escapes && !escapes.some((e) => e.startsWith(what))) {
			const out = await focusOutsidePresenter(page);
			if (out) escapes.push(`${what}: after ${key} to step ${n}, focus is on ${out}`);
		}
	}
	return focused(page);
}

/** Where focus is when it is not inside the modal presenter (null when it is inside). */
async function focusOutsidePresenter(page) {
	const where = await page.evaluate(() => {
		const el = document.activeElement;
		if (el?.closest('[aria-modal="true"]')) return 'inside';
		return !el || el === document.body ? 'body' : 'behind';
	});
	if (where === 'inside') return null;
	if (where === 'body') return 'the page body (focus was dropped, not kept in the presenter)';
	const f = await focused(page);
	return `${f.role || f.tag} "${f.name.slice(0, 60)}" behind the presenter`;
}

test('J12 a deep link #event=…&from=1990&to=2012 restores the selection and the window', async (t) => {
	const page = await t.newPage();
	const id = 'wppt-party-entry-into-force';
	await gotoApp(page, { hash: `event=${id}&from=1990&to=2012` });
	const text = await openPanel(page, T('kind.party-entry-into-force', { party: 'Kazakhstan' }));
	assert.ok(
		text.includes('12 November 2004'),
		`the panel lacks 12 November 2004: ${text.slice(0, 200)}`
	);
	await poll(async () => assert.equal(await visibleWindow(page), 'Visible window: 1990 to 2012'));
	const marker = markerLink(page, 'WPPT: entered into force for Kazakhstan');
	assert.equal(await marker.getAttribute('aria-current'), 'true', 'the marker is not aria-current');
	const pos = ORDER.findIndex((e) => e.id === id) + 1;
	assert.equal(
		await panel(page)
			.getByLabel(T('panel.position', { n: pos, total: ORDER.length }), { exact: true })
			.count(),
		1,
		`the panel does not say "${T('panel.position', { n: pos, total: ORDER.length })}"`
	);
});

test('J12 Back and Forward walk through selections made by clicks and by the panel’s Next', async (t) => {
	const page = await t.newPage();
	await gotoApp(page, { hash: 'from=1990&to=2012' });
	await timeline(page).waitFor();
	const positionOf = (id) =>
		T('panel.position', { n: ORDER.findIndex((e) => e.id === id) + 1, total: ORDER.length });
	/** Selection is `id` (or none): hash, panel position label, window unchanged. */
	const isAt = async (id, what) =>
		poll(
			async () => {
				assert.equal((await hashParams(page)).get('event'), id, `${what}: hash event=`);
				if (id)
					assert.equal(
						await panel(page).getByLabel(positionOf(id), { exact: true }).count(),
						1,
						`${what}: the panel does not show ${id} ("${positionOf(id)}")`
					);
				else assert.equal(await panel(page).count(), 0, `${what}: the panel is still open`);
			},
			{ timeout: 4000 }
		);

	const first = (await paintedMarkers(page))[2];
	assert.ok(first, 'no painted marker to click in 1990–2012');
	await timeline(page).getByRole('link', { name: first.name, exact: true }).click();
	await isAt(first.id, `click on "${first.name}"`);
	const second = (await paintedMarkers(page)).find((m) => m.id !== first.id);
	assert.ok(second, 'with the panel open no other marker is painted');
	await timeline(page).getByRole('link', { name: second.name, exact: true }).click();
	await isAt(second.id, `click on "${second.name}"`);
	const third = ORDER[ORDER.findIndex((e) => e.id === second.id) + 1].id;
	await panel(page)
		.getByRole('button', { name: new RegExp(T('panel.next')) })
		.click();
	await isAt(third, 'the panel’s Next event');

	const trail = [null, first.id, second.id, third];
	for (let i = trail.length - 2; i >= 0; i--) {
		await page.goBack();
		await isAt(trail[i], `Back to ${trail[i] ?? 'no selection'}`);
	}
	for (let i = 1; i < trail.length; i++) {
		await page.goForward();
		await isAt(trail[i], `Forward to ${trail[i]}`);
	}
	assert.equal(
		await visibleWindow(page),
		'Visible window: 1990 to 2012',
		'Back/Forward moved the window'
	);
	t.note(`trail: ${trail.slice(1).join(' → ')}`);
});

test(`J12 presentation: PageDown walks the title and all ${STEPS} steps, End stays, PageUp returns — with focus on a presenter button, then inside the slide; focus stays in the presenter`, async (t) => {
	const page = await t.newPage();
	// Full screen refused (as on iOS or in a plain iframe): the presenter must show all the same.
	await page.addInitScript(() => {
		Element.prototype.requestFullscreen = () =>
			Promise.reject(new TypeError('Permissions check failed'));
	});
	await gotoApp(page);
	await startPresenting(page);
	const dlg = presenter(page);

	// Pass 1: focus on one of the presenter's buttons (as after a click on it).
	const escapes = [];
	const button = dlg.getByRole('button', { name: T('present.contrast'), exact: true });
	await button.focus();
	const pass1 = 'focus on the presenter’s High contrast button';
	let f = await walk(page, 'PageDown', 0, STEPS, pass1, escapes);
	t.note(`pass 1: at the last step focus is on ${f.role} "${f.name.slice(0, 50)}"`);
	for (const key of ['End', 'PageDown']) {
		await page.keyboard.press(key);
		await atStep(page, STEPS, `${key} at the last step`);
	}
	await t.screenshot(page, 'j12-last-step', { fullPage: false });
	await button.focus();
	await walk(page, 'PageUp', STEPS, 0, `${pass1} (back)`, escapes);
	await page.keyboard.press('PageUp');
	await atStep(page, 0, 'PageUp on the title screen');

	// Pass 2: focus inside the slide (a link of the slide's timeline).
	await page.keyboard.press('PageDown');
	await atStep(page, 1, 'PageDown from the title');
	const inSlide = dlg
		.getByRole('group', { name: /^Timeline of / })
		.getByRole('link')
		.first();
	await inSlide.focus();
	const start = await focused(page);
	assert.ok(start.name, 'the slide’s first link did not take focus');
	const pass2 = 'focus on a link inside the slide';
	await walk(page, 'PageDown', 1, STEPS, pass2, escapes);
	f = await focused(page);
	t.note(
		`pass 2: focus started on ${start.role} "${start.name.slice(0, 50)}", at the last step it is on ${f.role} "${f.name.slice(0, 50)}"`
	);
	await page.keyboard.press('End');
	await atStep(page, STEPS, 'End at the last step (pass 2)');
	await walk(page, 'PageUp', STEPS, 0, `${pass2} (back)`, escapes);
	// The steps all worked; focus must also stay in the modal dialog (aria-modal) all along.
	assertNone(escapes, 'focus left the modal presenter while stepping');
});

test('J12 presentation keys: B blanks and B returns, ? shows the keys, Esc closes them, Esc leaves', async (t) => {
	const page = await t.newPage();
	await gotoApp(page);
	await startPresenting(page);
	const fullscreen = await page.evaluate(() => !!document.fullscreenElement);
	t.note(`full screen ${fullscreen ? 'granted' : 'refused'} (the presenter shows either way)`);
	await page.keyboard.press('PageDown');
	await page.keyboard.press('PageDown');
	await atStep(page, 2, 'two PageDowns');
	const dlg = presenter(page);

	await page.keyboard.press('b');
	const blank = page.getByRole('status').filter({ hasText: T('present.blank') });
	await blank.waitFor({ state: 'visible', timeout: 3000 }).catch(() => {
		throw new Error(`B did not blank the screen: no status "${T('present.blank')}"`);
	});
	await t.screenshot(page, 'j12-blank', { fullPage: false });
	await page.keyboard.press('b');
	await blank.waitFor({ state: 'detached', timeout: 3000 }).catch(() => {
		throw new Error('B again did not return from the blank screen');
	});
	await atStep(page, 2, 'after B, B');
	await page.keyboard.press('.');
	await blank.waitFor({ state: 'visible', timeout: 3000 }).catch(() => {
		throw new Error('"." did not blank the screen');
	});
	await page.keyboard.press('.');
	await blank.waitFor({ state: 'detached', timeout: 3000 });

	await page.keyboard.press('?');
	const help = page.getByRole('dialog', { name: T('present.helpTitle'), exact: true });
	await help.waitFor({ state: 'visible', timeout: 3000 }).catch(() => {
		throw new Error(`? did not show the dialog "${T('present.helpTitle')}"`);
	});
	for (const k of ['next', 'prev', 'ends', 'go', 'blank', 'help', 'leave'])
		assert.equal(
			await help.getByText(T(`present.key.${k}`), { exact: true }).count(),
			1,
			`the keys dialog lacks "${T(`present.key.${k}`)}"`
		);
	await page.keyboard.press('Escape');
	await help.waitFor({ state: 'detached', timeout: 3000 });
	assert.ok(await dlg.isVisible(), 'Esc on the keys dialog also left the presentation');

	// Number + Enter goes to a step.
	await page.keyboard.press('1');
	await page.keyboard.press('2');
	await page.keyboard.press('Enter');
	await atStep(page, 12, '1, 2, Enter');

	await page.keyboard.press('Escape');
	await dlg.waitFor({ state: 'detached', timeout: 3000 }).catch(() => {
		throw new Error('Esc did not leave the presentation');
	});
	const h = await hashParams(page);
	assert.ok(
		!h.has('present') && !h.has('step'),
		`after Esc the hash still has "${new URL(page.url()).hash}"`
	);
	assert.equal(
		await page.evaluate(() => !!document.fullscreenElement),
		false,
		'after Esc the page is still full screen'
	);
	await page.getByRole('button', { name: T('present.button'), exact: true }).waitFor();
});

test('J12 ?mode=present starts in the presentation, and #present&step=99 clamps to the last step', async (t) => {
	const page = await t.newPage();
	await gotoApp(page, { query: 'mode=present' });
	await presenter(page)
		.waitFor({ state: 'visible', timeout: 5000 })
		.catch(() => {
			throw new Error('?mode=present did not open the presenter');
		});
	await presenter(page).getByText(progressText(0), { exact: true }).waitFor();
	await page.keyboard.press('PageDown');
	await presenter(page).getByText(progressText(1), { exact: true }).waitFor();

	const p2 = await t.newPage();
	await gotoApp(p2, { hash: 'present&step=99' });
	await presenter(p2).waitFor({ state: 'visible' });
	await presenter(p2)
		.getByText(progressText(STEPS), { exact: true })
		.waitFor({ timeout: 3000 })
		.catch(async () => {
			throw new Error(
				`#present&step=99 does not show "${progressText(STEPS)}" (bar: "${(await presenter(p2).textContent())?.slice(0, 40)}")`
			);
		});
	const overview = T('present.overview.title', { party: 'Kazakhstan' });
	assert.equal(
		await presenter(p2).getByRole('heading', { name: overview, exact: true }).count(),
		1,
		`step 99 does not show the overview "${overview}"`
	);
	t.note(`#present&step=99 leaves the hash as "${new URL(p2.url()).hash}"`);
	await p2.keyboard.press('PageDown');
	await presenter(p2).getByText(progressText(STEPS), { exact: true }).waitFor();
	await p2.keyboard.press('PageUp');
	await presenter(p2)
		.getByText(progressText(STEPS - 1), { exact: true })
		.waitFor();
	const caption = dataset.story.at(-1).caption.en;
	await presenter(p2)
		.getByText(caption, { exact: true })
		.waitFor({ timeout: 3000 })
		.catch(() => {
			throw new Error(`the step before the overview lacks the story's last caption "${caption}"`);
		});
});

for (const [w, h] of [
	[1024, 768],
	[1920, 1080]
])
	test(`J12 presentation at ${w}x${h}: no overlapping or clipped text on any step${w >= 1920 ? ', body text ≥ 24 px' : ''}`, async (t) => {
		const page = await t.newPage({ viewport: { width: w, height: h } });
		// Each step's layout at rest: no window animation between steps (checked in its own test).
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await gotoApp(page);
		await startPresenting(page);
		await page.mouse.move(0, 0);
		const problems = [];
		const minFont = [];
		for (let n = 0; n <= STEPS; n++) {
			if (n) {
				await page.keyboard.press('PageDown');
				await atStep(page, n, 'walking');
			}
			await nextFrames(page);
			const where = n ? `step ${n}` : 'the title';
			const lay = await textLayout(page, { region: T('present.title') });
			if (lay.overlaps.length)
				problems.push(`${where}: overlapping texts ${formatOverlaps(lay.overlaps, 4).join('; ')}`);
			if (lay.outside.length)
				problems.push(`${where}: past the viewport ${lay.outside.slice(0, 4).join('; ')}`);
			if (lay.cut.length) problems.push(`${where}: cut ${lay.cut.slice(0, 4).join('; ')}`);
			const overflow = await page.evaluate(() => {
				const d = document.querySelector('[role=dialog]');
				return d ? d.scrollWidth - d.clientWidth : 0;
			});
			if (overflow > 0) problems.push(`${where}: the presenter scrolls sideways by ${overflow}px`);
			const sizes = await presenter(page)
				.getByRole('paragraph')
				.evaluateAll((ps) =>
					ps
						.filter((p) => p.getBoundingClientRect().width > 0)
						.map((p) => ({
							text: (p.textContent ?? '').trim().slice(0, 40),
							px: parseFloat(getComputedStyle(p).fontSize)
						}))
				);
			if (w >= 1920) {
				if (!sizes.length) problems.push(`${where}: no paragraph in the slide`);
				for (const s of sizes)
					if (s.px < 24) problems.push(`${where}: "${s.text}" is ${s.px}px (under 24px)`);
			}
			minFont.push(Math.min(...sizes.map((s) => s.px)));
			if (n === 0 || n === 7 || n === STEPS)
				await t.screenshot(page, `j12-${w}x${h}-step-${n}`, { fullPage: false });
		}
		t.note(`smallest paragraph font on a step: ${Math.min(...minFont).toFixed(1)}px`);
		assertNone(problems, `presenter at ${w}x${h}`);
	});

/**
 * Records the presenter timeline's axis on every animation frame for `ms` after pressing `key`:
 * one signature per frame (tick labels with their x), and how many distinct ones there were.
 */
async function axisFrames(page, key, ms) {
	const recording = page.evaluate((ms) => {
		const frames = [];
		const t0 = performance.now();
		return new Promise((resolve) => {
			requestAnimationFrame(function rec(now) {
				const axis = document.querySelector('[aria-modal="true"] svg g.axis');
				frames.push(
					[...(axis?.querySelectorAll('text') ?? [])]
						.map((t) => `${t.textContent}@${Math.round(Number(t.getAttribute('x')))}`)
						.join(' ')
				);
				if (now - t0 < ms) requestAnimationFrame(rec);
				else resolve(frames);
			});
		});
	}, ms);
	await page.keyboard.press(key);
	const frames = await recording;
	return { frames, distinct: new Set(frames).size, last: frames.at(-1) };
}

test('J12 presentation: a step moves the window in an animation, a jump with reduced motion', async (t) => {
	for (const reduced of [false, true]) {
		const page = await t.newPage();
		if (reduced) await page.emulateMedia({ reducedMotion: 'reduce' });
		await gotoApp(page, { hash: 'present&step=1' });
		await atStep(page, 1, 'the first step');
		// Step 1 shows 1886–1890, step 2 1952–1965: a zoom out, pan and zoom in.
		const move = await axisFrames(page, 'PageDown', 1800);
		await atStep(page, 2, 'after PageDown');
		const settled = await axisFrames(page, 'Shift', 300);
		assert.equal(move.last, settled.last, 'the axis still moved after the step had ended');
		if (reduced) {
			// The start, then the end: nothing in between.
			assert.ok(
				move.distinct <= 2,
				`with reduced motion the axis passed through ${move.distinct} states: ${[...new Set(move.frames)].join(' | ').slice(0, 300)}`
			);
		} else {
			assert.ok(
				move.distinct >= 6,
				`the step jumped: the axis showed only ${move.distinct} states in ${move.frames.length} frames`
			);
		}
		t.note(
			`${reduced ? 'reduced motion' : 'animated'}: ${move.distinct} axis states over ${move.frames.length} frames`
		);
	}
});

/**
 * What a lecture hall sees of the presenter at this step, measured in the page: the chart's height,
 * the smallest font of any text painted in the presenter (HTML and SVG), the caption's font, the
 * axis labels, the legend's items, and the step's event mark (found, painted, not covered).
 */
async function hallView(page, eventId, caption) {
	return page.evaluate(
		({ eventId, caption }) => {
			const dlg = document.querySelector('[aria-modal="true"]');
			if (!dlg) return null;
			const painted = (el) => {
				const r = el.getBoundingClientRect();
				if (r.width <= 1 || r.height <= 1) return false;
				for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
					const cs = getComputedStyle(n);
					if (cs.visibility === 'hidden' || cs.display === 'none' || Number(cs.opacity) === 0)
						return false;
				}
				return true;
			};
			const fonts = [];
			const walker = document.createTreeWalker(dlg, NodeFilter.SHOW_TEXT);
			for (let n = walker.nextNode(); n; n = walker.nextNode()) {
				const el = n.parentElement;
				if (!el || !n.textContent?.trim() || el.closest('title')) continue;
				if (!painted(el)) continue;
				fonts.push({ px: parseFloat(getComputedStyle(el).fontSize), text: n.textContent.trim() });
			}
			fonts.sort((a, b) => a.px - b.px);
			const chart = dlg.querySelector('svg[role="group"]');
			const legend = [...dlg.querySelectorAll('section[aria-label]')].find(
				(s) => s.querySelector('li') && painted(s)
			);
			let mark = null;
			if (eventId) {
				const key = CSS.escape(eventId);
				const a = chart?.querySelector(`a[data-id="${key}"], a[data-with~="${key}"]`);
				if (!a) mark = { found: false };
				else {
					const r = a.getBoundingClientRect();
					const box = chart.getBoundingClientRect();
					const x = r.left + r.width / 2;
					const y = r.top + r.height / 2;
					const top = document.elementFromPoint(x, y);
					mark = {
						found: true,
						painted: painted(a),
						inside: x > box.left && x < box.right && y > box.top && y < box.bottom,
						covered: top && !a.contains(top) ? top.outerHTML.slice(0, 80) : null
					};
				}
			}
			const capEl = caption
				? [...dlg.querySelectorAll('p')].find((p) => p.textContent?.trim() === caption)
				: null;
			return {
				chartHeight: chart ? chart.getBoundingClientRect().height : 0,
				smallest: fonts.slice(0, 3),
				caption: capEl ? parseFloat(getComputedStyle(capEl).fontSize) : null,
				axis: [...(chart?.querySelectorAll('g.axis text') ?? [])].map((t) => t.textContent ?? ''),
				legend: legend
					? [...legend.querySelectorAll('li')].map((li) => li.textContent?.trim())
					: null,
				mark
			};
		},
		{ eventId, caption }
	);
}

/** The steps a test visits at a size: all of them, or a spot check (7: two context events 9 days apart). */
const SPOT = [1, 4, 7, 11, 15, STEPS - 1];
for (const [w, h, only] of [
	[1920, 1080, null],
	[1280, 720, SPOT]
])
	test(`J12 lecture hall at ${w}x${h}: on ${only ? `steps ${only.join(', ')}` : 'every chart step'} the chart takes ≥ 45 % of the height, no text is under 1.6 % of it, captions ≥ 24 px, the axis names a year, a legend is shown and the step's event is a mark of its own; the story closes on the overview of six instruments`, async (t) => {
		const page = await t.newPage({ viewport: { width: w, height: h } });
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await gotoApp(page);
		await startPresenting(page);
		await page.mouse.move(0, 0);
		const party = (key) => T(key, { party: 'Kazakhstan' });
		const partyGlyphs = [
			party('legend.party-instrument'),
			party('legend.party-entry-into-force'),
			party('present.legend.joining')
		];
		const minFont = 0.016 * h;
		const problems = [];
		let smallest = Infinity;
		let marks = 0;
		const chartShares = [];
		for (let n = 1; n < STEPS; n++) {
			if (!only) {
				await page.keyboard.press('PageDown');
			} else {
				if (!only.includes(n)) continue;
				// Digits and Enter: how a lecturer jumps to a step.
				for (const d of String(n)) await page.keyboard.press(d);
				await page.keyboard.press('Enter');
			}
			await atStep(page, n, 'walking the story');
			const story = dataset.story[n - 1];
			const caption = story.caption?.en ?? null;
			// The chart, its legend and the step's mark are drawn once the step's frame is painted.
			const v = await poll(
				async () => {
					const v = await hallView(page, story.event ?? null, caption);
					assert.ok(v && v.chartHeight > 0, 'no chart drawn');
					assert.ok(!story.event || v.mark?.found, `no mark for ${story.event}`);
					assert.ok(v.legend, 'no legend');
					return v;
				},
				{ timeout: 4000, message: `step ${n}` }
			);
			const where = `step ${n} (${story.event})`;
			chartShares.push(v.chartHeight / h);
			if (v.chartHeight < 0.45 * h)
				problems.push(
					`${where}: the chart is ${Math.round(v.chartHeight)} px, ${((100 * v.chartHeight) / h).toFixed(1)} % of the height`
				);
			const low = v.smallest[0];
			if (low) smallest = Math.min(smallest, low.px);
			if (low && low.px < minFont - 0.01)
				problems.push(
					`${where}: text under ${minFont.toFixed(1)} px: ${v.smallest
						.filter((f) => f.px < minFont - 0.01)
						.map((f) => `"${f.text.slice(0, 30)}" ${f.px}px`)
						.join(', ')}`
				);
			if (caption && !(v.caption >= 24))
				problems.push(`${where}: the caption is ${v.caption ?? 'not found'} px (under 24)`);
			if (!v.axis.some((l) => /\b\d{4}\b/.test(l)))
				problems.push(`${where}: no year on the axis: ${v.axis.join(' | ')}`);
			const missing = partyGlyphs.filter((g) => !v.legend.includes(g));
			if (missing.length) problems.push(`${where}: the legend lacks ${missing.join('; ')}`);
			if (story.event) {
				marks++;
				const m = v.mark;
				if (!m.painted || !m.inside)
					problems.push(`${where}: its mark is ${m.painted ? 'outside the chart' : 'not painted'}`);
				else if (m.covered) problems.push(`${where}: its mark is covered by ${m.covered}`);
			}
			if (n === 7 || n === 11 || n === 15)
				await t.screenshot(page, `j12-hall-${w}x${h}-step-${n}`, { fullPage: false });
		}
		t.note(
			`${chartShares.length} chart steps: chart ${Math.round(100 * Math.min(...chartShares))}–${Math.round(100 * Math.max(...chartShares))} % of the height; smallest text ${smallest} px (1.6 % = ${minFont.toFixed(1)} px); ${marks} step events each a mark of its own`
		);

		// End, or its number and Enter, reaches the overview: the party's six instruments, a row each.
		if (only) {
			for (const d of String(STEPS)) await page.keyboard.press(d);
			await page.keyboard.press('Enter');
		} else await page.keyboard.press('End');
		await atStep(page, STEPS, only ? `${STEPS}, Enter` : 'End');
		const dlg = presenter(page);
		await dlg
			.getByRole('heading', { name: party('present.overview.title'), exact: true })
			.waitFor({ timeout: 3000 });
		const rows = dlg.getByRole('table').locator('tbody tr');
		const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-treaty')));
		assert.deepEqual(
			[...ids].sort(),
			dataset.treaties.map((tr) => tr.id).sort(),
			'the overview does not have one row for each of the six treaties'
		);
		const berne = rows
			.filter({ has: page.locator('[data-treaty="berne"]') })
			.or(dlg.locator('tr[data-treaty="berne"]'));
		const berneText = (await berne.first().textContent()) ?? '';
		for (const want of [T('present.instrument.accession'), '12 April 1999', '+111 years'])
			if (!berneText.includes(want))
				problems.push(`the overview's Berne row lacks "${want}": "${berneText.trim()}"`);
		const o = await hallView(page, null, null);
		if (o.smallest[0] && o.smallest[0].px < minFont - 0.01)
			problems.push(
				`the overview: text under ${minFont.toFixed(1)} px: "${o.smallest[0].text}" ${o.smallest[0].px}px`
			);
		await t.screenshot(page, `j12-hall-${w}x${h}-overview`, { fullPage: false });
		assertNone(problems, `lecture hall at ${w}x${h}`);
	});

test('J12 QR: from file: or a loopback address the title screen says how to give a public address instead of a useless code; ?share= gives a code of it with the view', async (t) => {
	const page = await t.newPage();
	await allowFiles(page);
	const code = (dlg) => dlg.getByRole('img', { name: T('present.scan'), exact: true });
	const explained = async (where) => {
		const dlg = presenter(page);
		await dlg
			.getByText(T('present.qrMissing'), { exact: true })
			.waitFor({ timeout: 15_000 })
			.catch(() => {
				throw new Error(`${where}: the title screen does not explain the missing QR code`);
			});
		assert.ok(await dlg.getByText(T('present.qrHow'), { exact: true }).isVisible());
		assert.match((await dlg.locator('code').textContent()) ?? '', /\?share=https:\/\//);
		assert.equal(await code(dlg).count(), 0, `${where}: a QR code of a local address`);
	};

	await page.goto(`${SINGLE_FILE}?mode=present`, { waitUntil: 'load' });
	await explained('file:');
	await t.screenshot(page, 'j12-qr-file');

	const share = 'https://lectures.example.kz/treaties/';
	await page.goto(`${SINGLE_FILE}?mode=present&lang=kk&share=${encodeURIComponent(share)}`, {
		waitUntil: 'load'
	});
	const dlg = page.getByRole('dialog', { name: msg('kk', 'present.title'), exact: true });
	await dlg.getByRole('img', { name: msg('kk', 'present.scan'), exact: true }).waitFor();
	const link = (await dlg.locator('figcaption .url').textContent()) ?? '';
	assert.ok(link.startsWith(share + '#'), `the QR code's link is ${link}`);
	const hash = new URLSearchParams(link.slice(link.indexOf('#') + 1));
	assert.equal(hash.get('lang'), 'kk', `the link ${link} does not keep the lecture's language`);
	assert.ok(!hash.has('present'), `the link ${link} opens the presenter on the phones`);

	await gotoApp(page, { query: 'mode=present' });
	await explained('http://127.0.0.1');
});

for (const [width, height] of [
	[375, 800],
	[1280, 720],
	[1920, 1080]
])
	test(`J12 ${width}x${height}: the keys help fits its content (no empty area, no row cut off)`, async (t) => {
		const page = await t.newPage({ viewport: { width, height } });
		await gotoApp(page, { query: 'mode=present' });
		await presenter(page).waitFor();
		await page.keyboard.press('?');
		const help = page.getByRole('dialog', { name: T('present.helpTitle'), exact: true });
		await help.waitFor();
		await t.screenshot(page, `j12-help-${width}x${height}`, { fullPage: false });
		const m = await help.evaluate((el) => {
			const box = el.getBoundingClientRect();
			const cs = getComputedStyle(el);
			const inset = (side) =>
				parseFloat(cs[`padding${side}`]) + parseFloat(cs[`border${side}Width`]);
			// The text's own extent (a range), not its block's, which is as wide as the box.
			const extent = (e) => {
				if (e.tagName === 'BUTTON') return e.getBoundingClientRect();
				const r = document.createRange();
				r.selectNodeContents(e);
				return r.getBoundingClientRect();
			};
			const parts = [...el.querySelectorAll('h2, li, button')].map(extent);
			return {
				box: [box.left, box.top, box.right, box.bottom].map(Math.round),
				scrolls: el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1,
				// Empty space inside the box, past its longest line and its last part.
				right: Math.round(box.right - inset('Right') - Math.max(...parts.map((k) => k.right))),
				bottom: Math.round(box.bottom - inset('Bottom') - parts[parts.length - 1].bottom),
				vw: innerWidth,
				vh: innerHeight
			};
		});
		const [left, top, right, bottom] = m.box;
		assert.ok(
			left >= 0 && top >= 0 && right <= m.vw && bottom <= m.vh,
			`the help box ${m.box} leaves the ${m.vw}x${m.vh} screen`
		);
		assert.ok(!m.scrolls, `the help box ${m.box} scrolls at ${m.vw}x${m.vh}`);
		assert.ok(
			m.right < 4 && m.bottom < 4,
			`empty space in the box: ${m.right} px right, ${m.bottom} px below`
		);
		assert.ok(
			await help.getByRole('button', { name: T('present.close'), exact: true }).isVisible(),
			'the help box has no visible Close button'
		);
	});

test('J12 the presenter’s theme switch: the slides follow it, and the clicker still steps', async (t) => {
	const page = await t.newPage();
	await gotoApp(page, { hash: 'present' });
	await atStep(page, 0, 'the start');
	const name = (c) => `${T('theme.label')}: ${T(`theme.${c}`)}`;
	await presenter(page)
		.getByRole('button', { name: name('auto'), exact: true })
		.click();
	await presenter(page)
		.getByRole('button', { name: name('light'), exact: true })
		.click();
	await poll(async () =>
		assert.equal(
			await presenter(page).evaluate((el) => getComputedStyle(el).backgroundColor),
			'rgb(17, 20, 24)'
		)
	);
	await atStep(page, 0, 'choosing a theme');
	await page.keyboard.press('PageDown');
	await atStep(page, 1, 'PageDown with the theme switch focused');
});
