// Journey 1: the first view shows six treaty lanes, the context lane and the whole axis, unclipped.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { firstView } from '../../scripts/first-view.mjs';
import { test } from './lib/harness.mjs';
import {
	assertNone,
	clippedMarkers,
	escapeRe,
	gotoApp,
	msg,
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

test('J1 before its first frame the page fetches only its first view (npm run size); the search engine comes when first used', async (t) => {
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
	// The search engine: a script of its own, fetched when the box is first used, and it answers.
	const box = page.getByRole('combobox', { name: msg('en', 'search.label') });
	await box.fill('berne');
	await page.getByRole('listbox').getByRole('option').first().waitFor({ state: 'visible' });
	const known = new Set(first.map((r) => r.file));
	assert.ok(
		(await fetched()).some((r) => !known.has(r.file) && /\.js$/.test(r.file ?? '')),
		'typing in the search box fetched no script: the search engine came with the first view'
	);
});

test('J1 the built page has no inline script: its policy allows scripts only from its own files', async () => {
	const html = readFileSync('dist/index.html', 'utf8');
	const inline = [...html.matchAll(/<script\b([^>]*)>/g)].filter((m) => !/\ssrc=/.test(m[1] ?? ''));
	assertNone(
		inline.map((m) => m[0]),
		'inline scripts in dist/index.html'
	);
	assert.match(html, /script-src 'self';/, "the policy names only the page's own scripts");
});
