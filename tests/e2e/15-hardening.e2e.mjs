// Journey 15 (issue "Hardened"): a dataset whose every text is an XSS payload runs nothing, shows
// each payload as literal text, links sources only over http(s) and isolates every text for bidi,
// with text.control warnings; both builds run under their Content-Security-Policy with zero
// violations; no view requests another origin; 200 treaties and 5 000 events stay usable; every
// way a dataset can fail (404, no answer, HTML, over 10 MB, not UTF-8) says so in the reader's
// language and keeps the dataset on screen; messages posted into an embed change nothing, and
// embed.js ignores every malformed height message.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { env, nextFrames, poll, test } from './lib/harness.mjs';
import {
	allowFiles,
	dataset,
	gotoApp,
	localText,
	msg,
	paintedMarkers,
	panel,
	SINGLE_FILE,
	timeline
} from './lib/app.mjs';
import { latin1Dataset, routes, serveGenerated } from './lib/server.mjs';
import { bigDataset } from '../fixtures/big-dataset.mjs';

const HOSTILE_TEXT = readFileSync(new URL('../fixtures/hostile.json', import.meta.url), 'utf8');
const hostile = JSON.parse(HOSTILE_TEXT);
const minimal = JSON.parse(
	readFileSync(new URL('../fixtures/minimal.json', import.meta.url), 'utf8')
);
const TITLE = (lang = 'en') => localText(dataset.title, lang);
const views = (page, lang = 'en') =>
	page.getByRole('navigation', { name: msg(lang, 'nav.views'), exact: true });

/** Bidi controls, which the loader strips from data after warning about them (load.ts). */
const BIDI = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/**
 * Every string of the hostile fixture, with its path: `text` is what the app must show as literal
 * text (bidi controls stripped by the loader), `raw` the string in the file.
 */
const hostileStrings = [];
(function walk(node, path) {
	if (typeof node === 'string')
		hostileStrings.push({ path, text: node.replace(BIDI, ''), raw: node });
	else if (Array.isArray(node)) node.forEach((v, i) => walk(v, `${path}[${i}]`));
	else if (node && typeof node === 'object')
		for (const [k, v] of Object.entries(node)) walk(v, path ? `${path}.${k}` : k);
})(hostile, '');
/**
 * What every payload carries, so a scan of the page finds them (and nothing else). `gnp.exe` is
 * what is left of the right-to-left override payloads (the party's name, short names, labels)
 * once the loader has stripped the U+202E.
 */
const MARKERS = ['window.__xss', 'parent.__xss', '\u202E', 'display:none!important', 'gnp.exe'];
/** Invisible controls as validate.ts's CONTROL (the `text.control` warning). */
const CONTROL = new RegExp(
	// eslint-disable-next-line no-control-regex -- the controls are what it finds
	'[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]'
);
const show = (s) => s.replace(/\u202E/g, '⟨RLO⟩').slice(0, 90);
const en = (path) => {
	const item = hostileStrings.find((s) => s.path === path);
	assert.ok(item, `hostile.json has no ${path}`);
	return item.text;
};

/** Loads a dataset through "Load data…" and the file chooser. */
async function chooseFile(page, { name, buffer, lang = 'en' }) {
	const [chooser] = await Promise.all([
		page.waitForEvent('filechooser'),
		page.getByRole('button', { name: msg(lang, 'load.button'), exact: true }).click()
	]);
	await chooser.setFiles({ name, mimeType: 'application/json', buffer });
}

