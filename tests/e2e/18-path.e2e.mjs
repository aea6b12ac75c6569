// Journey 18: Kazakhstan's path at a glance. In every view a reader starts from (the default
// window, the presets, embeds) and at the screens they use, each treaty's entry into force for
// Kazakhstan is a mark of its own: visible, not covered by another mark, named for the treaty
// and Kazakhstan, with its year as text beside it.
import { strict as assert } from 'node:assert';
import { test } from './lib/harness.mjs';
import { dataset, gotoApp, localText, msg, timeline, timelineIn } from './lib/app.mjs';

const SCREENS = [
	[390, 844],
	[1280, 720],
	[1280, 800],
	[1920, 1080]
];
const VIEWS = [
	['default', {}],
	['1961–2012', { hash: 'from=1961&to=2012' }],
	['1991–2012', { hash: 'from=1991&to=2012' }],
	['embed', { query: 'mode=embed' }],
	['embed static plain', { query: 'mode=embed&static&plain' }]
];
/** Each treaty's entry into force for the party: [treaty, event]. */
const JOINS = dataset.treaties.flatMap((t) =>
	t.events.filter((e) => e.kind === 'party-entry-into-force').map((e) => [t, e])
);

/**
 * For each party entry into force: its mark's accessible name, whether another drawn mark or
 * cluster covers its centre, whether it lies inside the page's width, and the texts drawn beside it.
 */
function inspect(page, ids) {
	return page.evaluate((ids) => {
		const svg = document.querySelector('svg[role="group"]');
		const drawn = [...svg.querySelectorAll('a[data-id], g[role="button"]')].filter(
			(el) => getComputedStyle(el).opacity !== '0'
		);
		const texts = [...svg.querySelectorAll('text')].map((t) => ({
			text: t.textContent.trim(),
			box: t.getBoundingClientRect()
		}));
		return ids.map((id) => {
			const mark = svg.querySelector(`a[data-id="${id}"], a[data-with~="${id}"]`);
			if (!mark) return { id, found: false };
			const shape = mark.querySelector('.shape') ?? mark;
			const b = shape.getBoundingClientRect();
			const [cx, cy] = [b.x + b.width / 2, b.y + b.height / 2];
			const covered = drawn
				.filter((el) => el !== mark && !mark.contains(el))
				.filter((el) => {
					const o = (el.querySelector('.shape, .bubble, .stack') ?? el).getBoundingClientRect();
					return cx > o.x && cx < o.x + o.width && cy > o.y && cy < o.y + o.height;
				})
				.map((el) => el.getAttribute('aria-label'));
			const beside = texts
				.filter(({ box }) => Math.abs(box.y + box.height / 2 - cy) < 26)
				.filter(({ box }) => box.x < cx + 60 && box.x + box.width > cx - 60)
				.map(({ text }) => text);
			return {
				id,
				found: true,
				name: mark.getAttribute('aria-label') ?? '',
				covered,
				inside: b.x >= 0 && b.x + b.width <= document.documentElement.clientWidth,
				beside
			};
		});
	}, ids);
}

function check(results, lang, where) {
	const party = localText(dataset.party.name, lang);
	for (const [treaty, event] of JOINS) {
		const r = results.find((x) => x.id === event.id);
		assert.ok(r?.found, `${where}: no mark for ${event.id}`);
		assert.deepEqual(r.covered, [], `${where}: ${event.id} covered by another mark`);
		assert.ok(r.inside, `${where}: ${event.id} outside the page's width`);
		const names = [treaty.shortName, treaty.name].map((n) => localText(n, lang));
		assert.ok(
			names.some((n) => r.name.includes(n)) && r.name.includes(party),
			`${where}: ${event.id} is named "${r.name}"`
		);
		const year = event.date.slice(0, 4);
		assert.ok(
			r.beside.some((t) => t.includes(year)),
			`${where}: no "${year}" beside ${event.id} (saw ${r.beside.join(' | ')})`
		);
	}
}

for (const [width, height] of SCREENS) {
	test(`J18 at ${width}x${height}, each treaty's entry into force for Kazakhstan is a visible, named mark with its year (default, presets, embeds)`, async (t) => {
		const page = await t.newPage({ viewport: { width, height } });
		for (const [view, opts] of VIEWS) {
			await gotoApp(page, { ...opts, ready: false });
			await timeline(page).waitFor({ state: 'visible' });
			await page.evaluate(() => document.fonts.ready.then(() => undefined));
			check(
				await inspect(
					page,
					JOINS.map(([, e]) => e.id)
				),
				'en',
				`${width}x${height} ${view}`
			);
			if (view === 'default') await t.screenshot(page, `j18-default-${width}`, { fullPage: false });
		}
	});
}

test('J18 the same in Russian and Kazakh at 1280x800, and the legend names the party’s glyphs', async (t) => {
	const page = await t.newPage({ viewport: { width: 1280, height: 800 } });
	for (const lang of ['ru', 'kk']) {
		await gotoApp(page, { hash: `lang=${lang}`, lang });
		await timelineIn(page, lang).waitFor({ state: 'visible' });
		check(
			await inspect(
				page,
				JOINS.map(([, e]) => e.id)
			),
			lang,
			`1280x800 ${lang}`
		);
		const legend = page.getByRole('region', { name: msg(lang, 'legend.title') });
		const party = localText(dataset.party.nameGenitive ?? dataset.party.name, lang);
		await legend.getByText(msg(lang, 'legend.hint')).waitFor();
		assert.ok(
			(await legend.textContent()).includes(party),
			`${lang}: the legend does not name ${party}`
		);
		// In view with the lanes on a laptop screen.
		const box = await legend.boundingBox();
		assert.ok(box && box.y + box.height <= 800, `${lang}: the legend is below the first screen`);
	}
});

test('J18 a selected event inside a composite is shown by the composite, never drawn over it', async (t) => {
	const page = await t.newPage({ viewport: { width: 1280, height: 800 } });
	await gotoApp(page, { hash: 'event=berne-party-instrument' });
	const composite = timeline(page).locator('a[data-with~="berne-party-instrument"]');
	await composite.waitFor();
	assert.equal(
		await composite.getAttribute('aria-current'),
		'true',
		'the composite is not selected'
	);
	assert.equal(
		await timeline(page).locator('a[data-id="berne-party-instrument"]').count(),
		0,
		'the instrument is drawn over its composite'
	);
});
