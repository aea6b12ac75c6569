/**
 * Helpers that know the app: where it is, how to read its visible window and hash, the expected
 * event order from data/kazakhstan.json, the focused element's accessible name (through the
 * browser's own accessibility tree), and the layout checks shared by several journeys.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { strict as assert } from 'node:assert';
import { env, poll } from './harness.mjs';

const require = createRequire(import.meta.url);
export const AXE_PATH = require.resolve('axe-core/axe.min.js');

/** The single file (`npm run build:single`), as the file: address a reader opens. */
export const SINGLE_FILE = new URL('../../../dist-single/index.html', import.meta.url).href;

/**
 * Lets file: addresses through for the page's context (the harness guards everything else;
 * registered later, this route runs first) and records every request the page makes.
 * @returns {{ requests: string[], network: () => string[] }} all requests, and those that are
 *   neither file: nor data: (requests beyond the file)
 */
export async function allowFiles(page) {
	await page
		.context()
		.route('**/*', (route) =>
			route.request().url().startsWith('file:') ? route.continue() : route.fallback()
		);
	const requests = [];
	page.on('request', (r) => requests.push(r.url()));
	const network = () => requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'));
	return { requests, network };
}

/** The shipped dataset, read by the tests themselves (not through the app). */
export const dataset = JSON.parse(
	readFileSync(new URL('../../../data/kazakhstan.json', import.meta.url), 'utf8')
);

/** The languages, in the switcher's order, with the names its buttons carry. */
export const LANGS = ['en', 'ru', 'kk'];
export const LANG_NAMES = { en: 'English', ru: 'Русский', kk: 'Қазақша' };

/** The app's message catalogues, read by the tests themselves (expected strings come from here). */
export const catalogues = Object.fromEntries(
	LANGS.map((l) => [
		l,
		// The interface catalogue, the dataset-issue messages and the lazy views' words (one language).
		Object.assign(
			...['messages', 'issues', 'about', 'compare', 'embed', 'present'].map((dir) =>
				JSON.parse(
					readFileSync(new URL(`../../../src/lib/i18n/${dir}/${l}.json`, import.meta.url), 'utf8')
				)
			)
		)
	])
);

/**
 * A catalogue message with its {placeholders} filled; throws on an unknown key.
 * @example msg('ru', 'zoom.window', {from: 1990, to: 2012}) // 'Видимый период: с 1990 по 2012'
 */
export function msg(lang, key, params = {}) {
	const s = catalogues[lang]?.[key];
	if (typeof s !== 'string') throw new Error(`no message "${key}" in the ${lang} catalogue`);
	return s.replace(/\{(\w+)\}/g, (m, k) => (k in params ? String(params[k]) : m));
}

/** A catalogue message as a RegExp whose {placeholders} match anything (anchored). */
export function msgPattern(lang, key) {
	const s = msg(lang, key);
	return new RegExp(`^${escapeRe(s).replace(/\\\{\w+\\\}/g, '(.+?)')}$`);
}

/** A dataset text ({en, ru, kk} or a plain string) in a language. */
export const localText = (text, lang) =>
	typeof text === 'string' ? text : (text[lang] ?? text.en);

/** The order the issue specifies for same-day events. */
export const KIND_ORDER = [
	'adoption',
	'entry-into-force',
	'revision',
	'party-signature',
	'party-instrument',
	'party-entry-into-force',
	'domestic-act',
	'context'
];

/** ISO calendar value → sortable [y, m, d, precision rank] (start of its period, coarser first). */
function dateKey(iso) {
	const [y, m, d] = iso.split('-').map(Number);
	return [y, m ?? 1, d ?? 1, d ? 2 : m ? 1 : 0];
}

/**
 * All events in the order the timeline must walk them: date, then kind (KIND_ORDER), then treaty
 * order, context events last.
 * @returns {{id: string, kind: string, date: string, lane: number}[]}
 */
export function expectedOrder() {
	const all = [];
	dataset.treaties.forEach((t, lane) =>
		t.events.forEach((e) => all.push({ id: e.id, kind: e.kind, date: e.date, lane }))
	);
	for (const e of dataset.context)
		all.push({ id: e.id, kind: e.kind, date: e.date, lane: dataset.treaties.length });
	const cmp = (a, b) => {
		const ka = dateKey(a.date);
		const kb = dateKey(b.date);
		for (let i = 0; i < 4; i++) if (ka[i] !== kb[i]) return ka[i] - kb[i];
		return KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.lane - b.lane;
	};
	return all.sort(cmp);
}

