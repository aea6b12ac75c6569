// Journey 17 (issue "Explore"): the filters change what is drawn and the hash; the search box
// finds an obligation by its words (and Kazakh text from a Russian-keyboard spelling) and opens
// it; the table sorts by keyboard; a dataset file replaces the data and the way back restores it;
// broken files list their problems and keep the data on screen; a javascript: data link is
// refused; the About view lists every claim of the source article.
import { strict as assert } from 'node:assert';
import { readFile } from 'node:fs/promises';
import { nextFrames, poll, test } from './lib/harness.mjs';
import {
	dataset,
	expectedOrder,
	focused,
	gotoApp,
	hashParams,
	localText,
	msg,
	msgPattern,
	openPanel,
	panel,
	svgTexts,
	timeline,
	timelineIn
} from './lib/app.mjs';

const TITLE = localText(dataset.title, 'en');
const short = (id) => localText(dataset.treaties.find((tr) => tr.id === id).shortName, 'en');
const RUSSIA_URL = new URL('../../data/example-russia.json', import.meta.url);

/** data-id of every event link the timeline draws (cluster members included). */
const drawnIds = (page) =>
	timeline(page)
		.getByRole('link')
		.evaluateAll((as) => as.map((a) => a.getAttribute('data-id')).filter(Boolean));

