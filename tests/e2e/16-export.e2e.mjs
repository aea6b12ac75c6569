// Journey 16 (issue "For articles"): the header's "Download" menu gives the current view as a
// self-contained SVG (every label of the on-screen timeline, no external reference), a PNG at 2×
// the SVG's size, the events as CSV (BOM, the documented header, one row per event in time order)
// and the dataset as JSON (equal to data/kazakhstan.json); printing hides every control and adds
// the event table after the chart.
import { strict as assert } from 'node:assert';
import { readFile } from 'node:fs/promises';
import { env, poll, test } from './lib/harness.mjs';
import { dataset, expectedOrder, gotoApp, msg, svgTexts, timelineIn } from './lib/app.mjs';
import { serveGenerated } from './lib/server.mjs';
import { bigDataset } from '../fixtures/big-dataset.mjs';

const TITLE = typeof dataset.title === 'string' ? dataset.title : dataset.title.en;
/** Width of exported images (src/lib/export/geometry.ts, EXPORT_SIZES). */
const EXPORT_WIDTH = 1200;
/** At this viewport the page's timeline SVG is EXPORT_WIDTH wide (12 px padding either side). */
const VIEWPORT_FOR_EXPORT_WIDTH = { width: EXPORT_WIDTH + 24, height: 800 };

/** The CSV header, as the README documents it: each delay in words, then in days. */
const DELAYS = [
	'adoption_to_force',
	'force_to_instrument',
	'force_to_party_force',
	'instrument_to_party_force',
	'act_to_party_force'
];
const CSV_HEADER = [
	...'treaty,treaty_id,event_id,kind,event,date,qualifier,precision,date_text,evidence,instrument,sources'.split(
		','
	),
	...DELAYS,
	...DELAYS.map((d) => `${d}_days`)
];

/** RFC 4180: records of fields; quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text) {
	const rows = [];
	let row = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			[row, field] = [[], ''];
			i++;
		} else field += c;
	}
	if (field || row.length) {
		row.push(field);
		rows.push(row);
	}
	return rows;
}

/** Opens the Download menu (if closed) and returns the list of its entries. */
async function openMenu(page) {
	const menu = page.getByRole('list', { name: msg('en', 'export.menu'), exact: true });
	if (!(await menu.isVisible())) {
		const button = page.getByRole('button', { name: msg('en', 'export.button'), exact: true });
		await button.click();
		assert.equal(await button.getAttribute('aria-expanded'), 'true', 'Download: aria-expanded');
	}
	await menu.waitFor({ state: 'visible' });
	return menu;
}

/** Chooses a menu entry by its catalogue label and returns the downloaded file. */
async function download(page, label) {
	const menu = await openMenu(page);
	const [dl] = await Promise.all([
		page.waitForEvent('download', { timeout: 15_000 }),
		menu.getByRole('button', { name: label, exact: true }).click()
	]);
	const failure = await dl.failure();
	assert.equal(failure, null, `the download "${label}" failed: ${failure}`);
	const bytes = await readFile(await dl.path());
	return { name: dl.suggestedFilename(), bytes };
}

test('J16 the Download menu offers SVG, PNG 1×/2×/3×, CSV and JSON in the catalogue’s words', async (t) => {
	const page = await t.newPage();
	await gotoApp(page);
	const menu = await openMenu(page);
	const labels = (await menu.getByRole('button').allTextContents()).map((s) => s.trim());
	assert.deepEqual(labels, [
		msg('en', 'export.svg'),
		msg('en', 'export.png', { scale: 1 }),
		msg('en', 'export.png', { scale: 2 }),
		msg('en', 'export.png', { scale: 3 }),
		msg('en', 'export.csv'),
		msg('en', 'export.json')
	]);
	await page.keyboard.press('Escape');
	await menu.waitFor({ state: 'detached' });
});