/** The page title heading (h1) and its text. */
const h1Text = async (page) =>
	((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').trim();

/**
 * Hooks alert/confirm/prompt before any script runs: a call sets window.__alerted. Together with
 * window.__xss (what every payload tries to set), this is how "nothing executed" is observed.
 */
async function trapScripts(page) {
	const dialogs = [];
	page.on('dialog', (d) => {
		dialogs.push(`${d.type()}: ${d.message()}`);
		void d.dismiss().catch(() => {});
	});
	await page.addInitScript(() => {
		for (const name of ['alert', 'confirm', 'prompt', 'print'])
			window[name] = () => {
				window.__alerted = (window.__alerted ?? 0) + 1;
			};
	});
	return dialogs;
}

/** Anything a payload could have made live: handlers, script URLs, frames, foreign objects. */
async function liveMarkup(page) {
	return page.evaluate(() => {
		const out = [];
		if (window.__xss !== undefined) out.push(`window.__xss = ${String(window.__xss)}`);
		if (window.__alerted) out.push(`alert/confirm/prompt called ${window.__alerted}×`);
		for (const el of document.querySelectorAll('*')) {
			for (const a of el.attributes) {
				if (/^on/i.test(a.name)) out.push(`<${el.localName} ${a.name}>`);
				if (a.name === 'srcdoc') out.push(`<${el.localName} srcdoc>`);
				if (/(^|:)(href|src|action|formaction|data)$/i.test(a.name)) {
					if (/^\s*(javascript|vbscript):/i.test(a.value))
						out.push(`<${el.localName} ${a.name}="${a.value.slice(0, 60)}">`);
					// Images may be data: URLs (the page's own icon is an inline PNG, index.html).
					const image =
						el.localName === 'img' ||
						(el.localName === 'link' &&
							el.getAttribute('rel') === 'icon' &&
							/^data:image\/png;base64,/.test(a.value));
					if (/^\s*data:/i.test(a.value) && !image)
						out.push(`<${el.localName} ${a.name}="${a.value.slice(0, 60)}">`);
				}
			}
		}
		// (index.html's own inline script, `data-page`, is in the head: data never makes markup.)
		const selectors = ['iframe', 'foreignObject', 'object', 'embed', 'img[src="x"]'];
		for (const sel of [...selectors, 'body script:not([data-page])'])
			for (const el of document.querySelectorAll(sel)) out.push(`a <${el.localName}> element`);
		for (const s of document.querySelectorAll('style'))
			if (s.textContent?.includes('display:none!important')) out.push('an injected <style>');
		return out;
	});
}

/**
 * Texts carrying a payload (MARKERS) that are not isolated for bidi one by one: each payload must
 * sit inside FSI … PDI (U+2068 … U+2069, as the app's `isolate` and Fluent's useIsolating write)
 * around exactly one data text, or else its nearest isolating ancestor (a <bdi>, an SVG <text>, or
 * `unicode-bidi: isolate | isolate-override | plaintext`) must hold exactly one data text, nothing
 * of the sentence around it. The issues panel (messages about the data, each line a <bdi>) and
 * closed or hidden content are left out.
 */
async function bidiGaps(page) {
	return page.evaluate(
		({ data, markers }) => {
			const norm = (s) =>
				s
					.replace(/[\u2068\u2069]/g, '')
					.replace(/\s+/g, ' ')
					.trim();
			const texts = new Set(data.map(norm));
			const isolates = (el) =>
				el.localName === 'bdi' ||
				(el instanceof SVGElement && el.localName === 'text') ||
				['isolate', 'isolate-override', 'plaintext'].includes(getComputedStyle(el).unicodeBidi);
			const whole = (t, svg) =>
				texts.has(t) ||
				// A lane name cut to fit ends in "…".
				(svg && t.endsWith('…') && data.some((d) => norm(d).startsWith(t.slice(0, -1).trim())));
			/** Whether every payload in a text node is inside an FSI…PDI span of one whole data text. */
			const isolatedInText = (text) => {
				const spans = [];
				const open = [];
				for (let i = 0; i < text.length; i++) {
					if (text[i] === '\u2068') open.push(i + 1);
					else if (text[i] === '\u2069' && open.length) spans.push([open.pop(), i]);
				}
				// The innermost span around each occurrence of each marker.
				const around = (at, len) =>
					spans
						.filter(([a, b]) => a <= at && at + len <= b)
						.sort((x, y) => x[1] - x[0] - (y[1] - y[0]))[0];
				for (const m of markers)
					for (let at = text.indexOf(m); at >= 0; at = text.indexOf(m, at + 1)) {
						const span = around(at, m.length);
						if (!span || !whole(norm(text.slice(span[0], span[1])), false)) return false;
					}
				return true;
			};
			const gaps = [];
			let checked = 0;
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			for (let n = walker.nextNode(); n; n = walker.nextNode()) {
				const text = n.textContent ?? '';
				const el = n.parentElement;
				if (!el || !markers.some((m) => text.includes(m))) continue;
				// Left out: the issues panel, and text only for screen readers (no visual bidi).
				if (el.closest('title,script,style,section.issues,.visually-hidden')) continue;
				if (!el.checkVisibility()) continue;
				checked++;
				if (text.includes('\u2068') && isolatedInText(text)) continue;
				let iso = null;
				for (let e = el; e && e !== document.body; e = e.parentElement)
					if (isolates(e)) {
						iso = e;
						break;
					}
				const isoText = norm(iso?.textContent ?? '');
				if (iso && whole(isoText, iso instanceof SVGElement)) continue;
				// Where: the element and two ancestors, with their first own class (not Svelte's hash).
				const name = (e) => {
					const cls = [...e.classList].find((c) => !c.startsWith('svelte-'));
					return `${e.localName}${cls ? `.${cls}` : ''}`;
				};
				const chain = [];
				for (let e = el; e && e !== document.body && chain.length < 3; e = e.parentElement)
					chain.unshift(name(e));
				gaps.push({
					where: chain.join(' > '),
					text: norm(iso ? isoText : (el.textContent ?? '')),
					isolated: iso ? `only as part of <${iso.localName}>` : 'not isolated'
				});
			}
			return { checked, gaps };
		},
		{ data: hostileStrings.map((s) => s.text), markers: MARKERS }
	);
}

/** The treaty's facts in the panel (TreatyFacts, drawn a frame after the panel): their heading. */
const treatyFacts = (page, lang) =>
	panel(page).getByRole('heading', { level: 3, name: msg(lang, 'panel.otherDates'), exact: true });

/**
 * Opens an event's panel by its marker (hidden in a cluster or not: the link carries data-id), and
 * waits until it shows that event and, for a treaty's event, the treaty's facts.
 */
async function openEvent(page, id, lang = 'en') {
	await page.evaluate((id) => {
		location.hash = `event=${id}`;
	}, id);
	await page.locator(`a[data-id="${id}"][aria-current="true"]`).waitFor({ state: 'attached' });
	await panel(page).waitFor({ state: 'visible' });
	await poll(async () =>
		assert.ok(
			((await panel(page).getByRole('heading', { level: 2 }).textContent()) ?? '').trim(),
			'the panel heading is empty'
		)
	);
	if (hostile.treaties.some((tr) => tr.events.some((e) => e.id === id)))
		await treatyFacts(page, lang).waitFor();
}

/**
 * The views a hostile text can reach, each visited in turn: `visit(name)` is called on each (the
 * caller checks the page there). Timeline with legend, four event panels, the treaty panel, the
 * table, About and two presentation steps.
 */
async function everyView(page, lang, visit) {
	await visit('timeline');
	for (const id of ['berne-adoption', 'berne-revision', 'berne-party-instrument', 'ctx-law']) {
		await openEvent(page, id, lang);
		await visit(`the panel of ${id}`);
	}
	// From ctx-law's panel (no treaty, no facts) to the treaty's: its facts are its content.
	await page.evaluate(() => (location.hash = 'treaty=berne'));
	await panel(page).waitFor({ state: 'visible' });
	await treatyFacts(page, lang).waitFor();
	await visit('the treaty panel');
	await page.evaluate(() => (location.hash = 'view=table'));
	await page.locator('table tbody tr').first().waitFor();
	await visit('the table');
	await page.evaluate(() => (location.hash = 'view=about'));
	await page.getByRole('heading', { name: msg(lang, 'about.title'), exact: true }).waitFor();
	await visit('About');
	for (const step of [1, 2]) {
		await page.evaluate((s) => (location.hash = `present&step=${s}`), step);
		await page
			.getByRole('dialog', { name: msg(lang, 'present.title'), exact: true })
			// The story's steps and the closing overview of the party's instruments.
			.getByText(msg(lang, 'present.progress', { n: step, total: hostile.story.length + 1 }), {
				exact: true
			})
			.waitFor({ state: 'visible' });
		await visit(`presentation step ${step}`);
	}
	await page.evaluate(() => (location.hash = ''));
}

/** Opens the app in `lang` and loads hostile.json through the file chooser. */
async function loadHostile(t, lang = 'en') {
	const page = await t.newPage();
	const dialogs = await trapScripts(page);
	await gotoApp(page, { hash: lang === 'en' ? '' : `lang=${lang}`, lang });
	await chooseFile(page, { name: 'hostile.json', buffer: Buffer.from(HOSTILE_TEXT), lang });
	await poll(async () => assert.equal(await h1Text(page), hostile.title[lang]), {
		timeout: 8000,
		message: 'the hostile dataset did not load'
	});
	return { page, dialogs };
}

test('J15 a dataset of XSS payloads runs nothing and shows every payload as literal text, in every view', async (t) => {
	const { page, dialogs } = await loadHostile(t);
	const missing = [];
	const live = [];
	// Where each text must appear (the English texts; `exact: false` where a sentence holds it).
	const expected = {
		timeline: ['title.en', 'description.en'],
		'the panel of berne-adoption': [
			'treaties[0].events[0].note.en',
			'treaties[0].events[0].claims[0].articleSays.en',
			'treaties[0].events[0].claims[0].correction.en',
			'sources[0].title',
			'sources[0].publisher',
			'sources[1].title',
			'sources[2].title',
			'sources[3].title',
			'sources[3].publisher',
			'sources[0].url',
			'sources[1].url'
		],
		'the panel of berne-revision': [
			'treaties[0].events[1].label.en',
			'treaties[0].events[1].note.en'
		],
		'the panel of berne-party-instrument': ['treaties[0].events[2].act.title'],
		'the panel of ctx-law': ['context[0].label.en', 'context[0].note.en'],
		'the treaty panel': [
			'treaties[0].name.en',
			'treaties[0].depositary.en',
			'treaties[0].minimumTerm.en',
			'treaties[0].note.en',
			'treaties[0].obligations[0].summary.en',
			'treaties[0].provisions[0].summary.en'
		],
		'the table': ['treaties[0].events[1].label.en', 'sources[3].publisher'],
		About: ['description.en'],
		'presentation step 1': ['story[0].caption.en'],
		'presentation step 2': ['story[1].caption.en']
	};
	const inSentences = {
		'the panel of berne-adoption': ['treaties[0].events[0].claims[0].articleRef'],
		'the panel of berne-party-instrument': ['treaties[0].events[2].act.number', 'party.name.en'],
		'the treaty panel': [
			'treaties[0].administeredBy[0]',
			'treaties[0].administeredBy[1]',
			'treaties[0].obligations[0].article',
			'treaties[0].provisions[0].article'
		],
		About: ['version']
	};
	await everyView(page, 'en', async (view) => {
		for (const path of expected[view] ?? []) {
			const n = await page.getByText(en(path), { exact: true }).count();
			if (!n) missing.push(`${view}: ${path} ("${show(en(path))}")`);
		}
		for (const path of inSentences[view] ?? []) {
			const n = await page.getByText(en(path), { exact: false }).count();
			if (!n) missing.push(`${view}: ${path} (in a sentence: "${show(en(path))}")`);
		}
		for (const l of await liveMarkup(page)) live.push(`${view}: ${l}`);
	});
	assert.deepEqual(dialogs, [], 'a payload opened a dialog');
	assert.deepEqual(live, [], 'a payload became live markup or ran');
	assert.deepEqual(missing, [], 'payloads not shown as literal text');
	t.note(
		`${Object.values(expected).flat().length + Object.values(inSentences).flat().length} payload texts found as literal text; window.__xss undefined throughout`
	);
});

test('J15 hostile source links: only http(s) addresses become links; javascript: and data: show as plain text', async (t) => {
	const { page } = await loadHostile(t);
	await openEvent(page, 'berne-adoption');
	const aside = panel(page);
	// The javascript:, data: and "  JavaScript:" sources are plain text: their title is in no link.
	for (const i of [0, 1, 2]) {
		const title = aside.getByText(en(`sources[${i}].title`), { exact: true });
		await title.first().waitFor();
		for (const el of await title.all())
			assert.equal(
				await el.evaluate((e) => !!e.closest('a')),
				false,
				`sources[${i}] (url ${en(`sources[${i}].url`)}) is inside a link`
			);
	}
	// The https source is a link to its (encoded) address.
	// (It is listed under the event, its claim and the treaty's obligation.)
	const ok = aside.getByRole('link', { name: en('sources[3].title'), exact: true });
	assert.ok((await ok.count()) >= 1, 'the https source is not a link');
	for (const link of await ok.all()) {
		const href = await link.getAttribute('href');
		assert.equal(href, new URL(hostile.sources[3].url).href, 'the https source link');
		assert.equal(await link.getAttribute('rel'), 'noopener noreferrer', 'rel of the source link');
	}
	await aside.getByText(en('sources[0].url'), { exact: true }).first().waitFor();
	await aside.getByText(en('sources[1].url'), { exact: true }).first().waitFor();
	const hrefs = await page.evaluate(() =>
		[...document.querySelectorAll('a')].map(
			(a) => a.getAttribute('href') ?? a.getAttribute('xlink:href') ?? ''
		)
	);
	const unsafe = hrefs.filter((h) => !/^(#|https?:\/\/|\.\/|\?|[a-z0-9-]+\.html)/i.test(h.trim()));
	assert.deepEqual(unsafe, [], 'links with an address that is not http(s) or in-page');
	t.note(`${hrefs.length} links on the page, all http(s) or in-page`);
});

test('J15 hostile bidi controls are warned about (text.control) and never reach the page; whole data texts are isolated (en, ru)', async (t) => {
	const gaps = new Map();
	let checked = 0;
	for (const lang of ['en', 'ru']) {
		const { page } = await loadHostile(t, lang);
		// The warnings: one text.control per string with a control character, one url.scheme per
		// non-http(s) source address; listed with their paths in the issues panel.
		const control = hostileStrings.filter((s) => CONTROL.test(s.raw));
		const schemes = hostile.sources.filter((s) => s.url && !/^https?:\/\/\S+$/i.test(s.url));
		const summary = page.getByText(
			msg(lang, 'issues.warnings', { count: control.length + schemes.length }),
			{ exact: true }
		);
		await summary.click();
		for (const s of control)
			await page
				.getByText(`${s.path}: ${msg(lang, 'issue.text.control')}`, { exact: true })
				.waitFor({ timeout: 3000 });
		await page.getByRole('button', { name: msg(lang, 'load.dismiss'), exact: true }).click();
		await everyView(page, lang, async (view) => {
			// The loader strips bidi controls from data: none may reach the page. (The app's own
			// FSI…PDI pairs around data values in a sentence are taken out first.)
			const leaked = await page.evaluate(() => {
				let text = document.body.textContent ?? '';
				for (let before = ''; before !== text;)
					[before, text] = [text, text.replace(/\u2068([^\u2066-\u2069]*)\u2069/g, '$1')];
				return /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/.test(text);
			});
			assert.equal(
				leaked,
				false,
				`a bidi control character from the data is on the page (${view})`
			);
			const r = await bidiGaps(page);
			checked += r.checked;
			for (const g of r.gaps) {
				const key = `${lang}: ${g.where}: "${show(g.text)}" (${g.isolated})`;
				gaps.set(key, [...(gaps.get(key) ?? []), view]);
			}
		});
		t.note(`${lang}: ${control.length} text.control warnings listed with their paths`);
	}
	t.note(`${checked} payload texts checked for bidi isolation, ${gaps.size} not isolated`);
	assert.ok(checked > 0, 'no payload text was found on the page');
	// Data values inside a sentence (the party's name in "Entered into force for {party}", article
	// numbers, captions, the act number, the data version) are isolated one by one too.
	assert.deepEqual(
		[...gaps].map(([k, seen]) => `${k}, in ${seen.join(', ')}`),
		[],
		'data texts not isolated one by one'
	);
});

test('J15 ?data= with the hostile dataset runs nothing, and its exported SVG is inert', async (t) => {
	const page = await t.newPage();
	const dialogs = await trapScripts(page);
	await gotoApp(page, { query: `data=${env.origin}${routes.fixture('hostile.json')}` });
	await poll(async () => assert.equal(await h1Text(page), hostile.title.en), {
		timeout: 8000,
		message: '?data= did not load hostile.json'
	});
	await page.getByRole('button', { name: msg('en', 'export.button'), exact: true }).click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: msg('en', 'export.svg'), exact: true }).click()
	]);
	const svg = await readFile(await download.path(), 'utf8');
	const inside = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		const err = doc.querySelector('parsererror');
		const bad = [];
		for (const el of doc.querySelectorAll('*')) {
			if (['script', 'foreignObject', 'iframe', 'img', 'object', 'embed'].includes(el.localName))
				bad.push(`<${el.localName}>`);
			for (const a of el.attributes)
				if (/^on/i.test(a.name) || /^\s*(javascript|data):/i.test(a.value))
					bad.push(`${el.localName}[${a.name}]`);
		}
		return { error: err?.textContent ?? null, bad, text: doc.documentElement.textContent ?? '' };
	}, svg);
	assert.equal(inside.error, null, 'the exported SVG is not well-formed XML');
	assert.deepEqual(inside.bad, [], 'the exported SVG holds live markup');
	assert.ok(
		inside.text.includes(hostile.treaties[0].shortName.en.replace(BIDI, '').slice(0, 6)),
		'the exported SVG lacks the (escaped) lane name'
	);
	assert.deepEqual(await liveMarkup(page), [], 'a payload became live markup or ran');
	assert.deepEqual(dialogs, [], 'a payload opened a dialog');
	t.note(`exported ${download.suggestedFilename()} (${svg.length} bytes): well-formed, inert`);
});

