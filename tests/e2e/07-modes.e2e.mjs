// Journey 7: light, dark (system, ?theme=dark and a dark embed), forced colours, reduced motion and
// 200% zoom: the markers are painted and one opens the panel (in the embed, its card).
import { strict as assert } from 'node:assert';
import { test } from './lib/harness.mjs';
import { gotoApp, openPanel, timeline } from './lib/app.mjs';

const MODES = [
	{ name: 'light', options: { colorScheme: 'light' }, scheme: 'light' },
	{ name: 'dark (prefers-color-scheme)', options: { colorScheme: 'dark' }, scheme: 'dark' },
	{
		name: 'dark (?theme=dark)',
		options: { colorScheme: 'light' },
		query: 'theme=dark',
		scheme: 'dark'
	},
	{
		name: 'dark embed (?mode=embed&theme=dark, details in a card)',
		options: { colorScheme: 'light' },
		query: 'mode=embed&theme=dark',
		scheme: 'dark'
	},
	{ name: 'forced colours', options: { forcedColors: 'active' } },
	{ name: 'reduced motion', options: { reducedMotion: 'reduce' } },
	{
		name: '200% zoom (640x400 CSS px at 2x)',
		options: { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 }
	}
];

/** Visible markers (painted, inside the viewport) with the contrast of their shape on the page. */
async function paintedMarkers(page) {
	return page.evaluate(() => {
		const rgb = (c) => {
			const m = c.match(/rgba?\(([^)]+)\)/);
			if (!m) return null;
			const [r, g, b, a = 1] = m[1]
				.split(/[ ,/]+/)
				.filter(Boolean)
				.map(Number);
			return a === 0 ? null : [r, g, b];
		};
		const lum = ([r, g, b]) => {
			const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
			return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
		};
		const contrast = (a, b) => {
			const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
			return (x + 0.05) / (y + 0.05);
		};
		const bg = rgb(getComputedStyle(document.body).backgroundColor) ??
			rgb(getComputedStyle(document.documentElement).backgroundColor) ?? [255, 255, 255];
		const text = rgb(getComputedStyle(document.body).color) ?? [0, 0, 0];
		const out = [];
		for (const a of document.querySelectorAll('svg a[data-id], svg [role=button]')) {
			let opacity = 1;
			for (let n = a; n && n.nodeType === 1; n = n.parentElement)
				opacity *= Number(getComputedStyle(n).opacity);
			const r = a.getBoundingClientRect();
			if (
				opacity < 0.5 ||
				r.width === 0 ||
				r.right < 0 ||
				r.left > innerWidth ||
				r.bottom < 0 ||
				r.top > innerHeight
			)
				continue;
			let best = 0;
			for (const el of a.querySelectorAll('path,circle,rect,polygon')) {
				const cs = getComputedStyle(el);
				for (const c of [cs.fill, cs.stroke]) {
					const v = rgb(c);
					if (v) best = Math.max(best, contrast(v, bg));
				}
			}
			out.push({ name: a.getAttribute('aria-label'), link: a.matches('a'), contrast: best });
		}
		return { markers: out, bgLum: lum(bg), textLum: lum(text) };
	});
}

for (const mode of MODES)
	test(`J7 ${mode.name}: markers are painted and one opens the panel`, async (t) => {
		const page = await t.newPage(mode.options);
		await gotoApp(page, { query: mode.query });
		await timeline(page).waitFor({ state: 'visible' });
		await timeline(page).scrollIntoViewIfNeeded();
		const { markers, bgLum, textLum } = await paintedMarkers(page);
		if (mode.scheme === 'dark') {
			assert.ok(
				bgLum < 0.2,
				`the page background is not dark (relative luminance ${bgLum.toFixed(2)})`
			);
			assert.ok(
				textLum > 0.5,
				`the text is not light on the dark page (luminance ${textLum.toFixed(2)})`
			);
		}
		if (mode.scheme === 'light')
			assert.ok(
				bgLum > 0.7,
				`the page background is not light (relative luminance ${bgLum.toFixed(2)})`
			);
		assert.ok(
			markers.length >= 3,
			`only ${markers.length} markers and clusters are painted in the viewport`
		);
		const faint = markers.filter((m) => m.contrast < 3);
		assert.equal(
			faint.length,
			0,
			`markers under 3:1 against the page background: ${faint
				.slice(0, 6)
				.map((m) => `"${m.name}" ${m.contrast.toFixed(2)}:1`)
				.join('; ')}`
		);
		await t.screenshot(page, `j7-${mode.name.replace(/\W+/g, '-').replace(/-$/, '')}`, {
			fullPage: false
		});

		const link = markers.find((m) => m.link);
		if (link) await timeline(page).getByRole('link', { name: link.name, exact: true }).click();
		else {
			// Only clusters in view: activating one zooms in, then its first marker opens.
			await timeline(page).getByRole('button', { name: markers[0].name, exact: true }).click();
			const again = (await paintedMarkers(page)).markers.find((m) => m.link);
			assert.ok(again, 'after activating a cluster no single marker is painted');
			await timeline(page).getByRole('link', { name: again.name, exact: true }).click();
		}
		await openPanel(page);
		await t.screenshot(page, `j7-${mode.name.replace(/\W+/g, '-').replace(/-$/, '')}-panel`, {
			fullPage: false
		});
	});