/** English full names of the treaties, in lane order. */
export const treatyNames = dataset.treaties.map((t) =>
	typeof t.name === 'string' ? t.name : t.name.en
);

/**
 * Opens the app and waits until it has rendered (the boot text is gone and the header is there).
 * @param {import('playwright-core').Page} page
 * @param {{hash?: string, query?: string, origin?: string, path?: string, lang?: string}} [opts]
 *   lang: the language the page will start in (its "Views" navigation is named in it)
 */
export async function gotoApp(
	page,
	{ hash = '', query = '', origin = env.origin, path = '/', lang = 'en', ready = true } = {}
) {
	const url = `${origin}${path}${query ? `?${query}` : ''}${hash ? `#${hash}` : ''}`;
	await page.goto(url, { waitUntil: 'load' });
	// ready: false for a page that shows no dataset yet (a `?data=` still loading). An embed shows
	// no view switch unless `controls=all`: there, the main landmark.
	if (ready && /(^|&)mode=embed\b/.test(query))
		await page.getByRole('main').waitFor({ state: 'visible' });
	else if (ready)
		await page
			.getByRole('navigation', { name: msg(lang, 'nav.views'), exact: true })
			.waitFor({ state: 'visible' });
	return url;
}

/** The timeline's SVG group (its accessible name starts "Timeline of"). */
export const timeline = (page) => page.getByRole('group', { name: /^Timeline of / });

/** The timeline's SVG group in a language: named exactly by the catalogue's a11y.timeline. */
export const timelineIn = (page, lang) =>
	page.getByRole('group', {
		name: msg(lang, 'a11y.timeline', {
			title: localText(dataset.title, lang),
			from: dataset.range.from,
			to: dataset.range.to
		}),
		exact: true
	});

/** The "Visible window: A to B" text in a language (zoom.window). */
export async function visibleWindowIn(page, lang) {
	const t = await page.getByText(msgPattern(lang, 'zoom.window')).first().textContent();
	return (t ?? '').trim();
}

/**
 * Waits until the page is in `lang`: <html lang>, and the switcher (a group named lang.label in
 * that language) has its button pressed.
 */
export async function waitForLang(page, lang, what = '') {
	await poll(
		async () => {
			const html = await page.evaluate(() => document.documentElement.lang);
			assert.equal(html, lang, `${what}<html lang>`);
			const group = page.getByRole('group', { name: msg(lang, 'lang.label'), exact: true });
			assert.equal(
				await group
					.getByRole('button', { name: LANG_NAMES[lang], exact: true })
					.getAttribute('aria-pressed', { timeout: 500 }),
				'true',
				`${what}the "${LANG_NAMES[lang]}" button is not pressed in the "${msg(lang, 'lang.label')}" group`
			);
		},
		{ timeout: 5000, message: `${what}the page did not switch to ${lang}` }
	);
}

/** The details panel: the complementary region. */
export const panel = (page) => page.getByRole('complementary');

/** A marker link by the start of its accessible name. */
export const markerLink = (page, nameStart) =>
	timeline(page).getByRole('link', { name: new RegExp(`^${escapeRe(nameStart)}`) });

export const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The "Visible window: A to B" text. */
export async function visibleWindow(page) {
	const t = await page
		.getByText(/^Visible window: /)
		.first()
		.textContent();
	return (t ?? '').trim();
}

/** The hash's parameters. */
export async function hashParams(page) {
	return new URLSearchParams(new URL(page.url()).hash.slice(1));
}

/** Waits until the visible window differs from `before`, and returns the new text. */
export async function windowChangedFrom(page, before, what) {
	return poll(
		async () => {
			const now = await visibleWindow(page);
			assert.notEqual(now, before, `${what}: the visible window stayed "${before}"`);
			return now;
		},
		{ timeout: 4000 }
	);
}

/**
 * Waits until the hash has from= and to= and they differ from the given pair.
 * @returns {Promise<{from: string, to: string}>}
 */
