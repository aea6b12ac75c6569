// Journey 10: a link with the URL contract brings back the same view, after a reload too, and from
// a sub-path (the build's relative base).
import { strict as assert } from 'node:assert';
import { env, poll, test } from './lib/harness.mjs';
import { gotoApp, hashParams, openPanel, timeline, visibleWindow } from './lib/app.mjs';

const HASH = 'event=berne-party-entry-into-force&from=1990&to=2012';

async function checkView(page, where) {
	const text = await openPanel(page, 'Entered into force for Kazakhstan');
	assert.ok(text.includes('12 April 1999'), `${where}: the panel lacks 12 April 1999`);
	await poll(async () =>
		assert.equal(await visibleWindow(page), 'Visible window: 1990 to 2012', `${where}: the window`)
	);
	const h = await hashParams(page);
	assert.equal(h.get('event'), 'berne-party-entry-into-force', `${where}: hash event=`);
	assert.equal(`${h.get('from')}–${h.get('to')}`, '1990–2012', `${where}: hash from=/to=`);
	const marker = timeline(page).getByRole('link', {
		name: /^Berne Convention: entered into force for Kazakhstan/
	});
	assert.equal(
		await marker.getAttribute('aria-current'),
		'true',
		`${where}: the marker is not aria-current`
	);
}

test(`J10 #${HASH} opens that view, and a reload keeps it`, async (t) => {
	const page = await t.newPage();
	await gotoApp(page, { hash: HASH });
	await checkView(page, 'on load');
	await page.reload();
	await page.getByRole('navigation', { name: 'Views' }).waitFor();
	await checkView(page, 'after reload');
});

test('J10 a deep link under a sub-path (/sub/path/) works with the relative base', async (t) => {
	const page = await t.newPage();
	const requests = [];
	page.on('request', (r) => requests.push(new URL(r.url()).pathname));
	await gotoApp(page, { origin: env.subOrigin, path: '/sub/path/', hash: HASH });
	await checkView(page, 'under /sub/path/');
	await page.reload();
	await page.getByRole('navigation', { name: 'Views' }).waitFor();
	await checkView(page, 'under /sub/path/ after reload');
	const outside = requests.filter((p) => !p.startsWith('/sub/path/'));
	assert.deepEqual(outside, [], 'requests outside the sub-path');
	// And a table view link under the sub-path.
	await gotoApp(page, { origin: env.subOrigin, path: '/sub/path/', hash: 'view=table' });
	await page.getByRole('table').first().waitFor();
});

test('J10 Back after opening an event closes it again (selection pushes history)', async (t) => {
	const page = await t.newPage();
	await gotoApp(page, { hash: 'from=1990&to=2012' });
	await timeline(page)
		.getByRole('link', { name: /^WPPT: entered into force on 20 May 2002/ })
		.click();
	await openPanel(page, 'Entered into force');
	await page.goBack();
	await page.getByRole('complementary').waitFor({ state: 'detached' });
	assert.equal((await hashParams(page)).get('event'), null, 'Back left event= in the hash');
	assert.equal(
		await visibleWindow(page),
		'Visible window: 1990 to 2012',
		'Back changed the window'
	);
});
