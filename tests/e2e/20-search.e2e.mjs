// Journey 20 (issue #25, "Search that finds the party's events"): "Rome", "Berne Kazakhstan" and
// «Бернская» typed in the English interface list Kazakhstan's events of that treaty first, under
// the treaty's heading; the arrows pass over the headings; Enter opens the event; a result found
// in the source article's words is quoted as the article's; the count is announced.
import { strict as assert } from 'node:assert';
import { poll, test } from './lib/harness.mjs';
import {
	axeViolations,
	dataset,
	formatViolations,
	gotoApp,
	hashParams,
	localText,
	msg
} from './lib/app.mjs';

const KZ = localText(dataset.party.name, 'en');
const treaty = (id) => dataset.treaties.find((t) => t.id === id);
const eventOf = (id) => dataset.treaties.flatMap((t) => t.events).find((e) => e.id === id);
/** An event's name as the English interface shows it: its label, or its kind's phrase. */
function headline(id) {
	const e = eventOf(id);
	if (e.label) return localText(e.label, 'en');
	const key = e.instrument ? `instrument.${e.instrument}` : `kind.${e.kind}`;
	return msg('en', key, { party: KZ });
}

/** Types `query` and returns the listbox and its options' texts, once the count is announced. */
async function searchFor(page, query) {
	const box = page.getByRole('combobox', { name: msg('en', 'search.label'), exact: true });
	await box.fill(query);
	const list = page.getByRole('listbox', { name: msg('en', 'search.results'), exact: true });
	await list.waitFor();
	const options = list.getByRole('option');
	const texts = (await options.allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim());
	const n = texts.length;
	const status = page.getByRole('status').filter({
		hasText: msg('en', n === 1 ? 'search.count.one' : 'search.count.other', { count: n })
	});
	await poll(async () => assert.equal(await status.count(), 1, `"${n} results" is not announced`));
	return { box, list, options, texts };
}

/** Asserts that the first options are these events, in this order. */
function assertFirst(texts, ids, query) {
	ids.forEach((id, i) =>
		assert.ok(
			texts[i]?.includes(headline(id)),
			`"${query}": result ${i + 1} is not "${headline(id)}" (${id}): ${texts.slice(0, 6).join(' | ')}`
		)
	);
}

test('J20-search: "Rome" lists Kazakhstan\'s three Rome events first under "Rome Convention"; the arrows and Enter open the third', async (t) => {
	const page = await t.newPage();
	await gotoApp(page);
	const { box, list, options, texts } = await searchFor(page, 'Rome');
	const rome = ['rome-domestic-act', 'rome-party-instrument', 'rome-party-entry-into-force'];
	assertFirst(texts, rome, 'Rome');
	const first = list.getByRole('group').first();
	assert.equal(
		await first.getAttribute('aria-labelledby').then((id) => page.locator(`#${id}`).textContent()),
		localText(treaty('rome').shortName, 'en'),
		'the first group is not headed "Rome Convention"'
	);
	assert.ok(texts.length > 8, `only ${texts.length} results: is there still a cap?`);
	// The open list (groups, headings, marks) in both themes: WCAG A and AA.
	for (const theme of ['light', 'dark']) {
		await page.emulateMedia({ colorScheme: theme });
		const vs = await axeViolations(page);
		assert.equal(vs.length, 0, `${theme}: ${formatViolations(vs)}`);
	}

	for (let i = 0; i < 3; i++) await box.press('ArrowDown');
	const third = options.nth(2);
	assert.equal(await third.getAttribute('aria-selected'), 'true', 'the third result is not active');
	assert.equal(await box.getAttribute('aria-activedescendant'), await third.getAttribute('id'));
	await box.press('Enter');
	await poll(async () =>
		assert.equal((await hashParams(page)).get('event'), 'rome-party-entry-into-force', 'event=')
	);
	t.note(`"Rome": ${texts.length} results, first "${texts[0]}"`);
});

test('J20-search: "Berne Kazakhstan" and «Бернская» (English interface) list Kazakhstan\'s Berne events first; the arrows skip the group headings', async (t) => {
	const page = await t.newPage();
	await gotoApp(page);
	const berne = ['berne-party-instrument', 'berne-party-entry-into-force'];
	const a = await searchFor(page, 'Berne Kazakhstan');
	assertFirst(a.texts, berne, 'Berne Kazakhstan');
	const marks = await a.options.nth(1).locator('mark').allTextContents();
	assert.deepEqual(marks, [KZ], 'the matched word is not marked in the title');

	const b = await searchFor(page, 'Бернская');
	assertFirst(b.texts, berne, 'Бернская');
	const groups = await b.list.getByRole('group').count();
	assert.ok(groups >= 2, `«Бернская»: ${groups} group(s), expected Berne and the context`);
	// ArrowUp from nowhere goes to the last result, across every heading: the headings are no options.
	await b.box.press('ArrowUp');
	const last = b.options.nth(b.texts.length - 1);
	assert.equal(await last.getAttribute('aria-selected'), 'true', 'the last result is not active');
	assert.equal(await b.box.getAttribute('aria-activedescendant'), await last.getAttribute('id'));
	await b.box.press('Escape');
	assert.equal(await b.box.getAttribute('aria-expanded'), 'false', 'Escape did not close');
	t.note(`«Бернская»: ${b.texts.length} results in ${groups} groups`);
});

test("J20-search: a result found in the source article's words is quoted as the article's", async (t) => {
	const page = await t.newPage();
	await gotoApp(page);
	// WCT Art. 14's claim: the article says "…including the adaption of all necessary measures…".
	const { texts } = await searchFor(page, 'adaption measures');
	const says = msg('en', 'search.articleSays', { quote: '' }).replace(/”$/, '');
	const hit = texts.find((s) => s.includes('Art. 14'));
	assert.ok(hit, `no WCT Art. 14 among: ${texts.join(' | ')}`);
	assert.ok(hit.includes(says), `the quote is not marked "${says}…": ${hit}`);
});