// ---------------------------------------------------------------------------------------------
// Content-Security-Policy

/** Records CSP violations (event and console) from before the first script. */
async function cspRecorder(page) {
	const consoleCsp = [];
	page.on('console', (m) => {
		if (/Content.Security.Policy/i.test(m.text())) consoleCsp.push(m.text().slice(0, 300));
	});
	await page.addInitScript(() => {
		window.__csp = [];
		document.addEventListener(
			'securitypolicyviolation',
			(e) =>
				window.__csp.push(
					`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`
				),
			true
		);
	});
	return consoleCsp;
}

/** The CSP meta tag: present, before any script or style, strict. Returns its policy. */
async function checkMeta(page, what) {
	const meta = await page.evaluate(() => {
		const m = document.querySelector('meta[http-equiv="Content-Security-Policy" i]');
		const first = document.querySelector('script, link[rel=stylesheet], style');
		return {
			content: m?.getAttribute('content') ?? null,
			beforeScripts: !!m && (!first || !!(m.compareDocumentPosition(first) & 4))
		};
	});
	assert.ok(meta.content, `${what}: no Content-Security-Policy meta tag`);
	assert.ok(meta.beforeScripts, `${what}: the CSP meta tag comes after a script or style`);
	for (const bad of ["'unsafe-inline'", "'unsafe-eval'", 'unsafe-hashes', '*;'])
		assert.ok(!meta.content.includes(bad), `${what}: the policy allows ${bad}: ${meta.content}`);
	for (const need of ['script-src', "object-src 'none'", "base-uri 'none'", 'default-src'])
		assert.ok(meta.content.includes(need), `${what}: the policy lacks ${need}: ${meta.content}`);
	return meta.content;
}

