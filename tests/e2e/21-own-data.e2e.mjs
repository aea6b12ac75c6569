// Journey 21 (issue #25, "Bring your own data"): a broken file lists all of its problems at once,
// in path order, under a heading with the file's name; a file with warnings only loads with an
// amber note; a relative `?data=` address is read against the page, one with another scheme is
// refused with the reason, and an http address on another server is refused before any request.
import { strict as assert } from 'node:assert';
import { env, poll, test } from './lib/harness.mjs';
import { dataset, gotoApp, localText, msg } from './lib/app.mjs';
import { routes } from './lib/server.mjs';

const SHIPPED_TITLE = localText(dataset.title, 'en');
const h1 = async (page) =>
	((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').trim();

/** Loads a file through "Load data…" and the file chooser. */
async function chooseFile(page, name, json) {
	const [chooser] = await Promise.all([
		page.waitForEvent('filechooser'),
		page.getByRole('button', { name: msg('en', 'load.button'), exact: true }).click()
	]);
	await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(json) });
}

test('J21 a broken file lists all of its eight problems at once, in path order, under its name', async (t) => {
	const page = await t.newPage();
	await gotoApp(page);
	const d = structuredClone(dataset);
	const [berne, , wipo] = d.treaties;
	// Four the schema sees, in three places…
	delete berne.events[1].date;
	wipo.events[0].kind = 'nonsense';
	d.sources[1].tier = 'Z';
	d.checkedAsOf = '2026/01/01';
	// …and four the rules across records see in what parsed.
	berne.events[3].id = berne.events[2].id;
	d.treaties[3].events[0].sources = ['no-such-source'];
	d.context[0].date = '1700';
	d.story[0].event = 'no-such-event';
	const expected = [
		`checkedAsOf: ${msg('en', 'issue.date.format', { value: '2026/01/01' })}`,
		`context[0].date: ${msg('en', 'issue.date.range', { value: '1700', from: d.range.from, to: d.range.to })}`,
		`sources[1].tier: ${msg('en', 'issue.enum', { value: 'Z', allowed: 'A, B, C, seed' })}`,
		`story[0].event: ${msg('en', 'issue.story.unknown', { id: 'no-such-event' })}`,
		`treaties[0].events[1].date: ${msg('en', 'issue.required')}`,
		`treaties[0].events[3].id: ${msg('en', 'issue.id.duplicate', { id: berne.events[2].id, first: 'treaties[0].events[2].id' })}`,
		`treaties[2].events[0].kind: ${msg('en', 'issue.enum', { value: 'nonsense', allowed: 'adoption, entry-into-force, revision, party-signature, party-instrument, party-entry-into-force, domestic-act, context' })}`,
		`treaties[3].events[0].sources[0]: ${msg('en', 'issue.source.unknown', { id: 'no-such-source' })}`
	];
	await chooseFile(page, 'broken-8.json', JSON.stringify(d));
	const heading = page.getByRole('heading', {
		level: 2,
		name: msg('en', 'issues.inFile', { name: 'broken-8.json' }),
		exact: true
	});
	await heading.waitFor();
	const panel = page.locator('section', { has: heading });
	const items = (await panel.getByRole('listitem').allTextContents()).map((s) => s.trim());
	assert.deepEqual(items, expected);
	assert.ok(
		((await panel.textContent()) ?? '').includes(msg('en', 'issues.intro', { count: 8 })),
		'the panel does not count eight problems'
	);
	assert.equal(await h1(page), SHIPPED_TITLE, 'the refused file replaced the dataset shown');
	await t.screenshot(page, 'j21-broken-8', { fullPage: false });
});

test('J21 a file with only missing translations loads with an amber note, not a red problems box', async (t) => {
	const page = await t.newPage();
	await gotoApp(page);
	const d = structuredClone(dataset);
	d.title = { en: 'English only' };
	delete d.treaties[0].name.kk;
	await chooseFile(page, 'english.json', JSON.stringify(d));
	const heading = page.getByRole('heading', {
		level: 2,
		name: msg('en', 'issues.notesFile', { name: 'english.json' }),
		exact: true
	});
	await heading.waitFor();
	assert.equal(await h1(page), 'English only');
	const note = page.locator('section', { has: heading });
	assert.equal(await note.getAttribute('role'), 'status');
	const colours = await note.evaluate((el) => {
		const css = getComputedStyle(el);
		const root = getComputedStyle(document.documentElement);
		return { bg: css.backgroundColor, probe: root.getPropertyValue('--warn-bg').trim() };
	});
	const amber = await page.evaluate((value) => {
		const probe = document.createElement('div');
		probe.style.background = value;
		document.body.append(probe);
		const bg = getComputedStyle(probe).backgroundColor;
		probe.remove();
		return bg;
	}, colours.probe);
	assert.equal(colours.bg, amber, 'the note is not on the amber background');
	const red = msg('en', 'issues.inFile', { name: 'english.json' });
	assert.equal(await page.getByRole('heading', { name: red }).count(), 0, 'a red box too');
	// Three warnings (two for the title, one for the treaty), drawn once opened.
	assert.equal(await note.getByRole('listitem').count(), 0, 'warnings drawn while folded');
	await note.getByText(msg('en', 'issues.warnings', { count: 3 }), { exact: true }).click();
	await poll(async () => assert.equal(await note.getByRole('listitem').count(), 3));
});

test('J21 ?data= relative to the page loads; another scheme is refused with the reason; http elsewhere before any request', async (t) => {
	const page = await t.newPage();
	// Relative: read against the page's address.
	await gotoApp(page, { query: `data=${encodeURIComponent(routes.fixture('minimal.json'))}` });
	await page
		.getByText(msg('en', 'load.fromUrl', { host: new URL(env.origin).host }), { exact: true })
		.waitFor();
	assert.equal(await h1(page), 'Test timeline');

	// Another scheme: a notice that says why.
	await gotoApp(page, { query: 'data=javascript:alert(1)' });
	const notice = page.getByRole('status').filter({ hasText: msg('en', 'notice.dataScheme') });
	await notice.waitFor();
	assert.ok(
		((await notice.textContent()) ?? '').includes(
			msg('en', 'notice.urlRejected', { key: 'data', value: 'javascript:alert(1)' })
		)
	);

	// http on another server: refused by the app, so no request leaves (the harness fails on one).
	const elsewhere = 'http://data.invalid/d.json';
	await gotoApp(page, { query: `data=${encodeURIComponent(elsewhere)}` });
	const heading = msg('en', 'issues.inUrl', { url: elsewhere });
	const panel = page.locator('section', {
		has: page.getByRole('heading', { level: 2, name: heading, exact: true })
	});
	await panel.waitFor();
	assert.deepEqual(
		(await panel.getByRole('listitem').allTextContents()).map((s) => s.trim()),
		[msg('en', 'issue.load.insecure', { value: 'http://data.invalid' })]
	);
	assert.equal(await h1(page), SHIPPED_TITLE);
});
