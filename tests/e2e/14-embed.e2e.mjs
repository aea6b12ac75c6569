// Journey 14 (issue "Embeds"): on the example article (public/embed-example.html) both frames are
// sized to their content by embed.js, also when a hidden tab is shown, and selecting an event opens a
// card that leaves the frame's height (and the article) alone; a plain wheel scrolls the article;
// height messages from other windows are ignored. The embed options: controls, title, plain,
// height=300, static, treaties=, the "Open full view" link, and the Embed builder's snippet.
import { strict as assert } from 'node:assert';
import { env, nextFrames, poll, test } from './lib/harness.mjs';
import {
	dataset,
	gotoApp,
	hashParams,
	localText,
	msg,
	openPanel,
	paintedMarkers,
	panel,
	svgTexts,
	timelineIn,
	visibleWindow
} from './lib/app.mjs';

const ARTICLE = '/embed-example.html';
const TITLE = localText(dataset.title, 'en');
const FAKE = { source: 'treaty-timeline', type: 'height', height: 5 };

/**
 * Opens the example article with a recorder of the height messages the top page receives: which
 * iframe sent each (by event.source) and the height.
 */
async function openArticle(t, viewport = { width: 1280, height: 800 }) {
	const page = await t.newPage({ viewport });
	await page.addInitScript(() => {
		if (window.top !== window) return;
		window.__messages = [];
		window.addEventListener('message', (e) => {
			const frame = [...document.querySelectorAll('iframe')].find(
				(f) => f.contentWindow === e.source
			);
			window.__messages.push({
				from: e.source === window ? 'top' : (frame?.id ?? 'unknown'),
				data: e.data
			});
		});
	});
	await page.goto(`${env.origin}${ARTICLE}`, { waitUntil: 'load' });
	await page.getByRole('heading', { level: 1 }).waitFor();
	return page;
}

/** The frame's own height (CSS px, without its border) and the app root's scrollHeight inside it. */
async function fit(page, id) {
	return page.evaluate((id) => {
		const f = document.getElementById(id);
		const root = f?.contentDocument?.getElementById('app');
		return {
			frame: f?.clientHeight ?? 0,
			style: f?.style.height ?? '',
			content: root ? root.scrollHeight : null
		};
	}, id);
}

/** Waits until the frame is as tall as its content (±2 px) and returns the measures. */
async function waitFits(page, id, what) {
	return poll(
		async () => {
			const m = await fit(page, id);
			assert.ok(m.content, `${id}: the app has not rendered in the frame`);
			assert.ok(
				Math.abs(m.frame - m.content) <= 2,
				`${id}: the frame is ${m.frame}px tall, its content ${m.content}px`
			);
			return m;
		},
		{ timeout: 6000, message: what }
	);
}

const heightMessages = (page, from) =>
	page.evaluate(
		(from) =>
			window.__messages
				.filter((m) => m.from === from && m.data?.source === 'treaty-timeline')
				.map((m) => m.data.height),
		from
	);

/** The Playwright Frame of an iframe on the page. */
async function frameOf(page, id) {
	const handle = await page.locator(`iframe#${id}`).elementHandle();
	const frame = await handle?.contentFrame();
	assert.ok(frame, `no frame in #${id}`);
	return frame;
}

/**
 * Resolves once every height the frame `id` has posted so far has reached the top page (and
 * embed.js): after two of the frame's animation frames (its ResizeObserver has reported by then)
 * it posts a sentinel, and messages from one window arrive in order.
 */
async function heightsDelivered(page, id) {
	const sentinel = `${id}-${Math.random()}`;
	const frame = await frameOf(page, id);
	await frame.evaluate(async (sentinel) => {
		await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
		parent.postMessage({ sentinel }, '*');
	}, sentinel);
	await page.waitForFunction(
		(sentinel) => window.__messages.some((m) => m.data?.sentinel === sentinel),
		sentinel
	);
}