/**
 * Load, open a panel, switch language and back, present, open the Download menu and export SVG,
 * the table and About, then load a dataset through ?data=; then no violation may have been seen.
 * Last, a deliberate violation proves the recorder works.
 */
async function exerciseUnderCsp(t, page, url, dataUrl, what) {
	const consoleCsp = await cspRecorder(page);
	await page.goto(url, { waitUntil: 'load' });
	await views(page).waitFor();
	const policy = await checkMeta(page, what);
	const marker = (await paintedMarkers(page))[0];
	assert.ok(marker, `${what}: no painted marker`);
	await page.locator(`svg a[data-id="${marker.id}"]`).click();
	await panel(page).waitFor();
	const langs = (l) => page.getByRole('group', { name: msg(l, 'lang.label'), exact: true });
	await langs('en').getByRole('button', { name: 'Русский', exact: true }).click();
	await views(page, 'ru').waitFor();
	await langs('ru').getByRole('button', { name: 'English', exact: true }).click();
	await views(page, 'en').waitFor();
	await page.getByRole('button', { name: msg('en', 'present.button'), exact: true }).click();
	const dialog = page.getByRole('dialog', { name: msg('en', 'present.title'), exact: true });
	await dialog.waitFor();
	await page.keyboard.press('PageDown');
	await page.keyboard.press('PageDown');
	for (let i = 0; i < 3 && (await dialog.isVisible()); i++) {
		await page.keyboard.press('Escape');
		await dialog.waitFor({ state: 'hidden', timeout: 1000 }).catch(() => {});
	}
	assert.equal(await dialog.isVisible(), false, `${what}: Esc did not leave the presentation`);
	await page.getByRole('button', { name: msg('en', 'export.button'), exact: true }).click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: msg('en', 'export.svg'), exact: true }).click()
	]);
	assert.match(download.suggestedFilename(), /\.svg$/, `${what}: the SVG download`);
	await views(page)
		.getByRole('button', { name: msg('en', 'nav.table'), exact: true })
		.click();
	await page.locator('table tbody tr').first().waitFor();
	await views(page)
		.getByRole('button', { name: msg('en', 'nav.about'), exact: true })
		.click();
	await page.getByRole('heading', { name: msg('en', 'about.title'), exact: true }).waitFor();
	await page.goto(`${url}?data=${encodeURIComponent(dataUrl)}`, { waitUntil: 'load' });
	await poll(async () => assert.equal(await h1Text(page), minimal.title.en), {
		timeout: 8000,
		message: `${what}: ?data= did not load`
	});
	const seen = await page.evaluate(() => window.__csp);
	assert.deepEqual(seen, [], `${what}: Content-Security-Policy violations`);
	assert.deepEqual(consoleCsp, [], `${what}: console messages about the Content-Security-Policy`);

	// Control: an image from another origin is refused, and the recorder sees it.
	t.expectConsole(/csp-control/);
	await page.evaluate(() => {
		const img = new Image();
		img.alt = '';
		img.src = 'http://127.0.0.1:9/csp-control.png';
		document.body.append(img);
	});
	await poll(
		async () =>
			assert.ok(
				(await page.evaluate(() => window.__csp)).some((v) => v.includes('csp-control')),
				'the recorder missed a deliberate img-src violation'
			),
		{ timeout: 3000 }
	);
	t.note(`${what}: 0 violations; policy: ${policy}`);
}

test('J15 the normal build over http runs with zero CSP violations (load, panel, language, present, download, table, about, ?data=)', async (t) => {
	const page = await t.newPage();
	await exerciseUnderCsp(
		t,
		page,
		`${env.origin}/`,
		`${env.origin}${routes.fixture('minimal.json')}`,
		'dist/ over http'
	);
});

test('J15 the single file from file:// runs with zero CSP violations (load, panel, language, present, download, table, about, ?data=)', async (t) => {
	const page = await t.newPage();
	// The https dataset is answered by the test itself.
	await allowFiles(page);
	await page.route('https://data.invalid/**', (route) =>
		route.fulfill({
			status: 200,
			contentType: 'application/json',
			headers: { 'access-control-allow-origin': '*' },
			body: JSON.stringify(minimal)
		})
	);
	await exerciseUnderCsp(
		t,
		page,
		SINGLE_FILE,
		'https://data.invalid/minimal.json',
		'dist-single from file://'
	);
});

test('J15 no view requests another origin: timeline, panel, table, about, present, embed', async (t) => {
	const page = await t.newPage();
	const requests = [];
	page.on('request', (r) => requests.push(r.url()));
	await gotoApp(page);
	const marker = (await paintedMarkers(page))[0];
	await page.locator(`svg a[data-id="${marker.id}"]`).click();
	await panel(page).waitFor();
	// Each view shown: the table's rows, About's heading, the timeline.
	for (const [v, shown] of [
		['nav.table', page.locator('table tbody tr').first()],
		['nav.about', page.getByRole('heading', { name: msg('en', 'about.title'), exact: true })],
		['nav.timeline', timeline(page)]
	]) {
		await views(page)
			.getByRole('button', { name: msg('en', v), exact: true })
			.click();
		await shown.waitFor();
	}
	await page.getByRole('button', { name: msg('en', 'present.button'), exact: true }).click();
	const dialog = page.getByRole('dialog', { name: msg('en', 'present.title'), exact: true });
	await dialog.waitFor();
	await page.keyboard.press('PageDown');
	await dialog
		.getByText(msg('en', 'present.progress', { n: 1, total: dataset.story.length + 1 }), {
			exact: true
		})
		.waitFor();
	await page.keyboard.press('Escape');
	await gotoApp(page, { query: 'mode=embed' });
	// The embed is drawn, legend included.
	await page.getByRole('region', { name: msg('en', 'legend.title'), exact: true }).waitFor();
	const foreign = requests.filter((u) => {
		const { protocol, origin } = new URL(u);
		return !['data:', 'blob:'].includes(protocol) && origin !== env.origin;
	});
	assert.deepEqual(foreign, [], 'requests to another origin');
	const files = [...new Set(requests.map((u) => new URL(u).pathname.split('/').pop() || '/'))];
	t.note(`${requests.length} requests, all to ${env.origin}: ${files.length} distinct files`);
});

