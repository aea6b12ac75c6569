// Journey 1: the first view shows six treaty lanes, the context lane and the whole axis, unclipped.
import { strict as assert } from 'node:assert';
import { firstView } from '../../scripts/first-view.mjs';
import { env, poll, test } from './lib/harness.mjs';
import { routes } from './lib/server.mjs';
import {
	assertNone,
	clippedMarkers,
	escapeRe,
	gotoApp,
	msg,
	panel,
	horizontalOverflow,
	svgTexts,
	timeline,
	treatyNames,
	visibleWindow
} from './lib/app.mjs';

const DECADES = Array.from({ length: 13 }, (_, i) => String(1890 + i * 10)); // 1890 … 2010

/** The load checks shared by the widths below. */
async function loadAndCheck(t, width, height, shot = false) {
	const page = await t.newPage({ viewport: { width, height } });
	await gotoApp(page);
	const tl = timeline(page);
	await tl.waitFor({ state: 'visible' });
	if (shot) await t.screenshot(page, `j1-load-${width}`);

	// Six treaty lanes, each a link whose name carries the full treaty name, like "Berne Convention
	// for the Protection of Literary and Artistic Works: open the treaty's details" (a short visible
	// name may precede it, as WCAG 2.5.3 asks).
	assert.equal(treatyNames.length, 6, 'the dataset has six treaties');
	for (const name of treatyNames) {
		const lane = tl.getByRole('link', {
			name: new RegExp(`${escapeRe(name)}\\)?: open the treaty's details$`)
		});
		assert.equal(
			await lane.count(),
			1,
			`lane link "${name}: open the treaty's details" is missing`
		);
		assert.ok(await lane.isVisible(), `lane link for "${name}" is not visible`);
	}
	// The context lane.
	assert.ok(
		await tl.getByText('Context', { exact: true }).first().isVisible(),
		'the context lane label "Context" is not visible'
	);

	// The axis covers 1886–2012.
	assert.equal(await visibleWindow(page), 'Visible window: 1886 to 2012');
	const texts = await svgTexts(page);
	const missing = DECADES.filter((d) => !texts.includes(d));
	if (width >= 1280)
		assert.deepEqual(
			missing,
			[],
			`axis tick labels missing: ${missing.join(', ')} (saw: ${texts.join(' | ')})`
		);
	else
		assert.ok(
			texts.includes('1900') && texts.includes('2000'),
			`axis tick labels 1900 and 2000 not both shown at ${width}px (saw: ${texts.join(' | ')})`
		);

	// Nothing clipped: the svg fits the viewport, every lane label and tick is inside it.
	const geo = await page.evaluate(() => {
		const svg = [...document.querySelectorAll('svg')].find((s) =>
			s.getAttribute('aria-label')?.startsWith('Timeline of')
		);
		const r = svg.getBoundingClientRect();
		const texts = [...svg.querySelectorAll('text')].map((t) => ({
			text: t.textContent.trim(),
			...JSON.parse(JSON.stringify(t.getBoundingClientRect()))
		}));
		return { left: r.left, right: r.right, innerWidth, texts };
	});
	assert.ok(geo.left >= 0, `the timeline svg starts left of the viewport (${geo.left}px)`);
	assert.ok(
		geo.right <= geo.innerWidth + 0.5,
		`the timeline svg (right edge ${geo.right.toFixed(1)}px) is wider than the viewport (${geo.innerWidth}px)`
	);
	const outside = geo.texts.filter(
		(b) => DECADES.includes(b.text) && (b.left < -0.5 || b.right > geo.innerWidth + 0.5)
	);
	assertNone(
		outside.map((b) => b.text),
		'axis labels cut off at the viewport edge'
	);
	const cut = await clippedMarkers(page);
	assertNone(
		cut,
		`at ${width}px, markers are clipped at the plot's edge in the whole-history view`
	);
	const overflow = await horizontalOverflow(page);
	assert.equal(overflow, 0, `the page overflows horizontally by ${overflow}px`);
	return page;
}

test('J1 load at 1280x800: six treaty lanes, the context lane and the 1886–2012 axis, nothing clipped', async (t) => {
	await loadAndCheck(t, 1280, 800);
});

