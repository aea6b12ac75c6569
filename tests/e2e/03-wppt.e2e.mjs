// Journey 3: WPPT's general entry into force shows the article's wrong claim and the correction.
import { strict as assert } from 'node:assert';
import { poll, test } from './lib/harness.mjs';
import { gotoApp, hashParams, markerLink, openPanel, panel, visibleWindow } from './lib/app.mjs';

async function checkWpptPanel(page) {
	await openPanel(page, 'Entered into force');
	const aside = panel(page);
	const says = aside.getByText(/The article says/).locator('xpath=..');
	const claim = says.filter({ hasText: 'force for Kazakhstan on 20 May 2002' });
	assert.equal(
		await claim.count(),
		1,
		`no article claim containing "force for Kazakhstan on 20 May 2002" (claims: ${JSON.stringify(await says.allTextContents())})`
	);
	const verified = aside.getByText(/^Correction/).locator('xpath=..');
	const correction = verified.filter({ hasText: '12 November 2004' });
	assert.ok(
		(await correction.count()) >= 1,
		`no correction naming 12 November 2004 (corrections: ${JSON.stringify(await verified.allTextContents())})`
	);
}

test('J3 WPPT by deep link: the panel shows the claim "…force for Kazakhstan on 20 May 2002" and the correction', async (t) => {
	const page = await t.newPage();
	await gotoApp(page, { hash: 'event=wppt-entry-into-force' });
	await checkWpptPanel(page);
});

test('J3 WPPT by click after "1991–2012": the same claim and correction', async (t) => {
	const page = await t.newPage();
	await gotoApp(page);
	await page.getByRole('button', { name: '1991–2012', exact: true }).click();
	await poll(async () => assert.equal(await visibleWindow(page), 'Visible window: 1991 to 2012'));
	await markerLink(page, 'WPPT: entered into force on 20 May 2002').click();
	await poll(async () =>
		assert.equal((await hashParams(page)).get('event'), 'wppt-entry-into-force')
	);
	await checkWpptPanel(page);
});