test('J16 the SVG holds every label of the 1200-px timeline and no external reference; the 2× PNG is twice its size', async (t) => {
	const page = await t.newPage({ viewport: VIEWPORT_FOR_EXPORT_WIDTH });
	await gotoApp(page);
	const tl = timelineIn(page, 'en');
	await tl.waitFor();
	const box = await tl.boundingBox();
	assert.ok(
		box && Math.abs(box.width - EXPORT_WIDTH) <= 0.5,
		`at ${VIEWPORT_FOR_EXPORT_WIDTH.width} px the timeline is ${box?.width} px wide, not ${EXPORT_WIDTH}`
	);
	const onScreen = await svgTexts(page, 'en');

	const svgFile = await download(page, msg('en', 'export.svg'));
	assert.match(svgFile.name, /\.svg$/, `the SVG file is named ${svgFile.name}`);
	const svg = svgFile.bytes.toString('utf8');
	// Parsed as XML by the browser itself.
	const parsed = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		const root = doc.documentElement;
		return {
			errors: [...doc.getElementsByTagName('parsererror')].map((e) => e.textContent),
			root: root.localName,
			ns: root.namespaceURI,
			width: root.getAttribute('width'),
			height: root.getAttribute('height'),
			texts: [...doc.getElementsByTagName('text')].map((e) => (e.textContent ?? '').trim())
		};
	}, svg);
	assert.deepEqual(parsed.errors, [], 'the SVG is not well-formed XML');
	assert.equal(parsed.root, 'svg');
	assert.equal(parsed.ns, 'http://www.w3.org/2000/svg');
	const width = Number(parsed.width);
	const height = Number(parsed.height);
	assert.equal(width, EXPORT_WIDTH, 'the SVG width attribute');
	assert.ok(height > 200, `the SVG height attribute is ${parsed.height}`);

	// Every label painted on screen at the same width (as many times as it is painted there). The
	// file measures text wider than the screen (the reader's fonts are unknown), so a delay label
	// whose note does not fit over its bar there keeps its delay without the note (labels.ts).
	const note = ` (${msg('en', 'delay.retroactiveNote')})`;
	const pool = [...parsed.texts];
	const missing = [];
	for (const s of onScreen) {
		let i = pool.indexOf(s);
		if (i < 0 && s.endsWith(note)) i = pool.indexOf(s.slice(0, -note.length));
		if (i < 0) missing.push(s);
		else pool.splice(i, 1);
	}
	assert.deepEqual(
		missing,
		[],
		`labels on screen but not in the SVG (SVG has: ${parsed.texts.join(' | ')})`
	);
	for (const known of [
		TITLE,
		// Berne's start (adoption and entry into force, one mark), Kazakhstan's joining, a delay.
		'1887',
		'1999',
		'+111 years',
		'1890',
		'2010',
		...dataset.treaties.map((tr) => tr.shortName.en ?? tr.shortName),
		msg('en', 'a11y.contextLane')
	])
		assert.ok(parsed.texts.includes(known), `the SVG has no text "${known}"`);

	// Self-contained: nothing it would fetch or link to.
	const withoutNs = svg.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, '');
	for (const [re, what] of [
		[/http/i, 'an http address besides the xmlns'],
		[/href\s*=/i, 'an href'],
		[/url\(/i, 'a url()'],
		[/<image\b/i, 'an <image>'],
		[/foreignObject/i, 'a foreignObject'],
		[/@import/i, 'an @import']
	]) {
		const m = withoutNs.match(re);
		assert.equal(
			m,
			null,
			`the SVG has ${what}: …${m ? withoutNs.slice(Math.max(0, m.index - 60), m.index + 60) : ''}…`
		);
	}
	t.note(`SVG ${width}×${height}, ${parsed.texts.length} texts, ${onScreen.length} on screen`);

	const png = await download(page, msg('en', 'export.png', { scale: 2 }));
	assert.match(png.name, /\.png$/, `the PNG file is named ${png.name}`);
	const b = png.bytes;
	assert.deepEqual(
		[...b.subarray(0, 8)],
		[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
		'the PNG signature'
	);
	assert.equal(b.subarray(12, 16).toString('latin1'), 'IHDR', 'the PNG does not start with IHDR');
	const pw = b.readUInt32BE(16);
	const ph = b.readUInt32BE(20);
	assert.deepEqual(
		{ width: pw, height: ph },
		{ width: 2 * width, height: 2 * height },
		`the 2× PNG is ${pw}×${ph}, the SVG ${width}×${height}`
	);
	t.note(`PNG 2×: ${pw}×${ph}, ${b.length} bytes`);
});