export async function hashWindowChanged(page, before, what) {
	return poll(
		async () => {
			const h = await hashParams(page);
			const from = h.get('from');
			const to = h.get('to');
			assert.ok(
				from && to,
				`${what}: the hash has no from=/to= (hash "${new URL(page.url()).hash}")`
			);
			assert.ok(
				!before || from !== before.from || to !== before.to,
				`${what}: the hash window stayed from=${from}&to=${to}`
			);
			return { from, to };
		},
		{ timeout: 4000 }
	);
}

const cdpSessions = new WeakMap();
async function cdp(page) {
	let s = cdpSessions.get(page);
	if (!s) {
		s = await page.context().newCDPSession(page);
		await s.send('Accessibility.enable');
		cdpSessions.set(page, s);
	}
	return s;
}

/**
 * What has keyboard focus, seen as assistive technology sees it: role and accessible name from
 * Chromium's accessibility tree, plus data-id, box and whether it is painted inside the viewport.
 */
export async function focused(page) {
	const s = await cdp(page);
	const { result } = await s.send('Runtime.evaluate', { expression: 'document.activeElement' });
	let role = '';
	let name = '';
	if (result.objectId) {
		const { nodes } = await s.send('Accessibility.getPartialAXTree', {
			objectId: result.objectId,
			fetchRelatives: false
		});
		const node = nodes.find((n) => !n.ignored) ?? nodes[0];
		role = node?.role?.value ?? '';
		name = (node?.name?.value ?? '').trim();
		await s.send('Runtime.releaseObject', { objectId: result.objectId });
	}
	const box = await page.evaluate(() => {
		const el = document.activeElement;
		if (!el || el === document.body) return null;
		const r = el.getBoundingClientRect();
		let opacity = 1;
		let hidden = false;
		for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
			const cs = getComputedStyle(n);
			opacity *= Number(cs.opacity);
			if (cs.visibility === 'hidden' || cs.display === 'none') hidden = true;
		}
		return {
			tag: el.tagName.toLowerCase(),
			// A composite mark stands for the event the keyboard is on.
			id: el.getAttribute('data-current') ?? el.getAttribute('data-id'),
			inPanel: !!el.closest('aside'),
			inTimeline: !!el.closest('svg'),
			x: r.x,
			y: r.y,
			width: r.width,
			height: r.height,
			opacity,
			hidden,
			inViewport:
				r.width > 0 &&
				r.height > 0 &&
				r.left >= -1 &&
				r.top >= -1 &&
				r.right <= innerWidth + 1 &&
				r.bottom <= innerHeight + 1
		};
	});
	return { role, name, ...(box ?? { tag: 'body', id: null, inViewport: false, opacity: 1 }) };
}

/** Asserts the focused element is painted inside the viewport and has a non-empty name. */
export function assertFocusUsable(f, where) {
	assert.ok(
		f.name,
		`${where}: the focused <${f.tag}> (role ${f.role || 'none'}) has no accessible name`
	);
	assert.ok(
		f.inViewport,
		`${where}: the focused ${f.role} "${f.name}" is not inside the viewport (box ${Math.round(f.x)},${Math.round(f.y)} ${Math.round(f.width)}x${Math.round(f.height)})`
	);
	assert.ok(
		f.opacity > 0.5 && !f.hidden,
		`${where}: the focused ${f.role} "${f.name}" is not visible (opacity ${f.opacity})`
	);
}

/**
 * Texts of the timeline's SVG text elements that are painted (for axis and time-zone checks).
 * @param {import('playwright-core').Page | import('playwright-core').Frame} page
 * @param {string} [lang] the page's language (its timeline is named in it); English unless told
 */
export async function svgTexts(page, lang) {
	const name = lang
		? msg(lang, 'a11y.timeline', {
				title: localText(dataset.title, lang),
				from: dataset.range.from,
				to: dataset.range.to
			})
		: null;
	return page.evaluate((name) => {
		const svg = [...document.querySelectorAll('svg')].find((s) =>
			name
				? s.getAttribute('aria-label') === name
				: s.getAttribute('aria-label')?.startsWith('Timeline of')
		);
		if (!svg) return [];
		const box = svg.getBoundingClientRect();
		return [...svg.querySelectorAll('text')]
			.filter((t) => {
				const r = t.getBoundingClientRect();
				const cs = getComputedStyle(t);
				return (
					r.width > 0 &&
					cs.visibility !== 'hidden' &&
					cs.display !== 'none' &&
					r.right > box.left &&
					r.left < box.right
				);
			})
			.map((t) => (t.textContent ?? '').trim())
			.filter(Boolean);
	}, name);
}