test('J14 embed-example: both frames are as tall as their content, selecting an event leaves the frame’s height unchanged, and the hidden tab lays out when shown', async (t) => {
	const page = await openArticle(t);
	const before = await waitFits(page, 'frame-main', 'frame-main at load');
	// It waits for its legend and overview strip (chunks after the first frame) before telling its
	// height: the article moves once as the embed loads, not twice.
	await page
		.frameLocator('#frame-main')
		.getByRole('region', { name: msg('en', 'legend.title') })
		.waitFor();
	await waitFits(page, 'frame-main', 'frame-main with its legend');
	await heightsDelivered(page, 'frame-main');
	const atLoad = await heightMessages(page, 'frame-main');
	assert.equal(
		atLoad.length,
		1,
		`frame-main posted ${atLoad.length} heights as it loaded: ${atLoad}`
	);

	// Select an event inside the frame: its details open as a card over the chart, and neither the
	// frame nor the article moves.
	const main = await frameOf(page, 'frame-main');
	const marker = (await paintedMarkers(main))[0];
	assert.ok(marker, 'frame-main paints no marker to click');
	const link = page
		.frameLocator('#frame-main')
		.getByRole('link', { name: marker.name, exact: true });
	await link.hover();
	const scrolled = await page.evaluate(() => scrollY);
	await link.click();
	const card = page.frameLocator('#frame-main').getByRole('complementary');
	await card.waitFor();
	await nextFrames(main);
	await heightsDelivered(page, 'frame-main');
	const after = await fit(page, 'frame-main');
	const posted = await heightMessages(page, 'frame-main');
	assert.equal(
		after.frame,
		before.frame,
		`the frame went from ${before.frame}px to ${after.frame}px when ${marker.id} was selected`
	);
	assert.deepEqual(posted, atLoad, `the frame posted new heights with the card open: ${posted}`);
	assert.equal(await page.evaluate(() => scrollY), scrolled, 'the article scrolled');
	const cardBox = await card.boundingBox();
	const frameBox = await page.locator('#frame-main').boundingBox();
	assert.ok(cardBox && frameBox, 'no card or frame box');
	assert.ok(
		cardBox.y >= frameBox.y && cardBox.y + cardBox.height <= frameBox.y + frameBox.height + 1,
		`the card (${Math.round(cardBox.y)}–${Math.round(cardBox.y + cardBox.height)}px) leaves the frame (${Math.round(frameBox.y)}–${Math.round(frameBox.y + frameBox.height)}px)`
	);
	t.note(`frame-main: ${before.frame}px, still ${after.frame}px with the card of ${marker.id}`);
	await t.screenshot(page, 'j14-embed-card', { fullPage: false });

	// The second frame sits in a tab that is hidden at load.
	const hidden = await fit(page, 'frame-tab');
	assert.equal(hidden.frame, 0, 'the tab frame is already shown at load');
	await page.getByText('The 1996 treaties', { exact: true }).click();
	const tab = page.frameLocator('#frame-tab');
	const svg = timelineIn(tab, 'ru');
	await svg.waitFor({ state: 'visible', timeout: 8000 });
	const shown = await poll(
		async () => {
			const box = await svg.boundingBox();
			assert.ok(box && box.width > 0, `the tab frame's timeline is ${box?.width ?? 0}px wide`);
			const posted = await heightMessages(page, 'frame-tab');
			assert.ok(posted.length > 0, 'the tab frame has posted no height since it was shown');
			return { width: box.width, posted };
		},
		{ timeout: 6000, message: 'the tab frame after its tab was shown' }
	);
	const m = await waitFits(page, 'frame-tab', 'frame-tab after its tab was shown');
	assert.notEqual(m.style, '480px', 'embed.js never resized the tab frame from its 480px default');
	t.note(
		`frame-tab: timeline ${Math.round(shown.width)}px wide, frame ${m.frame}px for ${m.content}px of content`
	);
	await t.screenshot(page, 'j14-embed-example');
});

test('J14 a plain wheel over a frame scrolls the article and leaves the timeline’s window alone', async (t) => {
	const page = await openArticle(t);
	await waitFits(page, 'frame-main', 'frame-main at load');
	const frame = page.frameLocator('#frame-main');
	const before = await visibleWindow(frame);
	const box = await timelineIn(frame, 'en').boundingBox();
	assert.ok(box, 'no timeline box in frame-main');
	const y = Math.min(box.y + box.height / 2, 760);
	assert.ok(y > box.y + 10, `the timeline (top ${Math.round(box.y)}px) is below the viewport`);
	await page.mouse.move(box.x + box.width / 2, y);
	const scroll0 = await page.evaluate(() => scrollY);
	await page.mouse.wheel(0, 300);
	await poll(
		async () =>
			assert.ok(
				(await page.evaluate(() => scrollY)) > scroll0 + 50,
				`the article did not scroll (scrollY ${await page.evaluate(() => scrollY)})`
			),
		{ timeout: 3000, message: 'a plain wheel over the frame' }
	);
	await nextFrames(await frameOf(page, 'frame-main'));
	assert.equal(await visibleWindow(frame), before, 'a plain wheel changed the frame’s window');
	const hint = await frame.getByText(msg('en', 'zoom.hint'), { exact: true }).count();
	t.note(`scrolled to ${await page.evaluate(() => scrollY)}px; zoom hint shown: ${hint > 0}`);
});

