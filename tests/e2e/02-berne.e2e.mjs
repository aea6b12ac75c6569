// Journey 2: Berne's entry into force for Kazakhstan and its instrument (WIPO's record of the
// deposit), by click, by cluster and by deep link.
import { strict as assert } from 'node:assert';
import { poll, test } from './lib/harness.mjs';
import {
	gotoApp,
	hashParams,
	markerLink,
	openPanel,
	panel,
	timeline,
	visibleWindow
} from './lib/app.mjs';

const ENTRY = 'Berne Convention: entered into force for Kazakhstan';
const INSTRUMENT = 'Berne Convention: instrument of';

async function checkEntryPanel(page) {
	const text = await openPanel(page, 'Entered into force for Kazakhstan');
	assert.ok(
		text.includes('12 April 1999'),
		`the panel does not show "12 April 1999": ${text.slice(0, 300)}`
	);
	const aside = panel(page);
	for (const art of ['Art. 2(6)', 'Art. 36(1)'])
		assert.ok(
			(await aside.getByText(art, { exact: true }).count()) >= 1,
			`the panel does not list the obligation "${art}"`
		);
	assert.ok(
		(await aside.getByRole('heading', { name: 'Obligations' }).count()) === 1,
		'the panel has no "Obligations" heading'
	);
}

async function checkInstrumentPanel(page) {
	const text = await openPanel(page);
	const claim = panel(page)
		.getByText(/The article says/)
		.locator('xpath=..')
		.filter({ hasText: '12 April 1999' });
	assert.ok(
		(await claim.count()) >= 1,
		`the instrument's panel shows no article claim containing "12 April 1999": ${text.slice(0, 400)}`
	);
	assert.ok(
		text.includes('12 January 1999'),
		'the instrument panel lacks its date 12 January 1999'
	);
}

test('J2 Berne by click: in a 1998–1999 window its Kazakhstan markers open the panel', async (t) => {
	// Three months apart, the two 1999 events merge into a cluster below about 100 px per year (by
	// design: markers closer than 24 px merge); a two-year window shows them apart at 1280 px.
	const page = await t.newPage();
	await gotoApp(page, { hash: 'from=1998&to=1999' });
	await poll(async () => assert.equal(await visibleWindow(page), 'Visible window: 1998 to 1999'));

	const entry = markerLink(page, ENTRY);
	assert.equal(await entry.count(), 1, `no single link named "${ENTRY}…"`);
	const merged = timeline(page).getByRole('button', {
		name: new RegExp(`events close together: .*${ENTRY}`)
	});
	if (await merged.count()) {
		const box = await merged.first().boundingBox();
		throw new Error(
			`at 1280x800 in 1998–1999, Berne's 1999 events are still merged into the cluster button ` +
				`"${(await merged.first().getAttribute('aria-label'))?.slice(0, 60)}…" at x=${Math.round(box?.x ?? 0)}; ` +
				`the link "${ENTRY} on 12 April 1999" is a hidden cluster member and cannot be clicked`
		);
	}
	await entry.click();
	await checkEntryPanel(page);
	assert.equal(
		(await hashParams(page)).get('event'),
		'berne-party-entry-into-force',
		'the hash event='
	);
	assert.equal(
		await entry.getAttribute('aria-current'),
		'true',
		'the open marker is not aria-current'
	);

	// The panel takes a column at this width, which may merge the two 1999 markers again: close it.
	await panel(page).getByRole('button', { name: 'Close details' }).click();
	await panel(page).waitFor({ state: 'detached' });

	const instrument = markerLink(page, INSTRUMENT);
	assert.equal(await instrument.count(), 1, `no single link named "${INSTRUMENT}…"`);
	const name = (await instrument.getAttribute('aria-label')) ?? '';
	assert.ok(
		name.endsWith('deposited on 12 January 1999'),
		`instrument marker name does not end with "deposited on 12 January 1999": "${name}"`
	);
	await instrument.click();
	await poll(async () =>
		assert.equal((await hashParams(page)).get('event'), 'berne-party-instrument')
	);
	await checkInstrumentPanel(page);
});

test('J2 Berne by cluster: at 1280 px the 1999 cluster zooms in, then the marker opens', async (t) => {
	const page = await t.newPage();
	await gotoApp(page);
	const cluster = timeline(page).getByRole('button', {
		name: new RegExp(`events close together: .*${ENTRY}`)
	});
	if ((await cluster.count()) === 0) {
		// Not clustered at this width any more: the marker must then be directly clickable.
		await markerLink(page, ENTRY).click();
	} else {
		const before = await visibleWindow(page);
		await cluster.first().click();
		await poll(async () =>
			assert.notEqual(await visibleWindow(page), before, 'activating the cluster did not zoom')
		);
		await markerLink(page, ENTRY).click();
	}
	await checkEntryPanel(page);
});

test('J2 Berne by keyboard on a cluster member: focus and Enter open it', async (t) => {
	const page = await t.newPage();
	await gotoApp(page);
	const entry = markerLink(page, ENTRY);
	await entry.focus();
	await page.keyboard.press('Enter');
	await checkEntryPanel(page);
});

for (const [w, h] of [
	[375, 667],
	[1280, 800],
	[1920, 1080]
])
	test(`J2 Berne by deep link at ${w}px: #event=berne-party-entry-into-force and #event=berne-party-instrument`, async (t) => {
		const page = await t.newPage({ viewport: { width: w, height: h } });
		await gotoApp(page, { hash: 'event=berne-party-entry-into-force' });
		await checkEntryPanel(page);
		if (w !== 1280) await t.screenshot(page, `j2-berne-entry-${w}`, { fullPage: false });
		await gotoApp(page, { hash: 'event=berne-party-instrument' });
		await page.reload();
		await checkInstrumentPanel(page);
		if (w !== 1280) await t.screenshot(page, `j2-berne-instrument-${w}`, { fullPage: false });
	});