for (const [w, h] of [
	[375, 667],
	[1920, 1080]
])
	test(`J1 load at ${w}x${h}: lanes and axis fit the viewport (screenshot)`, async (t) => {
		await loadAndCheck(t, w, h, true);
	});

test('J1 before its first frame the page fetches only its first view (npm run size); search, legend and strip come later', async (t) => {
	// The files `npm run size` counts as the first view, and the shipped dataset.
	const view = firstView('dist');
	const allowed = new Set([...view.files, view.dataset].map((f) => f.split('/').pop()));
	const page = await t.newPage({ viewport: { width: 1280, height: 800 } });
	await gotoApp(page);
	await timeline(page).waitFor({ state: 'visible' });
	const legend = page.getByRole('region', { name: msg('en', 'legend.title') });
	await legend.waitFor({ state: 'visible' });
	const fetched = () =>
		page.evaluate(() => {
			const drawn = performance.getEntriesByName('timeline-drawn')[0]?.startTime ?? Infinity;
			return performance
				.getEntriesByType('resource')
				.filter((r) => /\.(js|css)$/.test(new URL(r.name).pathname))
				.map((r) => ({
					file: new URL(r.name).pathname.split('/').pop(),
					before: r.startTime < drawn
				}));
		});
	const first = await fetched();
	const before = first.filter((r) => r.before).map((r) => r.file);
	assert.ok(before.length > 0, 'no script or style requested before the first frame?');
	assertNone(
		before.filter((f) => !allowed.has(f ?? '')),
		'requested before the first frame but not counted as the first view'
	);
	// The legend and the overview strip: a chunk requested after the first frame.
	assert.ok(
		first.some((r) => !r.before && /^laterParts-/.test(r.file ?? '')),
		`the legend's chunk was not requested after the first frame: ${JSON.stringify(first)}`
	);
	// The search engine: requested when the box is first used, and it answers.
	assert.ok(!first.some((r) => /^search-/.test(r.file ?? '')), 'search chunk requested before use');
	const box = page.getByRole('combobox', { name: msg('en', 'search.label') });
	await box.fill('berne');
	await page.getByRole('listbox').getByRole('option').first().waitFor({ state: 'visible' });
	assert.ok(
		(await fetched()).some((r) => /^search-/.test(r.file ?? '')),
		'typing in the search box did not fetch its chunk'
	);
});

