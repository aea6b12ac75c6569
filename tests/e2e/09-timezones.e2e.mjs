// Journey 9: the time zone of the reader's machine changes no date on screen.
import { strict as assert } from 'node:assert';
import { test } from './lib/harness.mjs';
import { gotoApp, openPanel, panel, svgTexts, timeline } from './lib/app.mjs';

const ZONES = ['UTC', 'America/Los_Angeles', 'Asia/Almaty', 'Pacific/Kiritimati'];

async function labelsIn(t, timezoneId) {
	const page = await t.newPage({ timezoneId });
	await gotoApp(page);
	await timeline(page).waitFor();
	const texts = await svgTexts(page);
	const names = await timeline(page)
		.getByRole('link')
		.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
	await gotoApp(page, { hash: 'event=berne-adoption' });
	await page.reload();
	const panelText = await openPanel(page);
	const when = (
		(await panel(page)
			.getByRole('heading', { level: 2 })
			.locator('xpath=following-sibling::p[1]')
			.textContent()) ?? ''
	).trim();
	return { texts, names, panelText, when };
}

test('J9 time zones: UTC, Los Angeles, Almaty and Kiritimati show the same dates', async (t) => {
	const runs = await Promise.all(ZONES.map((z) => labelsIn(t, z)));
	const [base] = runs;
	assert.ok(
		base.when.includes('9 September 1886'),
		`#event=berne-adoption shows "${base.when}", not 9 September 1886 (UTC)`
	);
	runs.forEach((r, i) => {
		const zone = ZONES[i];
		assert.ok(
			r.when.includes('9 September 1886'),
			`in ${zone}, #event=berne-adoption shows "${r.when}"`
		);
		assert.deepEqual(r.texts, base.texts, `in ${zone}, the timeline's texts differ from UTC`);
		assert.deepEqual(
			r.names,
			base.names,
			`in ${zone}, the markers' accessible names differ from UTC`
		);
	});
	t.note(
		`compared ${base.texts.length} SVG texts and ${base.names.length} link names in ${ZONES.length} zones`
	);
});