test('J14 embed.js ignores height messages from the top page and from a third, non-timeline frame', async (t) => {
	const page = await openArticle(t);
	await waitFits(page, 'frame-main', 'frame-main at load');
	// The legend and the overview strip come after the first frame (a chunk of their own), and the
	// frame grows with them: wait for them before taking its height.
	await page
		.frameLocator('#frame-main')
		.getByRole('region', { name: msg('en', 'legend.title') })
		.waitFor();
	// Settled: the frame fits its content, and embed.js has had every height it posted.
	await waitFits(page, 'frame-main', 'frame-main with its legend');
	await heightsDelivered(page, 'frame-main');
	const heights = () =>
		page.evaluate(() =>
			Object.fromEntries(
				['frame-main', 'frame-tab'].map((id) => [id, document.getElementById(id)?.style.height])
			)
		);
	const start = await heights();
	await page.evaluate((fake) => {
		window.postMessage(fake, '*');
		window.postMessage({ sentinel: 'top' }, '*');
		const third = document.createElement('iframe');
		third.id = 'third';
		third.title = 'Another widget';
		third.style.height = '120px';
		third.srcdoc = `<p>Another widget</p><script>parent.postMessage(${JSON.stringify(fake)}, '*'); parent.postMessage({ sentinel: 'third' }, '*');</script>`;
		document.querySelector('article')?.append(third);
	}, FAKE);
	// Messages from one window arrive in order: after its sentinel, its fake has been handled.
	await poll(
		async () => {
			const got = await page.evaluate(() => window.__messages.map((m) => m.data?.sentinel));
			assert.ok(got.includes('top') && got.includes('third'), 'the sentinels did not arrive');
		},
		{ timeout: 4000 }
	);
	assert.deepEqual(await heights(), start, 'a height message from another window resized a frame');
	// The third frame is not a timeline (no treaty-timeline app in it): its message is not one of
	// ours either, and must not size it.
	const third = await page.evaluate(() => document.getElementById('third')?.style.height);
	assert.equal(
		third,
		'120px',
		`embed.js resized the third, non-timeline frame to ${third} from its own fake height message`
	);
});

test('J14 ?mode=embed&plain has no title heading and no legend (plain ?mode=embed has both)', async (t) => {
	const page = await t.newPage();
	const title = page.getByRole('heading', { name: TITLE, exact: true });
	const legend = page.getByRole('region', { name: msg('en', 'legend.title'), exact: true });
	await gotoApp(page, { query: 'mode=embed' });
	await timelineIn(page, 'en').waitFor();
	assert.equal(await title.count(), 1, '?mode=embed has no title heading');
	// The legend is a chunk that follows the first paint.
	await legend.waitFor({ timeout: 5000 }).catch(() => {});
	assert.equal(await legend.count(), 1, '?mode=embed has no legend');

	await gotoApp(page, { query: 'mode=embed&plain' });
	await timelineIn(page, 'en').waitFor();
	assert.equal(await title.count(), 0, '?mode=embed&plain shows the title heading');
	assert.equal(await legend.count(), 0, '?mode=embed&plain shows the legend');
	await t.screenshot(page, 'j14-embed-plain', { fullPage: false });
});