/**
 * Marker links of the timeline that are painted inside the viewport (not hidden in a cluster):
 * their data-id and accessible name, left to right.
 * @param {import('playwright-core').Page | import('playwright-core').Frame} target
 */
export async function paintedMarkers(target) {
	return target.evaluate(() =>
		[...document.querySelectorAll('svg a[data-id]')]
			.map((a) => {
				let opacity = 1;
				for (let n = a; n && n.nodeType === 1; n = n.parentElement)
					opacity *= Number(getComputedStyle(n).opacity);
				const r = a.getBoundingClientRect();
				return { a, r, opacity };
			})
			.filter(
				({ r, opacity }) =>
					opacity > 0.5 && r.width > 0 && r.left >= 0 && r.right <= innerWidth && r.top >= 0
			)
			.sort((p, q) => p.r.left - q.r.left)
			.map(({ a }) => ({ id: a.getAttribute('data-id'), name: a.getAttribute('aria-label') ?? '' }))
	);
}

/**
 * Runs axe-core in the page against WCAG 2.0/2.1 A and AA, and returns the violations in detail.
 * @param {import('playwright-core').Page} page
 */
export async function axeViolations(page) {
	const has = await page.evaluate(() => typeof window.axe !== 'undefined');
	// Evaluated rather than added as a <script>: the app's CSP forbids inline scripts, rightly.
	if (!has) await page.evaluate(readFileSync(AXE_PATH, 'utf8'));
	const result = await page.evaluate(async () => {
		const r = await window.axe.run(document, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
			resultTypes: ['violations']
		});
		return r.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			helpUrl: v.helpUrl,
			nodes: v.nodes.map((n) => ({
				target: n.target.join(' '),
				html: n.html.slice(0, 200),
				summary: n.failureSummary
			}))
		}));
	});
	return result;
}

/** Formats axe violations for a failure message. */
export function formatViolations(vs) {
	return vs
		.map(
			(v) =>
				`[${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} node${v.nodes.length === 1 ? '' : 's'})\n` +
				v.nodes
					.slice(0, 8)
					.map(
						(n) =>
							`      at ${n.target}\n        ${n.html.replace(/\s+/g, ' ')}\n        ${(n.summary ?? '').replace(/\n\s*/g, ' | ')}`
					)
					.join('\n') +
				(v.nodes.length > 8 ? `\n      … and ${v.nodes.length - 8} more` : '')
		)
		.join('\n    ');
}

/** Horizontal overflow of the page, in px (0 when none). */
export async function horizontalOverflow(page) {
	return page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth));
}

/**
 * Pairs of visible text boxes inside the timeline region that overlap by more than 1 px both ways.
 * SVG: one box per <text> (per <tspan> when it has them). HTML: Range rects of each text node.
 * Boxes are clipped to the viewport of their clip-path ancestor (labels panned out of the plot are
 * not painted). Tooltips (aria-hidden HTML overlays) and the open panel are left out.
 * @param {import('playwright-core').Page} page
 * @param {{region?: string | null}} [opts] the aria-label of the region or dialog to look in
 *   ('Timeline' unless told; it is translated in ru and kk), or null for the whole page
 */
export async function overlappingTexts(page, opts = {}) {
	return (await textLayout(page, opts)).overlaps;
}

/**
 * The visible texts of a region (see overlappingTexts) and what is wrong with their layout:
 * `overlaps` (pairs of boxes overlapping by more than 1 px both ways), `outside` (texts whose box
 * reaches past the left or right edge of the viewport) and `cut` (texts that a clip-path or an
 * overflow box cuts horizontally: part painted, part not).
 * @param {import('playwright-core').Page} page
 * @param {{region?: string | null, selector?: string | null, includePanel?: boolean}} [opts]
 *   selector: a tag or landmark selector for the root instead of a label (e.g. 'aside', the panel,
 *   which is named by its heading); includePanel: do not leave the panel's texts out
 */