// ---------------------------------------------------------------------------------------------
// Big data

/**
 * Serves bigDataset(size), opens it with `?data=` and waits until its marks are on the canvas.
 * @returns the dataset's JSON text
 */
async function openBigDataset(page, size) {
	const json = JSON.stringify(bigDataset(size));
	const url = env.origin + serveGenerated(`big-${size.treaties}x${size.events}.json`, json);
	await gotoApp(page, { query: `data=${encodeURIComponent(url)}` });
	const title = `Big dataset: ${size.treaties} treaties, ${size.events} events`;
	await page
		.getByRole('heading', { level: 1, name: title, exact: true })
		.waitFor({ timeout: 30_000 });
	await poll(
		() =>
			page.evaluate(() => Number(document.querySelector('canvas[data-marks]')?.dataset.marks) > 0),
		{ timeout: 30_000, message: 'marks drawn on the canvas' }
	);
	return json;
}

test('J15w a dataset over 1 MB is checked in a worker (the page stays responsive), and drawn', async (t) => {
	const page = await t.newPage();
	const workers = [];
	page.on('worker', (w) => workers.push(w.url()));
	const json = await openBigDataset(page, { treaties: 20, events: 8000 });
	assert.ok(json.length > 1_000_000, `the fixture is only ${json.length} characters`);
	assert.equal(
		workers.length,
		1,
		`not one validation worker (workers: ${workers.join(', ') || 'none'})`
	);
	t.note(`${(json.length / 1e6).toFixed(1)} MB checked in ${workers.length} worker(s) and drawn`);
});

test('J15w a big ?data= dataset is shown only once the worker has checked it: one it refuses never shows, one with warnings shows with them', async (t) => {
	const page = await t.newPage();
	// Every moment a lane of the loaded dataset is visible (the shipped one has no treaty t001).
	await page.addInitScript(() => {
		window.__shown = 0;
		new MutationObserver(() => {
			const lane = document.querySelector('svg a[href="#treaty=t001"]');
			if (lane?.checkVisibility({ visibilityProperty: true })) window.__shown++;
		}).observe(document, { subtree: true, childList: true, attributes: true });
	});
	const shipped = localText(dataset.title, 'en');

	// A repeated event id: the schema cannot see it, the rules can.
	const refused = bigDataset({ treaties: 20, events: 8000 });
	refused.treaties[0].events[1].id = refused.treaties[0].events[0].id;
	const json = JSON.stringify(refused);
	const first = refused.treaties[0].events[0].id;
	await gotoApp(page, {
		query: `data=${encodeURIComponent(env.origin + serveGenerated('big-refused.json', json))}`
	});
	await page.getByText(msg('en', 'load.failed'), { exact: false }).first().waitFor();
	await page.getByText(`${first}`, { exact: false }).first().waitFor();
	assert.equal(await h1Text(page), shipped, 'the shipped dataset is not what is shown');
	assert.equal(
		await page.evaluate(() => window.__shown),
		0,
		'a lane of the refused dataset showed'
	);

	// Warnings only (a treaty name without its Kazakh text): drawn, and the warning listed.
	const warned = bigDataset({ treaties: 20, events: 8000 });
	delete warned.treaties[0].name.kk;
	const url = env.origin + serveGenerated('big-warned.json', JSON.stringify(warned));
	await gotoApp(page, { query: `data=${encodeURIComponent(url)}` });
	// An amber note named after the address, its warnings drawn once the reader opens them.
	await page
		.getByRole('heading', { level: 2, name: msg('en', 'issues.notesUrl', { url }), exact: true })
		.waitFor({ timeout: 15_000 });
	assert.equal(await page.getByText('treaties[0].name', { exact: false }).count(), 0);
	await page.getByText(msg('en', 'issues.warnings', { count: 1 }), { exact: true }).click();
	await page.getByText('treaties[0].name', { exact: false }).first().waitFor();
	assert.equal(await h1Text(page), localText(warned.title, 'en'));
	assert.ok(
		await page.evaluate(() => window.__shown > 0),
		'the dataset with warnings is not drawn'
	);
	t.note(`${(json.length / 1e6).toFixed(1)} MB: refused without a frame of it; warnings listed`);
});