test('J14 ?mode=embed&height=300 keeps a fixed 300 px height that scrolls inside, also in a frame', async (t) => {
	const page = await t.newPage();
	await gotoApp(page, {
		query: 'mode=embed&height=300',
		hash: 'event=berne-party-entry-into-force'
	});
	await openPanel(page);
	const root = () =>
		page.evaluate(() => {
			const el = document.getElementById('app')?.firstElementChild;
			const r = el?.getBoundingClientRect();
			return {
				height: r?.height ?? 0,
				scrollHeight: el?.scrollHeight ?? 0,
				scrollTop: el?.scrollTop ?? 0,
				pageScroll: document.documentElement.scrollHeight - innerHeight
			};
		});
	const r0 = await root();
	assert.ok(Math.abs(r0.height - 300) <= 1, `the app is ${r0.height}px tall, not 300px`);
	assert.ok(r0.scrollHeight > 300, `the content (${r0.scrollHeight}px) does not exceed 300px`);
	assert.ok(r0.pageScroll <= 0, `the page scrolls by ${r0.pageScroll}px instead of the app's box`);
	// A wheel over the header (not the timeline) scrolls the app's own box.
	await page.mouse.move(200, 20);
	await page.mouse.wheel(0, 200);
	await poll(async () =>
		assert.ok((await root()).scrollTop > 0, 'a wheel did not scroll inside the 300px app')
	);

	// In a frame on the example article: no height message, the author's 300px stays.
	const article = await openArticle(t);
	await article.evaluate(() => {
		const f = document.createElement('iframe');
		f.id = 'fixed';
		f.title = 'Fixed height';
		f.src = 'index.html?mode=embed&height=300#event=berne-party-entry-into-force';
		f.style.height = '300px';
		document.querySelector('article')?.prepend(f);
	});
	const fixed = article.frameLocator('#fixed');
	await fixed.getByRole('complementary').waitFor();
	await heightsDelivered(article, 'fixed');
	const posted = await heightMessages(article, 'fixed');
	const style = await article.evaluate(() => document.getElementById('fixed')?.style.height);
	assert.deepEqual(posted, [], 'a height=300 embed posted its height');
	assert.equal(style, '300px', 'the fixed-height frame was resized');
});

/** Drags across the middle of the timeline by dx px. */
async function drag(page, dx) {
	const box = await timelineIn(page, 'en').boundingBox();
	assert.ok(box, 'no timeline box');
	const x = box.x + box.width / 2;
	const y = box.y + box.height / 2;
	await page.mouse.move(x, y);
	await page.mouse.down();
	for (let i = 1; i <= 10; i++) await page.mouse.move(x + (dx * i) / 10, y);
	await page.mouse.up();
}

test('J14 ?mode=embed&static leaves the window unchanged on drag (a drag without static pans)', async (t) => {
	const page = await t.newPage();
	const hash = 'from=1961&to=2012';
	await gotoApp(page, { query: 'mode=embed', hash });
	await timelineIn(page, 'en').waitFor();
	const ticks0 = (await svgTexts(page)).join('|');
	await drag(page, -250);
	await poll(
		async () => {
			assert.notEqual((await svgTexts(page)).join('|'), ticks0, 'the axis did not move');
			assert.notEqual(
				`${(await hashParams(page)).get('from')}–${(await hashParams(page)).get('to')}`,
				'1961–2012',
				'the hash window did not change'
			);
		},
		{ timeout: 3000, message: 'control: a drag on ?mode=embed did not pan' }
	);

	const p2 = await t.newPage();
	await gotoApp(p2, { query: 'mode=embed&static', hash });
	await timelineIn(p2, 'en').waitFor();
	const ticks = (await svgTexts(p2)).join('|');
	await drag(p2, -250);
	await nextFrames(p2);
	assert.equal((await svgTexts(p2)).join('|'), ticks, 'a drag moved the axis of a static embed');
	assert.equal(
		`${(await hashParams(p2)).get('from')}–${(await hashParams(p2)).get('to')}`,
		'1961–2012',
		'a drag changed the window of a static embed'
	);
});

