// Journey 19: the compare view. Kazakhstan is the focus, highlighted with its place among each
// treaty's parties; a peer preset and another focus go into the address; the focus country's own
// timeline opens on the main view; the table twin sorts by delay; the dots are one tab stop with
// arrow keys; axe finds nothing; a phone and an embed get no sideways scroll.
import { strict as assert } from 'node:assert';
import { poll } from './lib/harness.mjs';
import { test } from './lib/harness.mjs';
import {
	allowFiles,
	axeViolations,
	formatViolations,
	gotoApp,
	hashParams,
	horizontalOverflow,
	msg,
	SINGLE_FILE,
	timeline
} from './lib/app.mjs';

/** The compare view's line under a treaty's heading. */
const lineOf = (page, treatyKey) =>
	page
		.getByRole('region', { name: msg('en', treatyKey) })
		.locator('p')
		.first();

/** Opens the compare view and waits for its data. */
async function openCompare(page, opts = {}) {
	await gotoApp(page, { ...opts, hash: opts.hash ?? 'view=compare' });
	await page.getByRole('heading', { name: msg('en', 'compare.title') }).waitFor();
	await lineOf(page, 'compare.treaty.berne').waitFor();
}

test('J19 19-compare: Kazakhstan with its rank; Central Asia; Uzbekistan the focus, its timeline opens', async (t) => {
	const page = await t.newPage();
	await openCompare(page);
	const berne = lineOf(page, 'compare.treaty.berne');
	assert.match(
		await berne.innerText(),
		/^Kazakhstan: in force since 12 April 1999 — the \d+(st|nd|rd|th) of \d+ parties, \d+% of the parties before it/
	);
	const kz = page.locator('a[aria-current="true"]').first();
	assert.match((await kz.getAttribute('aria-label')) ?? '', /^Kazakhstan, Berne Convention/);

	await page.getByRole('radio', { name: msg('en', 'compare.peer.central-asia') }).check();
	await poll(async () => (await hashParams(page)).get('peers') === 'central-asia', {
		message: 'peers=central-asia in the hash'
	});
	// The other four Central Asian states' dots are drawn as peers.
	await poll(async () => (await page.locator('.strips circle.peer').count()) > 0, {
		message: 'peer dots'
	});

	await page.getByLabel(msg('en', 'compare.focus')).selectOption('UZ');
	await poll(async () => (await berne.innerText()).startsWith('Uzbekistan: in force since'), {
		message: 'the Berne line names Uzbekistan'
	});
	assert.equal((await hashParams(page)).get('focus'), 'UZ');

	await page.getByRole('button', { name: 'Open the timeline of Uzbekistan' }).click();
	await timeline(page).waitFor();
	await page.getByText(/^Uzbekistan, from WIPO’s table of parties/).waitFor();
	assert.ok((await page.locator('svg[role="group"] a[data-id]').count()) > 0, 'events drawn');
	assert.notEqual((await hashParams(page)).get('view'), 'compare');
});

test('J19 19-compare: the table twin sorts by the delay from the treaty’s entry into force', async (t) => {
	const page = await t.newPage();
	await openCompare(page);
	const header = page.getByRole('columnheader', { name: msg('en', 'compare.col.sinceTreaty') });
	const cells = () =>
		page
			.locator('table tbody tr')
			.evaluateAll((rows) =>
				rows.map((r) => r.children[6]?.textContent?.trim() ?? '').filter(Boolean)
			);
	/** "+111 years", "+3 months", "+12 days", "retroactive (…)" → days, roughly. */
	const days = (s) => {
		const n = Number(/\d+/.exec(s)?.[0] ?? 0);
		const d = /year/.test(s) ? n * 365.25 : /month/.test(s) ? n * 30.4 : n;
		return s.startsWith('retroactive') ? -d : d;
	};
	await header.getByRole('button').click();
	await poll(async () => (await header.getAttribute('aria-sort')) === 'ascending');
	const up = (await cells()).map(days);
	assert.ok(up.length > 50, `${up.length} delays shown`);
	assert.deepEqual(
		up,
		[...up].sort((a, b) => a - b),
		'ascending by delay'
	);
	await header.getByRole('button').click();
	await poll(async () => (await header.getAttribute('aria-sort')) === 'descending');
	const down = (await cells()).map(days);
	assert.deepEqual(
		down,
		[...down].sort((a, b) => b - a),
		'descending by delay'
	);
});