test('J15 100 to 300 events in the window: marks on the canvas with clusters and date labels; ArrowRight focuses clustered events too', async (t) => {
	const page = await t.newPage();
	await openBigDataset(page, { treaties: 6, events: 240 });
	const s = await page.evaluate(() => ({
		drawn: Number(document.querySelector('canvas[data-marks]')?.getAttribute('data-marks')),
		links: document.querySelectorAll('svg a[data-id]').length,
		clusters: document.querySelectorAll('svg g[role="button"]').length,
		labels: document.querySelectorAll('svg text.label').length
	}));
	t.note(
		`${s.drawn} marks on the canvas, ${s.clusters} cluster bubbles, ${s.labels} date labels, ${s.links} marker links`
	);
	assert.ok(s.links <= 2, `${s.links} marker links beside the canvas (focused, selected)`);
	assert.ok(s.clusters > 0, 'no cluster bubble: crowded marks are not merged on the canvas');
	assert.ok(s.labels > 20, `only ${s.labels} date labels beside the canvas marks`);
	assert.ok(s.drawn + s.clusters <= 240, `${s.drawn} marks drawn: cluster members drawn too`);
	// Marks in their kinds' colours (the theme's, resolved by the page): the sprites copied to the
	// canvas are the right ones. Most events here are revisions; the other kinds are few, and
	// mostly in clusters.
	const kindsOnCanvas = () =>
		page.evaluate(() => {
			const canvas = document.querySelector('canvas[data-marks]');
			const img = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
			const seen = new Set();
			for (let i = 0; i < img.length; i += 4)
				if (img[i + 3] === 255) seen.add(`rgb(${img[i]}, ${img[i + 1]}, ${img[i + 2]})`);
			const probe = document.body.appendChild(document.createElement('span'));
			const kinds = ['adoption', 'entry-into-force', 'revision', 'party-signature'];
			const out = kinds.map((k) => {
				probe.style.color = `var(--k-${k})`;
				const colour = getComputedStyle(probe).color;
				return { kind: k, colour, drawn: seen.has(colour) };
			});
			probe.remove();
			return out;
		});
	const light = await kindsOnCanvas();
	const drawn = (kinds) => kinds.filter((k) => k.drawn).map((k) => k.kind);
	assert.ok(
		drawn(light).includes('revision'),
		`kinds whose colour is on the canvas: ${drawn(light).join(', ') || 'none'}`
	);
	// The reader's system turns dark: the sprites are made again in the dark theme's colours.
	await page.emulateMedia({ colorScheme: 'dark' });
	const dark = await poll(
		async () => {
			const k = await kindsOnCanvas();
			assert.ok(drawn(k).includes('revision'), `dark: ${drawn(k).join(', ') || 'no kind'} drawn`);
			return k;
		},
		{ timeout: 3000, message: 'the canvas in the dark theme' }
	);
	const revision = (kinds) => kinds.find((k) => k.kind === 'revision')?.colour;
	assert.notEqual(revision(dark), revision(light), 'the dark theme has its own revision colour');
	await page.emulateMedia({ colorScheme: 'light' });

	// Keyboard: Tab to the timeline's one stop, then ArrowRight in time order; each step focuses a
	// painted marker link (the overlay over the canvas), members of clusters included.
	for (let tabs = 0; ; tabs++) {
		assert.ok(tabs < 40, '40 Tabs never reached a timeline marker');
		await page.keyboard.press('Tab');
		if (await page.evaluate(() => !!document.activeElement?.closest('svg a[data-id]'))) break;
	}
	let members = 0;
	let last = '';
	for (let i = 0; i < 80 && members < 2; i++) {
		await page.keyboard.press('ArrowRight');
		const f = await poll(
			async () => {
				const c = await page.evaluate(() => {
					const a = document.activeElement?.closest('svg a[data-id]');
					return a
						? {
								id: a.getAttribute('data-id'),
								member: a.classList.contains('member'),
								opacity: Number(getComputedStyle(a).opacity)
							}
						: null;
				});
				assert.ok(c, `ArrowRight ${i + 1} left no marker focused`);
				assert.notEqual(c.id, last, `ArrowRight ${i + 1} did not move`);
				return c;
			},
			{ timeout: 5_000 }
		);
		assert.equal(f.opacity, 1, `the focused marker ${f.id} is not painted`);
		if (f.member) members++;
		last = f.id;
	}
	assert.ok(members >= 2, `ArrowRight never focused an event inside a cluster (${members})`);
});

test('J15 200 treaties and 5 000 events stay usable: culled markers, thinned labels, scrolling lanes, a paginated table', async (t) => {
	const page = await t.newPage();
	const json = JSON.stringify(bigDataset({ treaties: 200, events: 5000 }));
	const url = env.origin + serveGenerated('big-200x5000.json', json);
	const t0 = Date.now();
	await gotoApp(page, { query: `data=${encodeURIComponent(url)}` });
	await page
		.getByRole('heading', { level: 1, name: /^Big dataset: 200 treaties, 5000 events$/ })
		.waitFor({ timeout: 30_000 });
	// Thousands of events: the marks are drawn on one canvas (it reports how many it drew).
	await page.locator('canvas[data-marks]').waitFor({ timeout: 30_000 });
	const loadMs = Date.now() - t0;
	const stats = () =>
		page.evaluate(() => {
			const frame = document.querySelector('.frame');
			return {
				nodes: document.getElementsByTagName('*').length,
				markers: document.querySelectorAll('svg a[data-id]').length,
				drawn: Number(document.querySelector('canvas[data-marks]')?.getAttribute('data-marks')),
				labels: document.querySelectorAll('svg text.label').length,
				scrolls: !!frame && frame.scrollHeight > frame.clientHeight + 10,
				frameHeight: frame?.clientHeight ?? 0,
				lanesHeight: frame?.scrollHeight ?? 0
			};
		});
	const before = await stats();
	t.note(
		`${(json.length / 1e6).toFixed(1)} MB loaded and drawn in ${loadMs} ms: ${before.nodes} DOM nodes, ${before.drawn} marks on the canvas, ${before.markers} marker links, ${before.labels} labels; lanes ${before.lanesHeight}px tall in a ${before.frameHeight}px frame`
	);
	assert.ok(before.labels < 5000 / 2, `labels are not thinned (${before.labels} for 5000 events)`);
	// It draws the rows in view only (about ten lanes of 200 here).
	assert.ok(before.drawn > 100, `the canvas drew ${before.drawn} marks`);
	assert.ok(
		before.markers <= 2,
		`${before.markers} marker links beside the canvas (focused, selected)`
	);
	assert.ok(before.scrolls, 'the 200 lanes do not scroll inside the timeline');
	assert.ok(before.nodes < 150_000, `${before.nodes} DOM nodes`);

	// Scroll the lanes: the frame scrolls, not the page.
	await page.locator('.frame').evaluate((f) => (f.scrollTop = f.scrollHeight));
	assert.ok(
		(await page.locator('.frame').evaluate((f) => f.scrollTop)) > 0,
		'the lanes did not scroll'
	);
	await page.locator('.frame').evaluate((f) => (f.scrollTop = 0));

	const z0 = Date.now();
	const win0 = await page
		.getByText(/^Visible window: /)
		.first()
		.textContent();
	await page.getByRole('button', { name: msg('en', 'zoom.in'), exact: true }).click();
	await poll(
		async () =>
			assert.notEqual(
				await page
					.getByText(/^Visible window: /)
					.first()
					.textContent(),
				win0
			),
		{ timeout: 15_000, message: 'Zoom in did not change the window' }
	);
	const zoomMs = Date.now() - z0;
	// Culled: no marker link lies left or right of the plot (outside the visible window); and how
	// many sit in lanes scrolled out of the frame (above or below it), for the report.
	const place = await page.evaluate(() => {
		const plot = document.querySelector('.frame svg rect.hit')?.getBoundingClientRect();
		const frame = document.querySelector('.frame').getBoundingClientRect();
		let outside = 0;
		let belowOrAbove = 0;
		for (const a of document.querySelectorAll('svg a[data-id]')) {
			const r = a.getBoundingClientRect();
			if (r.width === 0) continue;
			if (plot && (r.right < plot.left - 12 || r.left > plot.right + 12)) outside++;
			if (r.bottom < frame.top || r.top > frame.bottom) belowOrAbove++;
		}
		return { outside, belowOrAbove };
	});
	const zoomed = await stats();
	t.note(
		`Zoom in: ${zoomMs} ms; ${zoomed.drawn} marks on the canvas, ${zoomed.markers} marker links (${place.belowOrAbove} in lanes scrolled out of the frame), ${zoomed.labels} labels, ${zoomed.nodes} DOM nodes`
	);
	assert.equal(place.outside, 0, 'marker links outside the visible window are still in the DOM');

	// Click a mark the canvas painted inside the frame's visible box: the timeline hit-tests it.
	const hit = await page.evaluate(() => {
		const canvas = document.querySelector('canvas[data-marks]');
		const box = canvas.getBoundingClientRect();
		const frame = document.querySelector('.frame').getBoundingClientRect();
		const scale = canvas.width / box.width;
		const img = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
		const bottom = Math.min(box.bottom, frame.bottom, innerHeight) - box.top - 4;
		for (let y = Math.floor(bottom * scale) - 1; y > 4; y--)
			for (let x = Math.floor(canvas.width / 2); x < canvas.width - 4; x++)
				if (img[(y * canvas.width + x) * 4 + 3] > 200)
					return { x: box.left + x / scale + 1, y: box.top + y / scale - 1 };
		return null;
	});
	assert.ok(hit, 'no mark painted inside the timeline after zooming in');
	await page.mouse.click(hit.x, hit.y);
	await panel(page).getByRole('heading', { level: 2 }).waitFor({ timeout: 15_000 });

	const t1 = Date.now();
	await views(page)
		.getByRole('button', { name: msg('en', 'nav.table'), exact: true })
		.click();
	const table = page.getByRole('table', {
		name: msg('en', 'table.caption', { title: 'Big dataset: 200 treaties, 5000 events' }),
		exact: true
	});
	const rows = table.locator('tbody tr');
	await rows.first().waitFor({ timeout: 30_000 });
	const shown = await rows.count();
	const tableMs = Date.now() - t1;
	assert.ok(shown <= 1000, `the table renders ${shown} rows at once: it does not paginate`);
	// "Showing 500 of 5000 events." (in a paragraph with the buttons).
	await page.getByText(msg('en', 'table.shown', { shown, total: 5000 })).waitFor();
	await page
		.getByRole('button', { name: msg('en', 'table.more', { count: shown }), exact: true })
		.click();
	await poll(async () => assert.equal(await rows.count(), 2 * shown), { timeout: 10_000 });
	t.note(
		`table: paginates, ${shown} of 5000 rows in ${tableMs} ms, ${2 * shown} after "Show more"; ${await page.evaluate(() => document.getElementsByTagName('*').length)} DOM nodes`
	);
});