test('J14 ?mode=embed&treaties=berne,rome shows two treaty lanes, and "Open full view" opens the same view without mode=embed', async (t) => {
	const page = await t.newPage();
	await gotoApp(page, {
		query: 'mode=embed&lang=en&treaties=berne,rome',
		hash: 'from=1961&to=2012'
	});
	const tl = timelineIn(page, 'en');
	await tl.waitFor();
	const lanes = await tl
		.getByRole('link', { name: /: open the treaty's details$/ })
		.evaluateAll((as) => as.map((a) => a.getAttribute('aria-label') ?? a.textContent));
	assert.equal(lanes.length, 2, `${lanes.length} treaty lanes: ${lanes.join(' | ')}`);
	assert.ok(
		lanes[0].startsWith('Berne Convention') && lanes[1].startsWith('Rome Convention'),
		`the lanes are ${lanes.join(' | ')}`
	);
	const markers = await tl
		.getByRole('link')
		.evaluateAll((as) => as.map((a) => a.getAttribute('aria-label') ?? ''));
	const strangers = markers.filter((n) => !/^(Berne Convention|Rome Convention|Context)\b/.test(n));
	assert.deepEqual(strangers, [], 'links of other treaties are drawn');

	// With the card open, the card has its own "Open full view": both go to the same place.
	const full = page
		.getByRole('link', { name: new RegExp(`^${msg('en', 'embed.openFull')}`) })
		.first();
	const check = async (what) => {
		const href = await full.getAttribute('href');
		assert.ok(href, 'the "Open full view" link has no href');
		const u = new URL(href, page.url());
		const p = new URL(page.url());
		assert.equal(
			u.origin + u.pathname.replace(/index\.html$/, ''),
			p.origin + p.pathname,
			`${what}: the link's page`
		);
		assert.equal(u.searchParams.get('mode'), null, `${what}: the link keeps mode=embed (${href})`);
		const q = new URLSearchParams(p.search);
		q.delete('mode');
		assert.equal(u.searchParams.get('lang'), 'en', `${what}: the link loses the language`);
		for (const [k, v] of q)
			assert.equal(u.searchParams.get(k), v, `${what}: the link drops ${k}=${v} (${href})`);
		const h1 = Object.fromEntries(new URLSearchParams(u.hash.slice(1)));
		const h2 = Object.fromEntries(await hashParams(page));
		assert.deepEqual(h1, h2, `${what}: the link's hash differs from the view's (${href})`);
		return u.href;
	};
	await check('at load');
	assert.equal(await full.getAttribute('target'), '_blank', 'the link does not open a new tab');

	const marker = (await paintedMarkers(page))[0];
	assert.ok(marker, 'no painted marker');
	await tl.getByRole('link', { name: marker.name, exact: true }).click();
	await openPanel(page);
	const href = await poll(async () => {
		assert.equal((await hashParams(page)).get('event'), marker.id);
		return check(`with ${marker.id} open`);
	});

	// Following it gives the full page (title naming the two treaties, Present) with the same
	// selection and lanes.
	await page.goto(href);
	await page
		.getByRole('heading', {
			level: 1,
			name: 'Kazakhstan: Berne Convention, Rome Convention',
			exact: true
		})
		.waitFor();
	await page.getByRole('button', { name: msg('en', 'present.button'), exact: true }).waitFor();
	await panel(page).waitFor();
	assert.equal(
		(await hashParams(page)).get('event'),
		marker.id,
		'the full view lost the selection'
	);
	assert.equal(
		await timelineIn(page, 'en')
			.getByRole('link', { name: /: open the treaty's details$/ })
			.count(),
		2,
		'the full view lost treaties=berne,rome'
	);
});

/**
 * The chart region's top (px from the page's top), and the visible buttons, links, headings and
 * text fields outside it.
 */
const firstRow = (page) =>
	page.evaluate(
		(name) => {
			const chart = [...document.querySelectorAll('section')].find(
				(s) => s.getAttribute('aria-label') === name
			);
			const outside = [...document.querySelectorAll('button, a[href], h1, h2, input, select')]
				.filter((el) => !chart?.contains(el) && el.getClientRects().length > 0)
				.filter((el) => getComputedStyle(el).visibility !== 'hidden')
				.map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`);
			return { top: chart ? chart.getBoundingClientRect().top : null, outside };
		},
		msg('en', 'nav.timeline')
	);

test('J14 ?mode=embed&controls=none&title=none shows the chart as its first row; the default embed has one row of title, zoom buttons and "Open full view" above it', async (t) => {
	const page = await t.newPage();
	await gotoApp(page, { query: 'mode=embed&controls=none&title=none' });
	await timelineIn(page, 'en').waitFor();
	const bare = await firstRow(page);
	assert.ok(bare.top !== null && bare.top <= 12, `the chart starts ${bare.top}px down`);
	assert.deepEqual(bare.outside, [], 'controls or a title outside the chart');
	assert.ok(
		(await page.locator('svg a[data-id][aria-label]').count()) > 3,
		'the marks have no names'
	);

	await gotoApp(page, { query: 'mode=embed' });
	await timelineIn(page, 'en').waitFor();
	const lean = await firstRow(page);
	const names = (role, key) => page.getByRole(role, { name: msg('en', key), exact: true });
	const heading = await page.getByRole('heading', { name: TITLE, exact: true }).boundingBox();
	const zoomIn = await names('button', 'zoom.in').boundingBox();
	assert.ok(heading && zoomIn, 'the default embed has no title or no zoom buttons');
	assert.ok(
		Math.abs(heading.y + heading.height / 2 - (zoomIn.y + zoomIn.height / 2)) < 16,
		`the title (y ${Math.round(heading.y)}) and the zoom buttons (y ${Math.round(zoomIn.y)}) are not one row`
	);
	assert.ok(
		lean.top !== null && lean.top < 80,
		`the default embed's chart starts ${lean.top}px down`
	);
	for (const [role, key] of [
		['navigation', 'nav.views'],
		['group', 'lang.label'],
		['button', 'zoom.preset.all'],
		['combobox', 'search.label']
	])
		assert.equal(await names(role, key).count(), 0, `the default embed shows ${role} ${key}`);
	await t.screenshot(page, 'j14-embed-default', { fullPage: false });
});

test('J14 ?mode=embed&static is a picture: no buttons or links beside the chart, marks still named', async (t) => {
	const page = await t.newPage();
	await gotoApp(page, { query: 'mode=embed&static&treaties=wct,wppt' });
	await timelineIn(page, 'en').waitFor();
	const { outside } = await firstRow(page);
	assert.deepEqual(
		outside.filter((e) => !e.startsWith('h2')),
		[],
		'a static embed shows controls'
	);
	assert.equal(
		await page.getByRole('heading', { name: 'Kazakhstan: WCT, WPPT', exact: true }).count(),
		1,
		'the title does not name the two treaties'
	);
	const buttons = await page
		.locator('button:visible')
		.evaluateAll((bs) => bs.map((b) => b.textContent?.trim()));
	assert.deepEqual(buttons, [], 'a static embed shows buttons');
	const named = await page
		.locator('svg a[data-id]')
		.evaluateAll((as) => as.map((a) => a.getAttribute('aria-label') ?? ''));
	assert.ok(named.length > 3 && named.every(Boolean), `marks without a name: ${named.length}`);
});

/** What a frame or page of the app shows: its language, lane names and the chart's texts. */
const shows = (target) =>
	target.evaluate(() => {
		const svgs = [...document.querySelectorAll('svg')];
		const chart = svgs.sort(
			(a, b) => b.querySelectorAll('text').length - a.querySelectorAll('text').length
		)[0];
		return {
			lang: document.documentElement.lang,
			lanes: [...document.querySelectorAll('svg a[href^="#treaty="]')].map((a) =>
				a.getAttribute('href')
			),
			texts: [...(chart?.querySelectorAll('text') ?? [])].map((t) => t.textContent?.trim()),
			title: document.querySelector('h2')?.textContent?.trim() ?? null,
			buttons: [...document.querySelectorAll('button')].filter((b) => b.getClientRects().length)
				.length
		};
	});

test('J14 the Embed builder: the snippet it gives, opened, shows what its preview shows (window, treaties, language)', async (t) => {
	const page = await t.newPage({ viewport: { width: 1280, height: 900 } });
	await gotoApp(page, { hash: 'from=1961&to=2012' });
	await page.getByRole('button', { name: msg('en', 'embed.button'), exact: true }).click();
	const dialog = page.getByRole('dialog', { name: msg('en', 'embed.builder'), exact: true });
	await dialog.waitFor();
	// Every option starts with a value: colours follow the reader's system unless the page's query set them.
	const colours = dialog.getByLabel(msg('en', 'embed.theme'), { exact: true });
	assert.equal(await colours.inputValue(), 'auto', 'the colours start empty');
	await dialog.getByLabel(msg('en', 'embed.lang'), { exact: true }).selectOption('ru');
	for (const tr of dataset.treaties)
		if (!['wct', 'wppt'].includes(tr.id))
			await dialog.getByRole('checkbox', { name: localText(tr.shortName, 'en') }).uncheck();
	await dialog.getByLabel(msg('en', 'embed.controls'), { exact: true }).selectOption('none');

	const snippetSrc = async () => {
		const code = await dialog.locator('textarea').inputValue();
		return /<iframe src="([^"]+)"/.exec(code)?.[1].replace(/&amp;/g, '&') ?? '';
	};
	const src = await snippetSrc();
	const u = new URL(src);
	assert.equal(u.searchParams.get('lang'), 'ru', `the snippet's language: ${src}`);
	assert.equal(u.searchParams.get('treaties'), 'wct,wppt', `the snippet's treaties: ${src}`);
	assert.equal(u.searchParams.get('controls'), 'none', `the snippet's controls: ${src}`);
	assert.equal(u.hash, '#from=1961&to=2012', `the snippet's window is not the page's: ${src}`);

	// The preview frames the snippet's address once the options rest, and draws it.
	const preview = dialog.locator('iframe');
	const frame = await (await preview.elementHandle())?.contentFrame();
	assert.ok(frame, 'the builder has no preview frame');
	await poll(
		async () => {
			assert.equal(frame.url(), src, 'the preview is not at the snippet’s address');
			assert.ok(
				(await frame.locator('svg a[href^="#treaty="]').count()) === 2,
				'the preview has not drawn two lanes'
			);
		},
		{ timeout: 8000, message: 'the preview after the options changed' }
	);
	await nextFrames(frame);
	const inPreview = await shows(frame);
	const width = await preview.evaluate((f) => f.clientWidth);
	const height = await preview.evaluate((f) => f.clientHeight);
	await t.screenshot(page, 'j14-embed-builder', { fullPage: false });

	// The snippet's address, opened at the preview's size, shows the same.
	const alone = await t.newPage({ viewport: { width, height } });
	await alone.goto(src, { waitUntil: 'load' });
	await timelineIn(alone, 'ru').waitFor();
	await poll(async () =>
		assert.equal((await shows(alone)).lanes.length, 2, 'the snippet’s embed has not drawn')
	);
	await nextFrames(alone);
	const opened = await shows(alone);
	assert.deepEqual(opened, inPreview, 'the snippet’s embed differs from the preview');
	assert.equal(opened.lang, 'ru');
	assert.deepEqual(opened.lanes, ['#treaty=wct', '#treaty=wppt']);
	assert.equal(
		await alone.getByRole('button', { name: msg('ru', 'zoom.in'), exact: true }).count(),
		0,
		'controls=none shows the zoom buttons'
	);
	t.note(`preview ${width}×${height}px: ${opened.texts.length} chart texts alike`);
});

for (const [width, height, lang] of [
	[1280, 800, 'kk'],
	[1920, 1080, 'en']
])
	test(`J14 the page header at ${width}px in ${lang} is one toolbar row (the languages beside the title), and "Link copied" moves no button`, async (t) => {
		const page = await t.newPage({ viewport: { width, height } });
		await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
			origin: env.origin
		});
		await gotoApp(page, { query: `lang=${lang}`, lang });
		const toolbar = () =>
			page.locator('header button:visible:not([lang])').evaluateAll((bs) =>
				bs.map((b) => {
					const r = b.getBoundingClientRect();
					return { name: b.textContent?.trim(), x: Math.round(r.x), y: Math.round(r.y) };
				})
			);
		const before = await toolbar();
		const names = before.map((b) => b.name);
		for (const key of ['nav.timeline', 'present.button', 'share.button', 'load.button'])
			assert.ok(names.includes(msg(lang, key)), `no ${key} button in the header: ${names}`);
		const rows = [...new Set(before.map((b) => b.y))];
		assert.equal(rows.length, 1, `the header's buttons are on ${rows.length} rows: ${rows}`);
		await page.getByRole('button', { name: msg(lang, 'share.button'), exact: true }).click();
		await page.getByText(msg(lang, 'share.copied'), { exact: true }).waitFor();
		assert.deepEqual(await toolbar(), before, '"Link copied" moved the buttons');
		await t.screenshot(page, `j14-header-${width}-${lang}`, { fullPage: false });
	});

test('J14 the page header at 375px: the secondary actions behind "More", the chart within the first screen', async (t) => {
	const page = await t.newPage({ viewport: { width: 375, height: 800 } });
	await gotoApp(page);
	const more = page.getByRole('button', { name: new RegExp(`^${msg('en', 'embed.more')}`) });
	await more.waitFor();
	const share = page.getByRole('button', { name: msg('en', 'share.button'), exact: true });
	assert.equal(await share.isVisible(), false, 'Share shows beside the views on a phone');
	const top = async () => (await timelineIn(page, 'en').boundingBox())?.y ?? Infinity;
	const y = await top();
	assert.ok(y < 400, `the chart starts ${Math.round(y)}px down on a phone`);
	await more.click();
	await share.waitFor();
	assert.equal(await top(), y, 'opening "More" moved the chart');
	await t.screenshot(page, 'j14-header-375', { fullPage: false });
});