test('J19 19-compare: the dots are one tab stop, moved by the arrow keys, each named', async (t) => {
	const page = await t.newPage();
	await openCompare(page);
	const stops = page.locator('.strips a[tabindex="0"]');
	assert.equal(await stops.count(), 1, 'one tab stop');
	await stops.first().focus();
	const name = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
	assert.match((await name()) ?? '', /^Kazakhstan, Berne Convention/);
	await page.keyboard.press('ArrowDown');
	await poll(async () => /^Kazakhstan, Rome Convention/.test((await name()) ?? ''), {
		message: 'ArrowDown goes to the same country on the next strip'
	});
	await page.keyboard.press('ArrowRight');
	await poll(async () => !/^Kazakhstan/.test((await name()) ?? ''), {
		message: 'ArrowRight goes to the next party'
	});
	await page.keyboard.press('Enter');
	await poll(async () => (await hashParams(page)).has('focus'), { message: 'Enter picks it' });
});

test('J19 19-compare: countries picked from the searchable list make the peer group', async (t) => {
	const page = await t.newPage();
	await openCompare(page);
	await page.getByText(msg('en', 'compare.peerPick')).click();
	const search = page.getByLabel(msg('en', 'compare.peerSearch'));
	// Without its accent, as the search box matches.
	await search.fill('cote d');
	await page.getByRole('checkbox', { name: /^Côte d/ }).waitFor();
	await search.fill('fran');
	await page.getByRole('checkbox', { name: 'France' }).check();
	await poll(async () => (await hashParams(page)).get('peers') === 'FR', {
		message: 'peers=FR in the hash'
	});
	await page.getByRole('radio', { name: msg('en', 'compare.peer.cis') }).check();
	await poll(async () => (await hashParams(page)).get('peers') === 'cis', {
		message: 'a preset replaces the pick'
	});
});

const AXE_CASES = [
	{ name: '1280 px', options: {} },
	{ name: '375 px, dark', options: { viewport: { width: 375, height: 800 }, colorScheme: 'dark' } },
	{ name: 'embed, focus=UZ', query: 'mode=embed', hash: 'view=compare&focus=UZ', options: {} }
];
for (const c of AXE_CASES)
	test(`J19 19-compare axe: no WCAG A/AA violations in the compare view at ${c.name}`, async (t) => {
		const page = await t.newPage(c.options);
		await openCompare(page, { query: c.query, hash: c.hash });
		await page.mouse.move(0, 0);
		const vs = await axeViolations(page);
		if (vs.length) throw new Error(`${vs.length} axe violation(s):\n    ${formatViolations(vs)}`);
	});

test('J19 19-compare: no sideways scroll at 375 px, nor in an embed with focus=UZ', async (t) => {
	const phone = await t.newPage({ viewport: { width: 375, height: 800 } });
	await openCompare(phone);
	assert.equal(await horizontalOverflow(phone), 0, 'page overflow at 375 px');
	const embed = await t.newPage({ viewport: { width: 600, height: 800 } });
	await openCompare(embed, { query: 'mode=embed', hash: 'view=compare&focus=UZ' });
	assert.match(
		await lineOf(embed, 'compare.treaty.berne').innerText(),
		/^Uzbekistan: in force since/
	);
	assert.equal(await horizontalOverflow(embed), 0, 'embed overflow');
});

test('J19 19-compare: the single file shows the compare view from file:// with no network request', async (t) => {
	const page = await t.newPage();
	const { network } = await allowFiles(page);
	await page.goto(`${SINGLE_FILE}#view=compare&focus=UZ`, { waitUntil: 'load' });
	await page.getByRole('heading', { name: msg('en', 'compare.title') }).waitFor();
	assert.match(await lineOf(page, 'compare.treaty.berne').innerText(), /^Uzbekistan: in force/);
	assert.deepEqual(network(), [], 'requests beyond the file');
});