test('J1 the first view needs only the first part of its catalogue; views after it wait for the rest, then show no missing string', async (t) => {
	const view = firstView('dist');
	const firstPart = view.catalogue?.split('/').pop();
	assert.ok(firstPart, 'no English catalogue in the first view');
	const page = await t.newPage({ viewport: { width: 1280, height: 800 } });
	// Hold the rest of the English catalogue (every other `en-*.js`) until the first view is checked.
	/** @type {import('playwright-core').Route[]} */
	const held = [];
	await page.route(
		(url) => /\/en-[\w-]+\.js$/.test(url.pathname) && !url.pathname.endsWith(`/${firstPart}`),
		(route) => void held.push(route)
	);
	/** Texts and attribute values with a missing string (`⟦key⟧`), or with no string at all. */
	const missing = () =>
		page.evaluate(() => {
			const out = [];
			for (const el of document.querySelectorAll('body *')) {
				for (const a of el.attributes)
					if (a.value.includes('⟦')) out.push(`${el.tagName}[${a.name}]: ${a.value}`);
				for (const n of el.childNodes)
					if (n.nodeType === 3 && n.textContent?.includes('⟦'))
						out.push(`${el.tagName}: ${n.textContent}`);
			}
			return out;
		});
	await gotoApp(page);
	await timeline(page).waitFor({ state: 'visible' });
	// The search answers (its strings are first-view strings) and a marker's tooltip shows.
	await page.getByRole('combobox', { name: msg('en', 'search.label') }).fill('berne');
	await page.getByRole('listbox').getByRole('option').first().waitFor({ state: 'visible' });
	await page.keyboard.press('Escape');
	await poll(() => assert.ok(held.length > 0, 'the rest of the catalogue was never requested'));
	assertNone(await missing(), 'missing strings in the first view');
	// A click on an event waits for the rest of the catalogue: no panel with missing strings.
	// (A lane's name opens its treaty's details.)
	await timeline(page)
		.getByRole('link', { name: /open the treaty's details$/ })
		.first()
		.click();
	await page.waitForTimeout(300);
	assert.equal(await panel(page).count(), 0, 'the panel opened before its strings were in');
	assertNone(await missing(), 'missing strings while the rest of the catalogue is held');

	for (const route of held.splice(0)) await route.continue();
	await panel(page)
		.getByText(msg('en', 'panel.depositary'), { exact: true })
		.waitFor({ state: 'visible' });
	await page.getByRole('region', { name: msg('en', 'legend.title') }).waitFor({ state: 'visible' });
	assertNone(await missing(), 'missing strings once the whole catalogue is in');
});

test('J1 the header actions, source line, search and filters follow the first frame: inert outlines until then, and nothing moves when they arrive', async (t) => {
	// A `?data=` page's source line names where its dataset comes from, outline included.
	const data = `${env.origin}${routes.fixture('minimal.json')}`;
	const fromUrl = msg('en', 'load.fromUrl', { host: new URL(env.origin).host });
	for (const [width, height, query] of [
		[1280, 800, ''],
		[375, 740, ''],
		[1280, 800, `data=${data}`]
	]) {
		const page = await t.newPage({ viewport: { width, height } });
		// Hold the parts' chunk (viewParts.ts → view-*.js) until the outlines are measured.
		/** @type {import('playwright-core').Route[]} */
		const held = [];
		await page.route(
			(url) => /\/(view|viewParts)-[\w-]+\.js$/.test(url.pathname),
			(route) => void held.push(route)
		);
		await gotoApp(page, { query });
		await timeline(page).waitFor({ state: 'visible' });
		await poll(() => assert.ok(held.length > 0, 'the parts were never requested'));
		const drawnFirst = await page.evaluate(
			() =>
				(performance.getEntriesByName('timeline-drawn')[0]?.startTime ?? Infinity) <
				Math.min(
					...performance
						.getEntriesByType('resource')
						.filter((r) => /\/(view|viewParts)-/.test(r.name))
						.map((r) => r.startTime)
				)
		);
		assert.ok(drawnFirst, 'the parts were requested before the timeline was drawn');
		/** Where the controls and the timeline are: [name, x, y, width, height] rounded. */
		const boxes = async () => {
			const out = [];
			for (const [name, locator] of [
				['Share', page.getByRole('button', { name: msg('en', 'share.button'), exact: true })],
				['Embed', page.getByRole('button', { name: msg('en', 'embed.button'), exact: true })],
				['Download', page.getByRole('button', { name: msg('en', 'export.button'), exact: true })],
				['Load', page.getByRole('button', { name: msg('en', 'load.button'), exact: true })],
				[
					'Search',
					page
						.getByRole('combobox', { name: msg('en', 'search.label') })
						.or(page.getByRole('searchbox', { name: msg('en', 'search.label') }))
				],
				['Filters', page.getByText(msg('en', 'filter.title'), { exact: true })],
				['Timeline', timeline(page)],
				...(query
					? [
							['Source', page.getByText(fromUrl, { exact: true })],
							['Back', page.getByRole('button', { name: msg('en', 'load.back'), exact: true })]
						]
					: [])
			]) {
				const b = await locator.boundingBox();
				assert.ok(b, `${name} is not on the page`);
				out.push([name, ...[b.x, b.y, b.width, b.height].map((v) => Math.round(v))].join(' '));
			}
			return out;
		};
		const before = await boxes();
		// The outlines are inert: nothing to click, focus or type into before the parts are in.
		assert.equal(
			await page
				.getByRole('button', { name: msg('en', 'export.button'), exact: true })
				.isDisabled(),
			true,
			'the Download outline is not disabled'
		);
		if (width === 1280) await t.screenshot(page, 'j1-outlines-1280');
		for (const route of held.splice(0)) await route.continue();
		await page
			.getByRole('combobox', { name: msg('en', 'search.label') })
			.waitFor({ state: 'visible' });
		await page.getByRole('group', { name: /./ }).first().waitFor();
		await poll(async () =>
			assert.equal(
				await page
					.getByRole('button', { name: msg('en', 'export.button'), exact: true })
					.isEnabled(),
				true
			)
		);
		assert.deepEqual(
			await boxes(),
			before,
			`at ${width} px${query ? ' with ?data=' : ''} the parts moved when they arrived`
		);
	}
});