test('J16 the CSV has a BOM, the documented header and one row per event in time order; the JSON equals data/kazakhstan.json', async (t) => {
	const page = await t.newPage();
	await gotoApp(page);

	const csvFile = await download(page, msg('en', 'export.csv'));
	assert.match(csvFile.name, /\.csv$/, `the CSV file is named ${csvFile.name}`);
	assert.deepEqual(
		[...csvFile.bytes.subarray(0, 3)],
		[0xef, 0xbb, 0xbf],
		'the CSV has no UTF-8 BOM'
	);
	const text = csvFile.bytes.subarray(3).toString('utf8');
	const columns = CSV_HEADER;
	const headerLine = text.slice(0, text.indexOf('\r\n'));
	assert.equal(headerLine, columns.join(','), 'the CSV header line (CRLF-terminated)');
	assert.ok(text.endsWith('\r\n'), 'the CSV does not end with CRLF');
	const rows = parseCsv(text);
	const [header, ...body] = rows;
	assert.deepEqual(header, columns);
	const events = expectedOrder();
	const treatyEvents = dataset.treaties.reduce((n, tr) => n + tr.events.length, 0);
	assert.equal(events.length, treatyEvents + dataset.context.length);
	assert.equal(
		body.length,
		events.length,
		`${body.length} CSV rows for ${treatyEvents} treaty events + ${dataset.context.length} context events`
	);
	const bad = body.filter((r) => r.length !== columns.length);
	assert.deepEqual(
		bad.map((r) => r.join(',').slice(0, 80)),
		[],
		'rows with the wrong number of cells'
	);
	const idCol = columns.indexOf('event_id');
	assert.deepEqual(
		body.map((r) => r[idCol]),
		events.map((e) => e.id),
		'the CSV rows are not the events in time order'
	);
	const dateCol = columns.indexOf('date');
	assert.deepEqual(
		body.map((r) => r[dateCol]),
		events.map((e) => e.date),
		'the date column is not the ISO date of each event'
	);

	const jsonFile = await download(page, msg('en', 'export.json'));
	assert.match(jsonFile.name, /\.json$/, `the JSON file is named ${jsonFile.name}`);
	let json;
	assert.doesNotThrow(
		() => (json = JSON.parse(jsonFile.bytes.toString('utf8'))),
		'the JSON does not parse'
	);
	assert.deepEqual(json, dataset, 'the exported JSON differs from data/kazakhstan.json');
	t.note(
		`CSV: ${body.length} rows × ${columns.length} columns; JSON ${jsonFile.bytes.length} bytes`
	);
});

test('J16 print media hides every control and shows the event table after the chart', async (t) => {
	const page = await t.newPage();
	await gotoApp(page);
	const tl = timelineIn(page, 'en');
	await tl.waitFor();
	const table = page.getByRole('table');
	assert.equal(await table.filter({ visible: true }).count(), 0, 'a table is visible on screen');
	await page.emulateMedia({ media: 'print' });
	await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
	await table.first().waitFor({ state: 'visible', timeout: 8000 });
	assert.equal(await table.count(), 1, 'printing shows more than one table');
	const caption = msg('en', 'table.caption', { title: TITLE });
	assert.equal(((await table.locator('caption').textContent()) ?? '').trim(), caption);
	assert.equal(
		await table.getByRole('row').count(),
		1 + expectedOrder().length,
		'the printed table does not have a header row and one row per event'
	);
	const order = await page.evaluate(() => {
		const svg = [...document.querySelectorAll('svg')].find((s) =>
			s.getAttribute('aria-label')?.startsWith('Timeline of')
		);
		const t = document.querySelector('table');
		return {
			after: !!(svg && t && svg.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING),
			below: (t?.getBoundingClientRect().top ?? 0) >= (svg?.getBoundingClientRect().bottom ?? 0)
		};
	});
	assert.ok(
		order.after && order.below,
		`the table is not after the chart: ${JSON.stringify(order)}`
	);

	// No control is painted on paper. The chart's cluster circles carry role=button on screen, but
	// they are the drawing itself (a count of merged events) and must print: they are left out.
	const controls = await page.evaluate(() => {
		const sel =
			'button,[role=button],summary,input,select,textarea,[role=combobox],[role=checkbox],[role=slider],[role=tab]';
		return [...document.querySelectorAll(sel)]
			.filter((el) => !el.closest('svg'))
			.filter((el) => {
				const r = el.getBoundingClientRect();
				return (
					el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) &&
					r.width > 0 &&
					r.height > 0
				);
			})
			.map((el) => `<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 40)}"`);
	});
	const buttons = page.getByRole('button', { includeHidden: false });
	const visibleButtons = await buttons.evaluateAll((els) =>
		els
			.filter((el) => !el.closest('svg') && el.checkVisibility())
			.map((el) => (el.textContent ?? '').trim().slice(0, 40))
	);
	assert.deepEqual(visibleButtons, [], 'buttons visible in print');
	await t.screenshot(page, 'j16-print');
	assert.deepEqual(
		controls,
		[],
		'interactive controls visible in print (src/print.css hides button, nav, input… but not these)'
	);
	const clusters = await tl.getByRole('button').count();
	t.note(`print: ${clusters} cluster circles of the chart print (role=button on screen)`);
	await page.emulateMedia({ media: 'screen' });
	await poll(async () =>
		assert.equal(await table.filter({ visible: true }).count(), 0, 'the table stays on screen')
	);
});