export async function textLayout(
	page,
	{ region = 'Timeline', selector = null, includePanel = false } = {}
) {
	return page.evaluate(
		({ label, selector, includePanel }) => {
			const root = selector
				? document.querySelector(selector)
				: label === null
					? document.body
					: [...document.querySelectorAll('section,[role=region],[role=dialog]')].find(
							(s) => s.getAttribute('aria-label') === label
						);
			if (!root)
				return {
					overlaps: [{ a: `no region "${selector ?? label}"`, b: '' }],
					outside: [],
					cut: []
				};
			const visible = (el) => {
				// Content of a closed <details> keeps a layout box but is not shown.
				if (!el.checkVisibility()) return false;
				for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
					const cs = getComputedStyle(n);
					if (cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0)
						return false;
				}
				return true;
			};
			const clipOf = (el) => {
				let r = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
				for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
					const ref = n.getAttribute?.('clip-path')?.match(/url\(#(.+)\)/);
					if (ref) {
						const shape = document.getElementById(ref[1])?.firstElementChild;
						const ctm = n.getScreenCTM?.();
						if (shape && ctm && shape.getBBox) {
							const b = shape.getBBox();
							const p1 = new DOMPoint(b.x, b.y).matrixTransform(ctm);
							const p2 = new DOMPoint(b.x + b.width, b.y + b.height).matrixTransform(ctm);
							r = {
								left: Math.max(r.left, Math.min(p1.x, p2.x)),
								top: Math.max(r.top, Math.min(p1.y, p2.y)),
								right: Math.min(r.right, Math.max(p1.x, p2.x)),
								bottom: Math.min(r.bottom, Math.max(p1.y, p2.y))
							};
						}
					}
					const cs = getComputedStyle(n);
					if (n instanceof HTMLElement && cs.overflow !== 'visible' && n !== document.body) {
						const b = n.getBoundingClientRect();
						r = {
							left: Math.max(r.left, b.left),
							top: Math.max(r.top, b.top),
							right: Math.min(r.right, b.right),
							bottom: Math.min(r.bottom, b.bottom)
						};
					}
				}
				return r;
			};
			const boxes = [];
			const outside = [];
			const cut = [];
			const add = (rect, el, text, key) => {
				const c = clipOf(el);
				const r = {
					left: Math.max(rect.left, c.left),
					top: Math.max(rect.top, c.top),
					right: Math.min(rect.right, c.right),
					bottom: Math.min(rect.bottom, c.bottom)
				};
				if (r.right - r.left < 1 || r.bottom - r.top < 1) return;
				const t = text.trim().slice(0, 60);
				const where = `${Math.round(rect.left)}–${Math.round(rect.right)}`;
				if (rect.left < -1 || rect.right > innerWidth + 1)
					outside.push(`"${t}" spans x ${where} in a ${innerWidth}px viewport`);
				else if (r.left > rect.left + 1 || r.right < rect.right - 1)
					cut.push(
						`"${t}" (x ${where}) is cut to x ${Math.round(r.left)}–${Math.round(r.right)} by a clip`
					);
				boxes.push({ ...r, text: t, key });
			};
			let k = 0;
			const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const text = node.textContent ?? '';
				const el = node.parentElement;
				if (!text.trim() || !el) continue;
				if (el.closest(`${includePanel ? '' : 'aside,'}[role=tooltip],title,style,script`))
					continue;
				if (el.closest('[aria-hidden=true]') && !el.closest('svg')) continue; // HTML tooltips
				if (!visible(el)) continue;
				const key = `n${k++}`;
				if (el instanceof SVGElement) {
					const host = el.closest('text');
					if (!host) continue;
					const tspans = host.querySelectorAll('tspan');
					if (tspans.length && el === host) continue; // measured through its tspans
					add(el.getBoundingClientRect(), el, text, key);
				} else {
					const range = document.createRange();
					range.selectNodeContents(node);
					for (const rect of range.getClientRects()) add(rect, el, text, key);
				}
			}
			const overlaps = [];
			for (let i = 0; i < boxes.length; i++)
				for (let j = i + 1; j < boxes.length; j++) {
					const a = boxes[i];
					const b = boxes[j];
					if (a.key === b.key) continue;
					const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
					const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
					if (w > 1 && h > 1)
						overlaps.push({
							a: a.text,
							b: b.text,
							at: `${Math.round(Math.max(a.left, b.left))},${Math.round(Math.max(a.top, b.top))}`,
							size: `${Math.round(w)}x${Math.round(h)}`
						});
				}
			return { overlaps, outside, cut };
		},
		{ label: region, selector, includePanel }
	);
}

