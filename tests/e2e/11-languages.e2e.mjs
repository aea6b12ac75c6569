// Journey 11 (issue "Trilingual"): English, Russian and Kazakh, chosen with the switcher or by the
// URL (#lang= wins over ?lang=), change the panel, the axis, the markers' accessible names and
// <html lang>; a choice made at the top level is remembered; ru and kk lay out from 280 px to
// 1280 px without overflow or overlapping text, and axe finds nothing in either.
// Expected strings come from the app's catalogues and the dataset, never from the page.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { poll, test } from './lib/harness.mjs';
import {
	escapeRe,
	LANG_NAMES,
	assertNone,
	axeViolations,
	dataset,
	formatOverlaps,
	formatViolations,
	gotoApp,
	hashParams,
	horizontalOverflow,
	localText,
	msg,
	msgPattern,
	openPanel,
	panel,
	svgTexts,
	textLayout,
	timelineIn,
	visibleWindowIn,
	waitForLang
} from './lib/app.mjs';

const EVENT = 'berne-party-entry-into-force';
const berne = dataset.treaties.find((t) => t.id === 'berne');
const entry = berne.events.find((e) => e.id === EVENT);
assert.equal(entry.date, '1999-04-12', 'the dataset moved the Berne entry into force');

/** 12 April 1999 in words, as the issue gives it. */
const DATE_WORDS = { en: '12 April 1999', ru: '12 апреля 1999 г.', kk: '1999 жылғы 12 сәуір' };

/** "Kazakhstan" in the case the party phrases take (Russian: genitive). */
const party = (lang) =>
	localText(lang === 'ru' ? dataset.party.nameGenitive : dataset.party.name, lang);

/** What the panel heading and the marker of Berne's entry into force must say in `lang`. */
function expected(lang) {
	return {
		heading: msg(lang, 'kind.party-entry-into-force', { party: party(lang) }),
		marker: `${localText(berne.shortName, lang)}: ${msg(lang, 'a11y.party-entry-into-force', {
			party: party(lang),
			date: msg(lang, 'a11y.on', { date: DATE_WORDS[lang] })
		})}`
	};
}

/** The panel, the marker name, the visible-window text and the year ticks are all in `lang`. */
async function checkLanguage(page, lang, where) {
	await waitForLang(page, lang, `${where}: `);
	const exp = expected(lang);
	const text = await poll(
		async () => {
			const tx = await openPanel(page, exp.heading);
			assert.ok(tx.includes(DATE_WORDS[lang]), `the panel lacks «${DATE_WORDS[lang]}»`);
			return tx;
		},
		{ message: `${where}: the ${lang} panel of ${EVENT}` }
	);
	if (lang !== 'en')
		assert.ok(
			!text.includes(DATE_WORDS.en),
			`${where}: the ${lang} panel still shows the English date "${DATE_WORDS.en}"`
		);
	const tl = timelineIn(page, lang);
	assert.equal(
		await tl.count(),
		1,
		`${where}: no timeline group named "${msg(lang, 'a11y.timeline', { title: localText(dataset.title, lang), from: dataset.range.from, to: dataset.range.to }).slice(0, 60)}…"`
	);
	// Its own mark, or a composite that names it first (the instrument beside it at this zoom).
	const marker = tl.getByRole('link', { name: new RegExp(`^${escapeRe(exp.marker)}(; |$)`) });
	if ((await marker.count()) !== 1) {
		const names = await tl
			.getByRole('link')
			.evaluateAll((as) =>
				as.map((a) => a.getAttribute('aria-label')).filter((n) => n && /1999/.test(n))
			);
		throw new Error(
			`${where}: no marker named "${exp.marker}" (1999 markers: ${names.join(' | ') || 'none'})`
		);
	}
	assert.equal(
		await marker.getAttribute('aria-current'),
		'true',
		`${where}: the open marker is not aria-current`
	);
	const win = await visibleWindowIn(page, lang);
	assert.match(win, msgPattern(lang, 'zoom.window'), `${where}: the visible-window text`);
	return text;
}