/** Treaty lane links ("…: open the treaty's details"), by accessible name, of any dataset. */
const laneLinks = (page) =>
	timeline(page)
		.getByRole('link', { name: /: open the treaty's details$/ })
		.evaluateAll((as) => as.map((a) => a.getAttribute('aria-label') ?? ''));

const idsOfKind = (kind) =>
	dataset.treaties.flatMap((tr) => tr.events.filter((e) => e.kind === kind).map((e) => e.id));

/** Opens the "Filters" disclosure (a <summary>, which has no ARIA role to find it by). */
async function openFilters(page) {
	const summary = page.getByText(msg('en', 'filter.title'), { exact: true });
	await summary.click();
	await page.getByRole('checkbox', { name: msg('en', 'filter.context'), exact: true }).waitFor();
}

test('J17 filters: unchecking a kind, a treaty or the context events removes them from the drawing and writes kinds=, treaties=, context=0', async (t) => {
	const page = await t.newPage();
	await gotoApp(page);
	await timelineIn(page, 'en').waitFor();
	const all = await drawnIds(page);
	const lanes = await laneLinks(page);
	assert.equal(lanes.length, dataset.treaties.length, `treaty lanes: ${lanes.join(' | ')}`);
	await openFilters(page);

	// A kind.
	const revisions = idsOfKind('revision');
	assert.ok(revisions.length > 0, 'the dataset has no revision events to filter');
	assert.deepEqual(
		revisions.filter((id) => !all.includes(id)),
		[],
		'revision events are not drawn before filtering'
	);
	const kind = page.getByRole('checkbox', { name: msg('en', 'legend.revision'), exact: true });
	await kind.uncheck();
	await poll(
		async () => {
			const ids = await drawnIds(page);
			assert.deepEqual(
				ids.filter((id) => revisions.includes(id)),
				[],
				'revision markers still drawn'
			);
			assert.equal(ids.length, all.length - revisions.length, 'other markers went too');
			const kinds = (await hashParams(page)).get('kinds');
			assert.ok(kinds, `no kinds= in the hash "${new URL(page.url()).hash}"`);
			assert.ok(!kinds.split(',').includes('revision'), `kinds=${kinds} keeps revision`);
		},
		{ message: `after unchecking "${msg('en', 'legend.revision')}"` }
	);
	assert.ok(
		await page.getByText(msg('en', 'filter.active', { count: 1 }), { exact: true }).isVisible(),
		`the disclosure does not say "${msg('en', 'filter.active', { count: 1 })}"`
	);
	await kind.check();
	await poll(async () => {
		assert.equal((await hashParams(page)).get('kinds'), null, 'kinds= stays after rechecking');
		assert.equal((await drawnIds(page)).length, all.length);
	});

	// A treaty: its lane and its markers go.
	const wctIds = dataset.treaties.find((tr) => tr.id === 'wct').events.map((e) => e.id);
	await page.getByRole('checkbox', { name: short('wct'), exact: true }).uncheck();
	await poll(
		async () => {
			const now = await laneLinks(page);
			assert.equal(now.length, lanes.length - 1, `lanes: ${now.join(' | ')}`);
			assert.ok(!now.some((n) => n.startsWith(`${short('wct')} (`)), 'the WCT lane is drawn');
			const ids = await drawnIds(page);
			assert.deepEqual(
				ids.filter((id) => wctIds.includes(id)),
				[],
				'WCT markers still drawn'
			);
			const treaties = (await hashParams(page)).get('treaties');
			assert.deepEqual(
				treaties?.split(','),
				dataset.treaties.map((tr) => tr.id).filter((id) => id !== 'wct'),
				`the hash's treaties=${treaties}`
			);
		},
		{ message: `after unchecking the treaty "${short('wct')}"` }
	);
	await page.getByRole('checkbox', { name: short('wct'), exact: true }).check();
	await poll(async () => assert.equal((await laneLinks(page)).length, lanes.length));

	// The context events: their lane goes.
	const contextIds = dataset.context.map((e) => e.id);
	const contextLabel = msg('en', 'a11y.contextLane');
	assert.ok((await svgTexts(page, 'en')).includes(contextLabel), 'no context lane at first');
	await page.getByRole('checkbox', { name: msg('en', 'filter.context'), exact: true }).uncheck();
	await poll(
		async () => {
			const ids = await drawnIds(page);
			assert.deepEqual(
				ids.filter((id) => contextIds.includes(id)),
				[],
				'context markers still drawn'
			);
			assert.equal((await hashParams(page)).get('context'), '0', 'the hash has no context=0');
		},
		{ message: 'after unchecking the context events' }
	);
	// The lane itself must go too (checked after the reset below, so that the reset is tested).
	const laneLeft = await poll(async () => !(await svgTexts(page, 'en')).includes(contextLabel), {
		timeout: 2000
	}).catch(() => false);
	await t.screenshot(page, 'j17-filters-no-context', { fullPage: false });

	// Reset: everything back, no filter in the hash.
	await page.getByRole('button', { name: msg('en', 'filter.reset'), exact: true }).click();
	await poll(async () => {
		assert.deepEqual((await drawnIds(page)).sort(), [...all].sort(), 'reset did not redraw all');
		for (const k of ['kinds', 'cats', 'treaties', 'context'])
			assert.equal((await hashParams(page)).get(k), null, `${k}= stays after reset`);
	});
	assert.ok(
		laneLeft,
		`with context=0 and no context marker drawn, the empty "${contextLabel}" lane (its label ` +
			'and band) is still drawn'
	);
});

test('J17 search: "technological measures" lists WCT Art. 11, ArrowDown + Enter opens the WCT with q= in the hash; in kk "косылу" finds Kazakh text', async (t) => {
	const page = await t.newPage();
	await gotoApp(page);
	const box = page.getByRole('combobox', { name: msg('en', 'search.label'), exact: true });
	await box.fill('technological measures');
	const list = page.getByRole('listbox', { name: msg('en', 'search.results'), exact: true });
	await list.waitFor();
	const options = (await list.getByRole('option').allTextContents()).map((s) =>
		s.replace(/\s+/g, ' ').trim()
	);
	const want = `${short('wct')} · ${msg('en', 'panel.article', { article: '11' })}`;
	const at = options.findIndex((o) => o.includes(want));
	assert.ok(at >= 0, `no hit "${want}" among: ${options.join(' | ')}`);
	assert.ok(
		options[at].startsWith(msg('en', 'search.kind.obligation')),
		`the hit is not labelled "${msg('en', 'search.kind.obligation')}": ${options[at]}`
	);
	assert.equal(await box.getAttribute('aria-expanded'), 'true', 'the combobox is not expanded');
	const status = page.getByRole('status').filter({
		hasText: msg('en', options.length === 1 ? 'search.count.one' : 'search.count.other', {
			count: options.length
		})
	});
	assert.equal(await status.count(), 1, 'the result count is not announced');

	for (let i = 0; i <= at; i++) await box.press('ArrowDown');
	const option = list.getByRole('option').nth(at);
	assert.equal(await option.getAttribute('aria-selected'), 'true', 'the hit is not selected');
	assert.equal(
		await box.getAttribute('aria-activedescendant'),
		await option.getAttribute('id'),
		'aria-activedescendant does not point at the hit'
	);
	await box.press('Enter');
	await openPanel(page, short('wct'));
	await poll(async () => {
		const h = await hashParams(page);
		assert.equal(h.get('treaty'), 'wct', 'the hash treaty=');
		assert.equal(h.get('q'), 'technological measures', 'the hash q=');
	});
	assert.ok(
		await panel(page)
			.getByText(/technological measures/)
			.first()
			.isVisible(),
		'the WCT panel does not show the obligation'
	);

	// Kazakh: the search folds қ → к, so the Russian-keyboard spelling finds "қосылу".
	const kk = await t.newPage();
	await gotoApp(kk, { hash: 'lang=kk', lang: 'kk' });
	const kbox = kk.getByRole('combobox', { name: msg('kk', 'search.label'), exact: true });
	await kbox.fill('косылу');
	const klist = kk.getByRole('listbox', { name: msg('kk', 'search.results'), exact: true });
	await klist.waitFor();
	const hits = (await klist.getByRole('option').allTextContents()).map((s) => s.trim());
	assert.ok(
		hits.some((h) => /[Ққ]осылу/.test(h)),
		`no Kazakh hit with "қосылу" for "косылу": ${hits.join(' | ')}`
	);
	t.note(`kk "косылу": ${hits.length} hits, first "${hits[0]?.slice(0, 60)}…"`);
});

test('J17 table: Tab to a column header button, Enter sorts ascending then descending (aria-sort and the first row follow)', async (t) => {
	const page = await t.newPage();
	await gotoApp(page, { hash: 'view=table' });
	const table = page.getByRole('table');
	await table.waitFor();
	const header = (key) =>
		table.getByRole('columnheader', { name: msg('en', `table.${key}`), exact: true });
	const firstRow = async () => {
		const row = table.getByRole('row').nth(1);
		const href = await row.getByRole('rowheader').getByRole('link').getAttribute('href');
		return {
			id: href?.replace(/^#event=/, ''),
			treaty: ((await row.getByRole('cell').first().textContent()) ?? '').trim()
		};
	};
	const order = expectedOrder();
	assert.equal((await firstRow()).id, order[0].id, 'the table does not start in time order');
	assert.equal(await header('date').getAttribute('aria-sort'), 'ascending');

	// From the "Table" view button, Tab until the "Treaty" column's button has focus.
	await page
		.getByRole('navigation', { name: msg('en', 'nav.views'), exact: true })
		.getByRole('button', { name: msg('en', 'nav.table'), exact: true })
		.focus();
	const tabTo = async (name) => {
		for (let i = 0; i < 80; i++) {
			await page.keyboard.press('Tab');
			const f = await focused(page);
			if (f.role === 'button' && f.name === name) return;
		}
		throw new Error(`80 Tabs did not reach the "${name}" column header button`);
	};
	await tabTo(msg('en', 'table.treaty'));

	// Lane names as the table shows them, sorted the way a reader expects in English.
	const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
	const laneOf = (e) =>
		e.lane < dataset.treaties.length
			? short(dataset.treaties[e.lane].id)
			: msg('en', 'a11y.contextLane');
	const names = [...new Set(order.map(laneOf))].sort(collator.compare);
	const firstOfLane = (name) => order.find((e) => laneOf(e) === name).id;

	await page.keyboard.press('Enter');
	await poll(async () => {
		assert.equal(await header('treaty').getAttribute('aria-sort'), 'ascending');
		assert.equal(await header('date').getAttribute('aria-sort'), 'none');
		assert.deepEqual(await firstRow(), { id: firstOfLane(names[0]), treaty: names[0] });
	});
	const caption = msg('en', 'table.captionSorted', {
		title: TITLE,
		column: msg('en', 'table.treaty'),
		order: msg('en', 'table.ascending')
	});
	assert.equal(((await table.locator('caption').textContent()) ?? '').trim(), caption);
	await page.keyboard.press('Enter');
	const last = names.at(-1);
	await poll(async () => {
		assert.equal(await header('treaty').getAttribute('aria-sort'), 'descending');
		assert.deepEqual(await firstRow(), { id: firstOfLane(last), treaty: last });
	});

	// On to the "Date" column (two Tabs on): ascending is time order again, descending its reverse.
	await tabTo(msg('en', 'table.date'));
	await page.keyboard.press('Enter');
	await poll(async () => {
		assert.equal(await header('date').getAttribute('aria-sort'), 'ascending');
		assert.equal(await header('treaty').getAttribute('aria-sort'), 'none');
		assert.equal((await firstRow()).id, order[0].id);
	});
	await page.keyboard.press('Enter');
	await poll(async () => {
		assert.equal(await header('date').getAttribute('aria-sort'), 'descending');
		assert.equal((await firstRow()).id, order.at(-1).id);
	});
	const f = await focused(page);
	assert.equal(f.name, msg('en', 'table.date'), 'the focus left the Date button after sorting');
});

/** Chooses a file through the "Load data…" button's file chooser. */
async function loadFile(page, file) {
	const [chooser] = await Promise.all([
		page.waitForEvent('filechooser'),
		page.getByRole('button', { name: msg('en', 'load.button'), exact: true }).click()
	]);
	await chooser.setFiles(file);
}

const title = (page) => page.getByRole('heading', { level: 1 });

test('J17 loading data/example-russia.json replaces the dataset and labels it; "Back to the shipped dataset" restores it', async (t) => {
	const page = await t.newPage();
	await gotoApp(page);
	assert.equal(((await title(page).textContent()) ?? '').trim(), TITLE);
	const russia = JSON.parse(await readFile(RUSSIA_URL, 'utf8'));
	await loadFile(page, RUSSIA_URL.pathname);
	const label = page.getByText(msg('en', 'load.fromFile', { name: 'example-russia.json' }), {
		exact: true
	});
	await label.waitFor({ timeout: 8000 });
	await poll(async () =>
		assert.equal(((await title(page).textContent()) ?? '').trim(), localText(russia.title, 'en'))
	);
	const lanes = await laneLinks(page);
	assert.equal(lanes.length, russia.treaties.length, `lanes: ${lanes.join(' | ')}`);
	assert.equal(
		await page
			.getByRole('heading', { level: 2, name: msgPattern('en', 'issues.notesFile') })
			.or(page.getByRole('heading', { level: 2, name: msgPattern('en', 'issues.inFile') }))
			.count(),
		0,
		'a valid file shows the issues panel'
	);
	await t.screenshot(page, 'j17-loaded-russia', { fullPage: false });

	await page.getByRole('button', { name: msg('en', 'load.back'), exact: true }).click();
	await label.waitFor({ state: 'detached' });
	assert.equal(((await title(page).textContent()) ?? '').trim(), TITLE);
	assert.equal((await laneLinks(page)).length, dataset.treaties.length);
});

/** A copy of the shipped dataset with a change, as a file for the chooser. */
function brokenFile(name, change) {
	const d = structuredClone(dataset);
	change(d);
	return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(d)) };
}

test('J17 broken files show the issues panel with the right message and keep the dataset on screen', async (t) => {
	const page = await t.newPage();
	await gotoApp(page);
	const ev0 = dataset.treaties[0].events[0];
	const cases = [
		{
			what: 'invalid JSON',
			file: {
				name: 'bad.json',
				mimeType: 'application/json',
				buffer: Buffer.from('{"schemaVersion": 1,')
			},
			expect: msgPattern('en', 'issue.json.parse')
		},
		{
			what: 'schemaVersion 2',
			file: brokenFile('v2.json', (d) => (d.schemaVersion = 2)),
			expect: `schemaVersion: ${msg('en', 'issue.schema.version', { value: 2 })}`
		},
		{
			what: 'the date 2004-13-01',
			file: brokenFile('date.json', (d) => (d.treaties[0].events[1].date = '2004-13-01')),
			expect: `treaties[0].events[1].date: ${msg('en', 'issue.date.invalid', { value: '2004-13-01' })}`
		},
		{
			what: 'a duplicate id',
			file: brokenFile('dup.json', (d) => (d.treaties[0].events[1].id = ev0.id)),
			expect: `treaties[0].events[1].id: ${msg('en', 'issue.id.duplicate', { id: ev0.id, first: 'treaties[0].events[0].id' })}`
		},
		{
			what: 'an unknown source id',
			file: brokenFile('src.json', (d) => (d.treaties[0].events[0].sources[0] = 'no-such-source')),
			expect: `treaties[0].events[0].sources[0]: ${msg('en', 'issue.source.unknown', { id: 'no-such-source' })}`
		}
	];
	// The panel is named after the file it lists the problems of.
	const issues = page.getByRole('region', { name: msgPattern('en', 'issues.inFile') });
	const failures = [];
	for (const c of cases) {
		await loadFile(page, c.file);
		try {
			await issues.waitFor({ timeout: 5000 });
		} catch {
			failures.push(`${c.what}: no "${msg('en', 'issues.inFile', { name: c.file.name })}" panel`);
			continue;
		}
		const items = (await issues.getByRole('listitem').allTextContents()).map((s) => s.trim());
		const ok =
			typeof c.expect === 'string' ? items.includes(c.expect) : items.some((i) => c.expect.test(i));
		if (!ok)
			failures.push(`${c.what}: expected "${c.expect}", the panel lists: ${items.join(' | ')}`);
		const text = ((await issues.textContent()) ?? '').replace(/\s+/g, ' ');
		if (!text.includes(msg('en', 'load.failed')))
			failures.push(`${c.what}: the panel does not say "${msg('en', 'load.failed')}"`);
		const h1 = ((await title(page).textContent()) ?? '').trim();
		if (h1 !== TITLE) failures.push(`${c.what}: the title changed to "${h1}"`);
		if ((await page.getByText(msg('en', 'load.fromFile', { name: c.file.name })).count()) > 0)
			failures.push(`${c.what}: the page says the data is from ${c.file.name}`);
		if ((await laneLinks(page)).length !== dataset.treaties.length)
			failures.push(`${c.what}: the shipped lanes are gone`);
		if (c === cases[2]) await t.screenshot(page, 'j17-issues-date', { fullPage: false });
		await issues.getByRole('button', { name: msg('en', 'load.dismiss'), exact: true }).click();
		await issues.waitFor({ state: 'detached' });
	}
	assert.deepEqual(failures, []);
});

test('J17 ?data=javascript:alert(1) is refused with a notice and the shipped dataset stays', async (t) => {
	const page = await t.newPage();
	const dialogs = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	await gotoApp(page, { query: 'data=javascript:alert(1)' });
	const notice = msg('en', 'notice.urlRejected', { key: 'data', value: 'javascript:alert(1)' });
	await page.getByRole('status').filter({ hasText: notice }).waitFor();
	assert.equal(((await title(page).textContent()) ?? '').trim(), TITLE);
	await nextFrames(page);
	assert.deepEqual(dialogs, [], 'a dialog opened');
	assert.equal(
		await page.getByRole('button', { name: msg('en', 'load.back'), exact: true }).count(),
		0,
		'the page offers a way back, as if another dataset were loaded'
	);
});

test('J17 the About view lists every claim of the shipped dataset with its English words', async (t) => {
	const page = await t.newPage();
	await gotoApp(page, { hash: 'view=about' });
	const about = page.getByRole('article');
	await about.getByRole('heading', { name: msg('en', 'about.title'), exact: true }).waitFor();
	const claims = [];
	for (const tr of dataset.treaties) {
		claims.push(...(tr.claims ?? []));
		for (const e of tr.events) claims.push(...(e.claims ?? []));
		for (const o of tr.obligations) claims.push(...(o.claims ?? []));
	}
	for (const e of dataset.context) claims.push(...(e.claims ?? []));
	assert.ok(claims.length > 0, 'the dataset has no claims');
	const says = about.getByText(`${msg('en', 'panel.articleSays')}:`, { exact: true });
	assert.equal(await says.count(), claims.length, `"${msg('en', 'panel.articleSays')}:" blocks`);
	const text = ((await about.textContent()) ?? '').replace(/\s+/g, ' ');
	const missing = claims
		.map((c) => localText(c.articleSays, 'en').replace(/\s+/g, ' '))
		.filter((s) => !text.includes(s));
	assert.deepEqual(missing, [], 'claims whose English words the About view does not show');
	t.note(`About: ${claims.length} claims`);
});

test('J17 an event still in the address leaves About and the compare view the whole width (no empty panel column)', async (t) => {
	const page = await t.newPage();
	for (const view of ['about', 'compare']) {
		await gotoApp(page, { hash: `view=${view}&event=rome-adoption` });
		const main = page.getByRole('main');
		const child = main.locator(':scope > *').first();
		await child.waitFor();
		const [m, c] = await Promise.all([main.boundingBox(), child.boundingBox()]);
		assert.ok(m && c, `${view}: no main box`);
		assert.ok(c.width > m.width * 0.9, `${view}: ${c.width} of ${m.width} px wide`);
		assert.equal(await page.getByRole('complementary').count(), 0, `${view}: a details panel`);
	}
});