/** Overlap pairs as one line each, for a failure message. */
export function formatOverlaps(overlaps, max = 8) {
	return overlaps.slice(0, max).map((o) => `"${o.a}" × "${o.b}" at ${o.at} (${o.size})`);
}

/**
 * Interactive elements (buttons, links, sliders, inputs) smaller than min x min CSS px that WCAG
 * 2.5.8 does not excuse. Markers hidden inside a cluster (opacity 0) are covered by the cluster's
 * own target and are skipped; links inside running text (a paragraph or list item with other
 * text) are exempt (the inline exception); an undersized target also passes when a 24 px circle
 * centred on it touches no other target nor another undersized target's circle (the spacing
 * exception).
 */
export async function smallTargets(page, min = 24) {
	return page.evaluate((min) => {
		const sel =
			'a[href],button,input,select,textarea,[role=button],[role=link],[role=slider],[role=tab],[role=checkbox],[tabindex]:not([tabindex="-1"])';
		const targets = [];
		for (const el of new Set(document.querySelectorAll(sel))) {
			let hidden = false;
			for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
				const cs = getComputedStyle(n);
				if (cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0)
					hidden = true;
			}
			// Content of a closed <details> keeps a layout box but is not shown.
			if (hidden || !el.checkVisibility()) continue;
			if (el.matches('h1,h2,h3,h4,h5,h6')) continue; // focus targets for scripts, not controls
			const r = el.getBoundingClientRect();
			if (r.width === 0 && r.height === 0) continue;
			let inline = false;
			if (el.matches('a') && !(el instanceof SVGElement)) {
				const block = el.closest('p,li,dd,td');
				const rest = (block?.textContent ?? '').replace(el.textContent ?? '', '').trim();
				inline = !!block && rest.length > 2;
			}
			const name =
				el.getAttribute('aria-label') || (el.textContent ?? '').trim().replace(/\s+/g, ' ');
			targets.push({ el, r, inline, name, small: r.width < min - 0.5 || r.height < min - 0.5 });
		}
		const R = min / 2;
		const centre = (r) => [r.left + r.width / 2, r.top + r.height / 2];
		const circleHitsRect = ([cx, cy], r) => {
			const dx = Math.max(r.left - cx, 0, cx - r.right);
			const dy = Math.max(r.top - cy, 0, cy - r.bottom);
			return dx * dx + dy * dy < R * R;
		};
		// A fixed bottom sheet (the panel on narrow screens) covers what lies under it.
		const sheet = [...document.querySelectorAll('aside')].find(
			(el) => getComputedStyle(el).position === 'fixed'
		);
		const sr = sheet?.getBoundingClientRect();
		const under = (a, b) =>
			sheet &&
			sheet.contains(a.el) !== sheet.contains(b.el) &&
			(sheet.contains(a.el) ? b : a).r.bottom > sr.top;
		const out = [];
		for (const a of targets) {
			if (!a.small || a.inline) continue;
			const c = centre(a.r);
			const clash = targets.find(
				(b) =>
					b !== a &&
					!under(a, b) &&
					!a.el.contains(b.el) &&
					!b.el.contains(a.el) &&
					(b.small
						? Math.hypot(c[0] - centre(b.r)[0], c[1] - centre(b.r)[1]) < 2 * R
						: circleHitsRect(c, b.r))
			);
			if (clash)
				out.push(
					`${a.el.tagName.toLowerCase()} "${a.name.slice(0, 60)}" is ${a.r.width.toFixed(1)}x${a.r.height.toFixed(1)} and too close to "${clash.name.slice(0, 40)}"`
				);
		}
		return out;
	}, min);
}