test('J11 the switcher changes panel, marker names, axis and <html lang>, and a top-level choice is remembered', async (t) => {
	const page = await t.newPage();
	await gotoApp(page, { hash: `event=${EVENT}` });
	await checkLanguage(page, 'en', 'English at load');
	let current = 'en';
	for (const lang of ['ru', 'kk', 'en', 'kk']) {
		await page
			.getByRole('group', { name: msg(current, 'lang.label'), exact: true })
			.getByRole('button', { name: LANG_NAMES[lang], exact: true })
			.click();
		await checkLanguage(page, lang, `after choosing ${LANG_NAMES[lang]}`);
		assert.equal(
			(await hashParams(page)).get('event'),
			EVENT,
			`choosing ${lang} lost the selection`
		);
		// The axis keeps plain year numbers in every language.
		const texts = await svgTexts(page, lang);
		for (const y of ['1900', '2000'])
			assert.ok(
				texts.includes(y),
				`in ${lang} the axis has no tick "${y}" (saw: ${texts.slice(0, 30).join(' | ')})`
			);
		current = lang;
	}
	t.note(`after switching, the hash is "${new URL(page.url()).hash}"`);

	// A later visit to the top-level page, with no language in the URL, starts in Kazakh.
	const later = await page.context().newPage();
	const asked = catalogueRequests(later);
	await gotoApp(later, { lang: 'kk' });
	await waitForLang(later, 'kk', 'a later top-level visit: ');
	await timelineIn(later, 'kk').waitFor();
	assert.deepEqual(asked, ['kk'], 'catalogues requested by a visit that remembers Қазақша');

	// An embed never reads (nor writes) that choice: a frame with no lang follows the browser (en-GB).
	await later.evaluate(() => {
		const f = document.createElement('iframe');
		f.id = 'probe';
		f.title = 'probe';
		f.src = 'index.html?mode=embed&controls=all';
		f.style.cssText = 'width:800px;height:600px';
		document.body.append(f);
	});
	const frame = later.frameLocator('#probe');
	await frame.getByRole('navigation', { name: msg('en', 'nav.views'), exact: true }).waitFor();
	const frameLang = await frame.locator(':root').getAttribute('lang');
	assert.equal(frameLang, 'en', 'a framed embed used the language remembered at the top level');
	await frame
		.getByRole('group', { name: msg('en', 'lang.label'), exact: true })
		.getByRole('button', { name: LANG_NAMES.ru, exact: true })
		.click();
	await poll(async () => assert.equal(await frame.locator(':root').getAttribute('lang'), 'ru'));
	// …and choosing a language inside the frame did not replace the top-level choice.
	const third = await page.context().newPage();
	await gotoApp(third, { lang: 'kk' });
	await waitForLang(third, 'kk', 'a top-level visit after choosing Русский inside a frame: ');
});

