// Journey 13 (issue "One offline file"): dist-single/index.html (npm run build:single), opened from
// file://, renders the timeline, switches to Russian and Kazakh, opens a panel and shows the
// content version and build date in About, without a single network request.
import { strict as assert } from 'node:assert';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from './lib/harness.mjs';
import {
	allowFiles,
	LANG_NAMES,
	SINGLE_FILE,
	dataset,
	msg,
	openPanel,
	paintedMarkers,
	timelineIn,
	waitForLang
} from './lib/app.mjs';

const FILE = fileURLToPath(SINGLE_FILE);

/** The build date the file carries: the UTC day it was written (or the day before, at midnight). */
function buildDates() {
	const m = statSync(FILE).mtime.getTime();
	return [m, m - 86_400_000].map((t) => new Date(t).toISOString().slice(0, 10));
}

/** The About view in `lang` names the data version, its check date and the build date. */
async function checkAbout(page, lang) {
	await page
		.getByRole('navigation', { name: msg(lang, 'nav.views'), exact: true })
		.getByRole('button', { name: msg(lang, 'nav.about'), exact: true })
		.click();
	const about = page.getByRole('heading', { name: msg(lang, 'about.title'), exact: true });
	await about.waitFor();
	const text = ((await page.getByRole('main').textContent()) ?? '').replace(/\s+/g, ' ');
	const version = msg(lang, 'about.version', {
		version: dataset.version,
		date: dataset.checkedAsOf
	});
	assert.ok(text.includes(version), `${lang} About lacks "${version}"`);
	const built = buildDates().map((date) => msg(lang, 'about.build', { date }));
	assert.ok(
		built.some((b) => text.includes(b)),
		`${lang} About lacks "${built[0]}" (the file was built on ${buildDates()[0]}); it says: …${text.slice(text.indexOf(version), text.indexOf(version) + version.length + 60)}`
	);
}

test('J13 dist-single/index.html from file:// renders, switches to Русский and Қазақша, opens a panel, shows versions, with no network request', async (t) => {
	assert.ok(existsSync(FILE), `${FILE} is missing: run npm run build:single`);
	const page = await t.newPage();
	const { requests, network } = await allowFiles(page);
	await page.goto(SINGLE_FILE, { waitUntil: 'load' });
	await page.getByRole('navigation', { name: msg('en', 'nav.views'), exact: true }).waitFor();
	await timelineIn(page, 'en').waitFor({ state: 'visible' });
	assert.ok(
		(await paintedMarkers(page)).length >= 3,
		'the single file draws fewer than three markers'
	);

	let current = 'en';
	for (const lang of ['ru', 'kk']) {
		await page
			.getByRole('group', { name: msg(current, 'lang.label'), exact: true })
			.getByRole('button', { name: LANG_NAMES[lang], exact: true })
			.click();
		await waitForLang(page, lang, `file://, ${LANG_NAMES[lang]}: `);
		await timelineIn(page, lang).waitFor({ state: 'visible' });
		current = lang;
	}

	// A click on a painted marker opens its panel; a deep link opens Berne in force (in Kazakh).
	const marker = (await paintedMarkers(page))[0];
	assert.ok(marker, 'no painted marker to click');
	await timelineIn(page, 'kk').getByRole('link', { name: marker.name, exact: true }).click();
	await openPanel(page);
	await page.evaluate(() => (location.hash = 'event=berne-party-entry-into-force&lang=kk'));
	const text = await openPanel(
		page,
		msg('kk', 'kind.party-entry-into-force', { party: dataset.party.name.kk })
	);
	assert.ok(text.includes('1999 жылғы 12 сәуір'), `the kk panel lacks «1999 жылғы 12 сәуір»`);
	await t.screenshot(page, 'j13-single-file-kk-panel', { fullPage: false });

	await checkAbout(page, 'kk');
	await page
		.getByRole('group', { name: msg('kk', 'lang.label'), exact: true })
		.getByRole('button', { name: LANG_NAMES.en, exact: true })
		.click();
	await waitForLang(page, 'en', 'back to English: ');
	await checkAbout(page, 'en');

	assert.deepEqual(network(), [], 'the single file made network requests');
	t.note(
		`${requests.length} requests, all file: or data: (${[...new Set(requests.map((u) => u.split('/').pop()))].join(', ')})`
	);
});