// ---------------------------------------------------------------------------------------------
// Failure modes

/** The reader's view after a failed load: the message, the intro, the same title, a working app. */
async function assertFailed(page, lang, message, title) {
	await page.getByText(message, { exact: true }).waitFor({ timeout: 15_000 });
	await page.getByText(msg(lang, 'load.failed'), { exact: false }).first().waitFor();
	assert.equal(await h1Text(page), title, 'the title heading changed');
	await page.getByRole('button', { name: msg(lang, 'load.dismiss'), exact: true }).click();
	await page.getByText(message, { exact: true }).waitFor({ state: 'detached' });
	await views(page, lang)
		.getByRole('button', { name: msg(lang, 'nav.table'), exact: true })
		.click();
	await page.locator('table tbody tr').first().waitFor();
	await views(page, lang)
		.getByRole('button', { name: msg(lang, 'nav.timeline'), exact: true })
		.click();
	assert.equal(await h1Text(page), title, 'the title heading changed');
}

for (const lang of ['en', 'ru']) {
	test(`J15 ?data= that 404s, returns HTML, is not UTF-8 or is over 10 MB says so in ${lang} and keeps the dataset shown`, async (t) => {
		t.expectConsole(/status of 404/);
		t.expectConsole(/HTTP 404 for .*__e2e\/status\/404/);
		const page = await t.newPage();
		const tooBig = msg(lang, 'issue.load.tooBig', { max: '10 MB' });
		const cases = [
			[routes.status(404), msg(lang, 'issue.load.http', { status: 404 })],
			[routes.html, msg(lang, 'issue.load.notJson')],
			[routes.htmlAsJson, msg(lang, 'issue.load.notJson')],
			// The same Latin-1 bytes a chosen file is refused for: fetch would decode é as U+FFFD.
			[routes.latin1, msg(lang, 'issue.load.notUtf8')],
			[routes.huge, tooBig],
			[routes.hugeChunked, tooBig],
			// Never ends: refused on its bytes (well before the 15 s timeout), not on its end.
			[routes.hugeOpen, tooBig, 10_000]
		];
		const took = [];
		for (const [path, message, within] of cases) {
			const t0 = Date.now();
			await gotoApp(page, {
				query: `data=${encodeURIComponent(env.origin + path)}`,
				hash: `lang=${lang}`,
				lang
			});
			await page.getByText(message, { exact: true }).waitFor({ timeout: within ?? 15_000 });
			took.push(`${path.replace('/__e2e/', '')} → "${message}" (${Date.now() - t0} ms)`);
			await assertFailed(page, lang, message, TITLE(lang));
		}
		t.note(`${lang}: ${took.join('; ')}`);
	});
}

test('J15 a file that is not UTF-8, or over 10 MB, is refused in en and ru, and the dataset loaded before stays', async (t) => {
	const latin1 = await latin1Dataset();
	for (const lang of ['en', 'ru']) {
		const page = await t.newPage();
		await gotoApp(page, { hash: `lang=${lang}`, lang });
		// A first dataset from a file, so "the dataset shown before" is not the shipped one.
		await chooseFile(page, {
			name: 'minimal.json',
			buffer: Buffer.from(JSON.stringify(minimal)),
			lang
		});
		await poll(async () => assert.equal(await h1Text(page), minimal.title[lang]));
		await chooseFile(page, { name: 'latin1.json', buffer: latin1, lang });
		await assertFailed(page, lang, msg(lang, 'issue.load.notUtf8'), minimal.title[lang]);
		if (lang === 'en') {
			// From a file on disk: 10 MB as a buffer would go through the protocol, slowly.
			const dir = await mkdtemp(join(tmpdir(), 'tt-e2e-'));
			const file = join(dir, 'big.json');
			await writeFile(file, Buffer.alloc(10 * 1024 * 1024 + 1, 0x20));
			const [chooser] = await Promise.all([
				page.waitForEvent('filechooser'),
				page.getByRole('button', { name: msg(lang, 'load.button'), exact: true }).click()
			]);
			await chooser.setFiles(file);
			await assertFailed(
				page,
				lang,
				msg(lang, 'issue.load.tooBig', { max: '10 MB' }),
				minimal.title[lang]
			);
			// Only now: the browser reads a chosen file when the app asks for it.
			await rm(dir, { recursive: true, force: true });
		}
	}
});

test(
	'J15 ?data= that never answers shows "Loading…" (and no other dataset), then the timeout in ru with a retry button and the shipped dataset (slow: 15 s)',
	async (t) => {
		const page = await t.newPage();
		const lang = 'ru';
		await gotoApp(page, {
			query: `data=${encodeURIComponent(env.origin + routes.hang)}`,
			hash: `lang=${lang}`,
			lang,
			ready: false
		});
		await page
			.getByRole('status')
			.filter({ hasText: msg(lang, 'load.loading') })
			.waitFor();
		// The page asked for another dataset: no other one is shown while it loads.
		assert.equal(
			await page.getByRole('heading', { level: 1 }).count(),
			0,
			'a dataset is shown while the requested one loads'
		);
		const t0 = Date.now();
		await page
			.getByRole('button', { name: msg(lang, 'load.retry'), exact: true })
			.waitFor({ timeout: 25_000 });
		await assertFailed(page, lang, msg(lang, 'issue.load.timeout', { seconds: 15 }), TITLE(lang));
		t.note(
			`the timeout message and "${msg(lang, 'load.retry')}" came ${Date.now() - t0} ms after "Loading…" was seen`
		);
	},
	{ timeout: 60_000 }
);

// ---------------------------------------------------------------------------------------------
// Embeds