/**
 * Markers and cluster buttons that the plot's clip cuts: painted partly outside the clip rect of
 * their clip-path ancestor (those wholly outside are panned out of view, which is fine). A marker
 * link's box includes its transparent hit circle, so `slack` px of it may fall outside.
 */
export async function clippedMarkers(page, slack = 5) {
	return page.evaluate((slack) => {
		const out = [];
		for (const el of document.querySelectorAll('svg a[data-id], svg [role=button]')) {
			let hidden = false;
			let clip = null;
			for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
				const cs = getComputedStyle(n);
				if (cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0)
					hidden = true;
				const ref = n.getAttribute('clip-path')?.match(/url\(#(.+)\)/);
				if (ref && !clip) {
					const shape = document.getElementById(ref[1])?.firstElementChild;
					const ctm = n.getScreenCTM?.();
					if (shape?.getBBox && ctm) {
						const b = shape.getBBox();
						const p1 = new DOMPoint(b.x, b.y).matrixTransform(ctm);
						const p2 = new DOMPoint(b.x + b.width, b.y + b.height).matrixTransform(ctm);
						clip = { left: p1.x, top: p1.y, right: p2.x, bottom: p2.y };
					}
				}
			}
			if (hidden || !clip) continue;
			const r = el.getBoundingClientRect();
			const s = el.matches('a') ? slack : 1;
			const intersects =
				r.right > clip.left && r.left < clip.right && r.bottom > clip.top && r.top < clip.bottom;
			const inside =
				r.left >= clip.left - s &&
				r.right <= clip.right + s &&
				r.top >= clip.top - s &&
				r.bottom <= clip.bottom + s;
			if (intersects && !inside) {
				const name = el.getAttribute('aria-label') ?? '';
				out.push(
					`${el.getAttribute('role') ?? 'link'} "${name.slice(0, 80)}" box ${Math.round(r.left)}–${Math.round(r.right)} x ${Math.round(r.top)}–${Math.round(r.bottom)} is cut by the plot clip ${Math.round(clip.left)}–${Math.round(clip.right)} x ${Math.round(clip.top)}–${Math.round(clip.bottom)}`
				);
			}
		}
		return out;
	}, slack);
}

/** Fails with `what` and the listed problems, one a line, when the list is not empty. */
export function assertNone(list, what) {
	if (list.length) throw new Error(`${what}:\n  - ${list.join('\n  - ')}`);
}

/** The panel is a complementary region named by its heading; returns the panel's text. */
export async function openPanel(page, headingText) {
	const aside = panel(page);
	await aside.waitFor({ state: 'visible' });
	const heading = aside.getByRole('heading', { level: 2 });
	await heading.waitFor({ state: 'visible' });
	const h = ((await heading.textContent()) ?? '').trim();
	if (headingText) assert.equal(h, headingText, 'the panel heading');
	assert.equal(
		await page.getByRole('complementary', { name: h, exact: true }).count(),
		1,
		`the complementary region is not named by its heading "${h}"`
	);
	return ((await aside.textContent()) ?? '').replace(/\s+/g, ' ');
}

/**
 * Text squeezed into a column about one letter wide (a grid or flex track collapsed to its
 * min-content under `overflow-wrap: anywhere`): text nodes of two or more words laid out on four
 * or more lines, most of them narrower than the font size.
 */
export async function squeezedTexts(page) {
	return page.evaluate(() => {
		const out = [];
		const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let n = w.nextNode(); n; n = w.nextNode()) {
			const text = (n.textContent ?? '').trim();
			const el = n.parentElement;
			if (!el || !/\s/.test(text) || el.closest('svg,script,style')) continue;
			const range = document.createRange();
			range.selectNodeContents(n);
			const rects = [...range.getClientRects()].filter((r) => r.height > 0);
			const px = parseFloat(getComputedStyle(el).fontSize) || 16;
			const narrow = rects.filter((r) => r.width < px * 1.1).length;
			if (rects.length >= 4 && narrow >= rects.length / 2)
				out.push(
					`<${el.tagName.toLowerCase()}> "${text.slice(0, 40)}" is laid out ${rects.length} lines tall, ${narrow} of them under ${Math.round(px * 1.1)}px wide (its box is ${Math.round(el.getBoundingClientRect().width)}px wide)`
				);
		}
		return out;
	});
}