/** The page's colours now: its theme attribute, the body's background, the canvas marks' colours. */
const pageColours = (page) =>
	page.evaluate(() => {
		const canvas = document.querySelector('canvas[data-marks]');
		const img = canvas?.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
		const marks = new Set();
		for (let i = 0; img && i < img.length; i += 4)
			if (img[i + 3] === 255) marks.add(`rgb(${img[i]}, ${img[i + 1]}, ${img[i + 2]})`);
		return {
			theme: document.documentElement.dataset.theme ?? 'auto',
			bg: getComputedStyle(document.body).backgroundColor,
			marks: [...marks]
		};
	});

/** The colour of a PNG's pixel, decoded in the page (no request: the bytes go in as base64). */
const pngPixel = (page, bytes, x, y) =>
	page.evaluate(
		async ({ b64, x, y }) => {
			const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
			const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
			const c = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d');
			c.drawImage(bitmap, 0, 0);
			const [r, g, b] = c.getImageData(x, y, 1, 1).data;
			return `rgb(${r}, ${g}, ${b})`;
		},
		{ b64: bytes.toString('base64'), x, y }
	);

const LIGHT = { bg: 'rgb(255, 255, 255)', revision: 'rgb(123, 63, 184)' };
const DARK = { bg: 'rgb(17, 20, 24)', revision: 'rgb(196, 155, 255)' };

test('J16 theme: the switch turns the page, the canvas marks and the PNG and SVG dark at once; a reload stays dark; ?theme=light wins; an embed follows its query', async (t) => {
	// A system in light colours throughout: only the reader's switch changes the theme.
	const page = await t.newPage();
	const json = JSON.stringify(bigDataset({ treaties: 6, events: 240 }));
	const data = `data=${encodeURIComponent(env.origin + serveGenerated('theme-240.json', json))}`;
	await gotoApp(page, { query: data });
	const drawn = () =>
		poll(
			() =>
				page.evaluate(
					() => Number(document.querySelector('canvas[data-marks]')?.dataset.marks) > 0
				),
			{ timeout: 30_000, message: 'marks drawn on the canvas' }
		);
	await drawn();
	const before = await pageColours(page);
	assert.equal(before.theme, 'auto');
	assert.equal(before.bg, LIGHT.bg);
	assert.ok(before.marks.includes(LIGHT.revision), 'light revision marks on the canvas');
	const themeButton = (c) =>
		page.getByRole('button', {
			name: `${msg('en', 'theme.label')}: ${msg('en', `theme.${c}`)}`,
			exact: true
		});
	// System → light → dark.
	await themeButton('auto').click();
	await themeButton('light').click();
	const dark = await poll(
		async () => {
			const c = await pageColours(page);
			assert.equal(c.bg, DARK.bg, 'the page is not dark');
			assert.ok(c.marks.includes(DARK.revision), 'no dark revision mark on the canvas');
			return c;
		},
		{ timeout: 3000, message: 'the page and its canvas in the dark theme' }
	);
	assert.equal(dark.theme, 'dark');
	assert.ok(!dark.marks.includes(LIGHT.revision), 'light revision marks left on the canvas');
	await t.screenshot(page, 'j16-theme-dark');

	const png = await download(page, msg('en', 'export.png', { scale: 1 }));
	assert.equal(await pngPixel(page, png.bytes, 2, 2), DARK.bg, 'the PNG is not dark');
	const svg = (await download(page, msg('en', 'export.svg'))).bytes.toString('utf8');
	assert.match(svg, /<rect x="0" y="0" [^>]*fill="#111418"/, 'the SVG background is not dark');
	assert.ok(svg.includes('fill="#c49bff"'), 'the SVG has no dark revision colour');

	await page.reload({ waitUntil: 'load' });
	await drawn();
	const reloaded = await pageColours(page);
	assert.deepEqual([reloaded.theme, reloaded.bg], ['dark', DARK.bg], 'not dark after a reload');
	assert.equal(await themeButton('dark').count(), 1, 'the switch does not say Dark');

	await gotoApp(page, { query: 'theme=light' });
	const light = await pageColours(page);
	assert.deepEqual([light.theme, light.bg], ['light', LIGHT.bg], '?theme=light did not win');
	assert.equal(await themeButton('light').count(), 1, 'the switch does not say Light');
	// The address's theme is not a choice of the reader's: the next plain visit is dark again.
	await gotoApp(page);
	assert.equal((await pageColours(page)).theme, 'dark');

	// An embed follows its query (here none: the system's light), and has no switch.
	await gotoApp(page, { query: 'mode=embed' });
	const embed = await pageColours(page);
	assert.deepEqual(
		[embed.theme, embed.bg],
		['auto', LIGHT.bg],
		'the embed took the remembered theme'
	);
	assert.equal(
		await page.getByRole('button', { name: new RegExp(`^${msg('en', 'theme.label')}:`) }).count(),
		0,
		'a theme switch in the embed'
	);
});