/** The example article with a recorder (top window) of the messages it receives, by sender. */
async function openArticle(t) {
	const page = await t.newPage();
	await page.addInitScript(() => {
		if (window.top === window) {
			window.__messages = [];
			window.addEventListener('message', (e) => {
				const frame = [...document.querySelectorAll('iframe')].find(
					(f) => f.contentWindow === e.source
				);
				window.__messages.push({ from: frame?.id ?? 'other', data: e.data });
			});
			return;
		}
		// In frames: count every message listener the app registers.
		window.__messageListeners = [];
		const add = EventTarget.prototype.addEventListener;
		EventTarget.prototype.addEventListener = function (type, ...rest) {
			if (type === 'message' || type === 'messageerror')
				window.__messageListeners.push(String(this?.constructor?.name));
			return add.call(this, type, ...rest);
		};
		Object.defineProperty(window, 'onmessage', {
			configurable: true,
			get: () => null,
			set: () => {
				window.__messageListeners.push('onmessage');
			}
		});
	});
	await page.goto(`${env.origin}/embed-example.html`, { waitUntil: 'load' });
	// The embed is drawn (a default embed has no view switch: its main landmark).
	await page.frameLocator('#frame-main').getByRole('main').waitFor();
	return page;
}

/** The app's window in #frame-main. */
async function mainFrame(page) {
	const frame = await (await page.locator('#frame-main').elementHandle())?.contentFrame();
	assert.ok(frame, 'no #frame-main');
	return frame;
}

test('J15 the app has no message listener: arbitrary messages posted into an embed change nothing', async (t) => {
	const page = await openArticle(t);
	const frame = await mainFrame(page);
	// The app is drawn, legend included.
	await page
		.frameLocator('#frame-main')
		.getByRole('region', { name: msg('en', 'legend.title'), exact: true })
		.waitFor();
	assert.deepEqual(
		await frame.evaluate(() => window.__messageListeners),
		[],
		'the app registers message listeners'
	);
	const snapshot = () =>
		frame.evaluate(() => ({
			url: location.href,
			lang: document.documentElement.lang,
			text: document.body.innerText,
			panel: !!document.querySelector('aside'),
			xss: window.__xss
		}));
	const before = await snapshot();
	// The test's own listener (after the check above), for a last message posted after the shapes.
	await frame.evaluate(() => {
		window.__lastMessage = new Promise((r) =>
			addEventListener('message', (e) => e.data === 'last' && r(null))
		);
	});
	await page.evaluate(() => {
		const win = document.getElementById('frame-main').contentWindow;
		const shapes = [
			{ source: 'treaty-timeline', type: 'height', height: 5 },
			{ source: 'treaty-timeline', type: 'select', event: 'rome-adoption' },
			{ type: 'navigate', url: 'javascript:window.__xss=1' },
			{ event: 'rome-adoption' },
			{ hash: '#view=table&lang=ru' },
			{ lang: 'ru', theme: 'dark', view: 'table' },
			'#event=rome-adoption',
			'event=rome-adoption&view=about',
			JSON.stringify({ source: 'treaty-timeline', type: 'select', event: 'rome-adoption' }),
			'<img src=x onerror=window.__xss=1>',
			null,
			42,
			[1, 2, 3],
			new ArrayBuffer(8),
			{ __proto__: { polluted: 1 }, constructor: { prototype: { polluted: 1 } } }
		];
		for (const m of shapes) win.postMessage(m, '*');
	});
	// Messages to one window arrive in order: once the last one has, so have the shapes.
	await page.evaluate(() =>
		document.getElementById('frame-main').contentWindow.postMessage('last', '*')
	);
	await frame.evaluate(() => window.__lastMessage);
	await nextFrames(frame);
	assert.deepEqual(await snapshot(), before, 'a posted message changed the embedded app');
	assert.equal(
		await frame.evaluate(() => ({}).polluted),
		undefined,
		'a message polluted a prototype'
	);
	t.note('15 message shapes posted into #frame-main: URL, language, text and panel unchanged');
});

test('J15 embed.js ignores malformed height messages from the frame itself (string, negative, huge, NaN, missing source…)', async (t) => {
	const page = await openArticle(t);
	const frame = await mainFrame(page);
	// The documented shape: a height in px, a finite number above 0 (and below embed.js's 100 000).
	const valid = (d) =>
		d &&
		typeof d === 'object' &&
		d.source === 'treaty-timeline' &&
		d.type === 'height' &&
		Number.isFinite(d.height) &&
		d.height > 0 &&
		d.height <= 100_000;
	// The height embed.js should have set: the app's own last message.
	const expected = async () => {
		const posted = (await page.evaluate(() => window.__messages))
			.filter((m) => m.from === 'frame-main' && valid(m.data))
			.map((m) => m.data.height);
		assert.ok(posted.length, 'frame-main posted no height');
		return `${Math.ceil(posted[posted.length - 1])}px`;
	};
	const height = () => page.evaluate(() => document.getElementById('frame-main').style.height);
	await poll(async () => assert.equal(await height(), await expected()), {
		timeout: 6000,
		message: 'frame-main never took its own height'
	});
	const malformed = [
		{ source: 'treaty-timeline', type: 'height', height: '500' },
		{ source: 'treaty-timeline', type: 'height', height: '500px' },
		{ source: 'treaty-timeline', type: 'height', height: -50 },
		{ source: 'treaty-timeline', type: 'height', height: 0 },
		{ source: 'treaty-timeline', type: 'height', height: 1e9 },
		{ source: 'treaty-timeline', type: 'height', height: 100_001 },
		{ source: 'treaty-timeline', type: 'height', height: Number.NaN },
		{ source: 'treaty-timeline', type: 'height', height: Number.POSITIVE_INFINITY },
		{ source: 'treaty-timeline', type: 'height', height: null },
		{ source: 'treaty-timeline', type: 'height', height: [500] },
		{ source: 'treaty-timeline', type: 'height', height: { value: 500 } },
		{ source: 'treaty-timeline', type: 'height' },
		{ type: 'height', height: 500 },
		{ source: 'treaty-timeline ', type: 'height', height: 500 },
		{ source: 'treaty-timeline', type: 'Height', height: 500 },
		{ source: 'treaty-timeline', height: 500 },
		'{"source":"treaty-timeline","type":"height","height":500}',
		[{ source: 'treaty-timeline', type: 'height', height: 500 }],
		null,
		500
	];
	// Posted by the frame itself, so origin and event.source are right: only the shape is wrong.
	await frame.evaluate((list) => {
		for (const m of list) parent.postMessage(m, '*');
		parent.postMessage({ sentinel: 'done' }, '*');
	}, malformed);
	await poll(
		async () =>
			assert.ok(
				(await page.evaluate(() => window.__messages)).some((m) => m.data?.sentinel === 'done'),
				'the sentinel did not arrive'
			),
		{ timeout: 4000 }
	);
	assert.equal(await height(), await expected(), 'a malformed height message resized the frame');
	// Control: the documented shape from the same frame does resize it.
	await frame.evaluate(() =>
		parent.postMessage({ source: 'treaty-timeline', type: 'height', height: 432.2 }, '*')
	);
	await poll(async () => assert.equal(await height(), '433px'), {
		timeout: 3000,
		message: 'control: a well-formed height message did not resize the frame'
	});
	t.note(`${malformed.length} malformed shapes ignored; the documented one resized the frame`);
});
