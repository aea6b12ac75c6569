// Journey 4: keyboard only. Tab into the timeline (one tab stop for all markers), walk every event
// with ArrowRight in time order, open one with Enter, close it with Escape, focus comes back.
import { strict as assert } from 'node:assert';
import { nextFrames, poll, test } from './lib/harness.mjs';
import {
	assertFocusUsable,
	expectedOrder,
	focused,
	gotoApp,
	hashParams,
	panel
} from './lib/app.mjs';

test('J4 keyboard: Tab reaches the timeline, ArrowRight walks every event in time order, Enter opens, Escape returns focus', async (t) => {
	const page = await t.newPage();
	await gotoApp(page);
	const order = expectedOrder();

	// Tab from the page start until a marker has focus; every stop has a name and is in view.
	let tabs = 0;
	let f;
	const stops = [];
	for (;;) {
		await page.keyboard.press('Tab');
		tabs++;
		f = await focused(page);
		stops.push(`${f.role} "${f.name}"`);
		assertFocusUsable(f, `Tab stop ${tabs}`);
		if (f.id) break;
		assert.ok(tabs < 40, `40 Tabs never reached a timeline marker (stops: ${stops.join(', ')})`);
	}
	t.note(
		`${tabs} Tabs from the page start to the first marker (${stops.slice(0, -1).length} stops before it)`
	);
	assert.equal(f.id, order[0].id, "the timeline's tab stop is not the first event in time order");
	assert.equal(f.role, 'link', 'a marker is not exposed as a link');

	// One tab stop for all markers: the next Tab leaves them, Shift+Tab comes back to the same one.
	await page.keyboard.press('Tab');
	const after = await focused(page);
	assert.equal(
		after.id,
		null,
		`Tab from a marker went to another marker ("${after.name}"): markers are not one tab stop`
	);
	assertFocusUsable(after, 'the Tab stop after the timeline');
	await page.keyboard.press('Shift+Tab');
	assert.equal(
		(await focused(page)).id,
		order[0].id,
		"Shift+Tab did not return to the timeline's marker"
	);

	// ArrowRight walks every event in the data's time order.
	const seen = [order[0].id];
	for (let i = 1; i < order.length; i++) {
		await page.keyboard.press('ArrowRight');
		const cur = await poll(
			async () => {
				const c = await focused(page);
				assert.notEqual(c.id, seen[seen.length - 1], 'focus did not move');
				return c;
			},
			{ timeout: 2000 }
		).catch(async () => focused(page));
		seen.push(cur.id);
		if (cur.id !== order[i].id) {
			throw new Error(
				`ArrowRight step ${i}: focus is on "${cur.id}" ("${cur.name}"), expected "${order[i].id}" ` +
					`(${order[i].date}, ${order[i].kind}); previous: ${order[i - 1].id}`
			);
		}
		assertFocusUsable(cur, `ArrowRight step ${i} (${cur.id})`);
		assert.equal(cur.role, 'link', `${cur.id} is not a link`);
	}
	// At the end it stays put.
	await page.keyboard.press('ArrowRight');
	assert.equal(
		(await focused(page)).id,
		order[order.length - 1].id,
		'ArrowRight past the last event moved focus'
	);
	t.note(`walked ${seen.length} events in time order`);

	// Enter opens the focused event; Escape closes and focus returns to its marker.
	const id = order[order.length - 1].id;
	await page.keyboard.press('Enter');
	await panel(page).waitFor({ state: 'visible' });
	await poll(async () =>
		assert.equal(
			(await hashParams(page)).get('event'),
			id,
			'Enter did not select the focused event'
		)
	);
	const inPanel = await focused(page);
	assert.ok(
		inPanel.inPanel,
		`after Enter, focus is not in the panel but on ${inPanel.role} "${inPanel.name}"`
	);
	await page.keyboard.press('Escape');
	await panel(page).waitFor({ state: 'detached' });
	const back = await poll(async () => {
		const b = await focused(page);
		assert.equal(
			b.id,
			id,
			`after Escape, focus is on ${b.role} "${b.name}", not on the marker ${id}`
		);
		return b;
	});
	assertFocusUsable(back, 'the marker after Escape');
	assert.equal((await hashParams(page)).get('event'), null, 'Escape left event= in the hash');
});

test('J4 tooltips: hovering a marker shows its headline and date, moving within it keeps it, leaving hides it; keyboard focus shows it too', async (t) => {
	const page = await t.newPage();
	await gotoApp(page);
	const order = expectedOrder();
	const tip = () =>
		page.evaluate(() => document.querySelector('.tip')?.textContent?.trim() ?? null);
	// poll() waits while its function returns false.
	const shownTip = async () => (await tip()) ?? false;
	const marker = page.locator('svg a[data-id]:not(.member)').nth(5);
	const id = await marker.getAttribute('data-id');
	const box = await marker.locator('path.shape').boundingBox();
	assert.ok(box, 'the marker has no box');
	const cx = box.x + box.width / 2;
	const cy = box.y + box.height / 2;
	await page.mouse.move(cx, cy);
	const shown = await poll(shownTip, { message: `no tooltip on hovering ${id}` });
	const event = order.find((e) => e.id === id);
	assert.ok(event, `${id} is not in the expected order`);
	assert.match(
		String(shown),
		new RegExp(event.date.slice(0, 4)),
		'the tooltip does not give the date'
	);
	// Moving from the shape to the marker's wider hit area (another element of the same link).
	await page.mouse.move(cx + 9, cy);
	await nextFrames(page);
	assert.equal(
		await tip(),
		shown,
		'the tooltip changed or went while the pointer stayed on the marker'
	);
	await page.mouse.move(5, 5);
	await poll(async () => (await tip()) === null, {
		message: 'the tooltip stays after the pointer left'
	});
	// Keyboard: the focused marker shows its tooltip; Tab out hides it.
	await marker.focus();
	await poll(shownTip, { message: 'no tooltip for the focused marker' });
	await page.keyboard.press('Tab');
	await poll(async () => (await tip()) === null, { message: 'the tooltip stays after focus left' });
	t.note(`${id}: "${shown}"`);
});