/** The catalogue chunks in the build, by file name: { 'en-….js': 'en', … } (Vite's manifest). */
const catalogueFiles = Object.fromEntries(
	Object.entries(JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')))
		.map(([src, chunk]) => [
			chunk.file.split('/').pop(),
			/i18n\/messages\/(\w+)\.json$/.exec(src)?.[1]
		])
		.filter(([, lang]) => lang)
);

/** Records which languages' catalogues a page requests, each language once. */
function catalogueRequests(page) {
	const langs = [];
	page.on('request', (r) => {
		const lang = catalogueFiles[new URL(r.url()).pathname.split('/').pop()];
		if (lang && !langs.includes(lang)) langs.push(lang);
	});
	return langs;
}

test('J11 the URL chooses the language: #lang=kk, ?lang=ru, and #lang wins over ?lang', async (t) => {
	assert.deepEqual(
		Object.values(catalogueFiles).sort(),
		['en', 'kk', 'ru'],
		'catalogue chunks: one per language'
	);
	const page = await t.newPage();
	const asked = catalogueRequests(page);
	await gotoApp(page, { hash: `event=${EVENT}&lang=kk`, lang: 'kk' });
	await checkLanguage(page, 'kk', '#lang=kk');
	// Only that language's catalogue is fetched.
	assert.deepEqual(asked, ['kk'], 'catalogues requested for #lang=kk');
	await page.close();

	const p2 = await t.newPage();
	const asked2 = catalogueRequests(p2);
	await gotoApp(p2, { query: 'lang=ru', hash: `event=${EVENT}`, lang: 'ru' });
	await checkLanguage(p2, 'ru', '?lang=ru');
	assert.deepEqual(asked2, ['ru'], 'catalogues requested for ?lang=ru');
	await p2.close();

	const p3 = await t.newPage();
	const asked3 = catalogueRequests(p3);
	await gotoApp(p3, { query: 'lang=ru', hash: `event=${EVENT}&lang=kk`, lang: 'kk' });
	await checkLanguage(p3, 'kk', '?lang=ru#lang=kk');
	assert.deepEqual(asked3, ['kk'], 'catalogues requested for ?lang=ru#lang=kk');
	// Changing the hash in place switches too (a pasted link, or Back).
	await p3.evaluate((ev) => (location.hash = `event=${ev}&lang=en`), EVENT);
	await checkLanguage(p3, 'en', 'hash changed in place to lang=en');
});

test('J11 at a month-level window (#from=1999-01&to=1999-06) the month ticks are in the language', async (t) => {
	const page = await t.newPage();
	const problems = [];
	for (const lang of ['en', 'ru', 'kk']) {
		await gotoApp(page, { hash: `from=1999-01&to=1999-06&lang=${lang}`, lang });
		await page.reload();
		await waitForLang(page, lang, `${lang}: `);
		await timelineIn(page, lang).waitFor();
		const texts = (await svgTexts(page, lang)).map((s) => s.toLocaleLowerCase(lang));
		// The months February–June, as the platform's CLDR data abbreviates them.
		const months = [2, 3, 4, 5, 6].map((m) =>
			new Intl.DateTimeFormat(lang, { month: 'short', timeZone: 'UTC' })
				.format(Date.UTC(1999, m - 1, 15))
				.toLocaleLowerCase(lang)
		);
		// A month tick may carry its year ("feb 1999": the axis always names a year).
		const missing = months.filter((m) => !texts.some((t) => t === m || t.startsWith(`${m} `)));
		if (missing.length)
			problems.push(
				`${lang}: month ticks ${missing.join(', ')} missing (axis: ${texts.slice(0, 24).join(' | ')})`
			);
		if (lang !== 'en') {
			const english = ['feb', 'mar', 'apr', 'jun'].filter((m) => texts.includes(m));
			if (english.length) problems.push(`${lang}: English month ticks ${english.join(', ')}`);
		}
		await t.screenshot(page, `j11-months-${lang}`, { fullPage: false });
	}
	assertNone(problems, 'month ticks');
});

for (const lang of ['ru', 'kk'])
	for (const width of [280, 320, 1280]) {
		const height = width < 1000 ? Math.round(width * 1.6) : 800;
		test(`J11 ${lang} at ${width}x${height}: no horizontal overflow, no overlapping text, with and without the panel`, async (t) => {
			const page = await t.newPage({ viewport: { width, height } });
			await gotoApp(page, { hash: `lang=${lang}`, lang });
			await timelineIn(page, lang).waitFor();
			await page.mouse.move(0, 0);
			if (width !== 1280) await t.screenshot(page, `j11-${lang}-${width}`);
			const problems = [];
			const overflow = await horizontalOverflow(page);
			if (overflow) problems.push(`the page overflows horizontally by ${overflow}px`);
			// The whole page: header, switcher, timeline, legend.
			const page1 = await textLayout(page, { region: null });
			if (page1.overlaps.length)
				problems.push(
					`${page1.overlaps.length} overlapping text pair(s) on the page: ${formatOverlaps(page1.overlaps).join('; ')}`
				);
			if (page1.outside.length)
				problems.push(`texts past the viewport edge: ${page1.outside.slice(0, 8).join('; ')}`);

			await page.evaluate(([ev, l]) => (location.hash = `event=${ev}&lang=${l}`), [EVENT, lang]);
			await openPanel(page, expected(lang).heading);
			await page.mouse.move(0, 0);
			if (width !== 1280)
				await t.screenshot(page, `j11-${lang}-${width}-panel`, { fullPage: false });
			const overflow2 = await horizontalOverflow(page);
			if (overflow2)
				problems.push(`with the panel open, the page overflows horizontally by ${overflow2}px`);
			const inPanel = await textLayout(page, { selector: 'aside', includePanel: true });
			if (inPanel.overlaps.length)
				problems.push(
					`${inPanel.overlaps.length} overlapping text pair(s) in the panel: ${formatOverlaps(inPanel.overlaps).join('; ')}`
				);
			if (inPanel.outside.length)
				problems.push(
					`panel texts past the viewport edge: ${inPanel.outside.slice(0, 8).join('; ')}`
				);
			// Beside the panel (wide screens) the timeline is narrower: its labels must still not collide.
			const region = await textLayout(page, { region: msg(lang, 'nav.timeline') });
			if (region.overlaps.length)
				problems.push(
					`${region.overlaps.length} overlapping text pair(s) in the timeline with the panel open: ${formatOverlaps(region.overlaps).join('; ')}`
				);
			assertNone(problems, `${lang} at ${width}x${height}`);
		});
	}

for (const lang of ['ru', 'kk'])
	test(`J11 axe: no WCAG A/AA violations in ${lang}, initial view and panel open`, async (t) => {
		const page = await t.newPage();
		await gotoApp(page, { hash: `lang=${lang}`, lang });
		await timelineIn(page, lang).waitFor();
		await page.mouse.move(0, 0);
		const problems = [];
		let vs = await axeViolations(page);
		if (vs.length)
			problems.push(`initial view: ${vs.length} violation(s):\n    ${formatViolations(vs)}`);
		await page.evaluate(([ev, l]) => (location.hash = `event=${ev}&lang=${l}`), [EVENT, lang]);
		await openPanel(page, expected(lang).heading);
		await panel(page).waitFor();
		vs = await axeViolations(page);
		if (vs.length)
			problems.push(`panel open: ${vs.length} violation(s):\n    ${formatViolations(vs)}`);
		assertNone(problems, `axe in ${lang}`);
	});
