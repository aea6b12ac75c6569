// Journey 6: from 280 to 2560 px, portrait and landscape: no horizontal overflow, no overlapping
// text, touch targets of at least 24x24 px, and an open panel that can be read to its end.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { env, test } from './lib/harness.mjs';
import { serveGenerated } from './lib/server.mjs';
import {
	assertNone,
	gotoApp,
	horizontalOverflow,
	openPanel,
	overlappingTexts,
	panel,
	smallTargets,
	squeezedTexts,
	timeline
} from './lib/app.mjs';

const WIDTHS = [280, 320, 375, 768, 1280, 1920, 2560];
const SHOTS = new Set([375, 1920]);

/**
 * Scrolls `selector`'s element (inside the panel) into view through every scrolling ancestor and
 * checks that it is then inside the viewport and not covered by anything else.
 */
async function reachable(page, which) {
	return page.evaluate((which) => {
		const aside = document.querySelector('aside');
		if (!aside) return 'no panel';
		let el;
		if (which === 'last') {
			const all = [...aside.querySelectorAll('*')].filter((e) => {
				const r = e.getBoundingClientRect();
				// checkVisibility: content of a closed <details> keeps a box but is not shown.
				return r.width > 0 && r.height > 0 && e.children.length === 0 && e.checkVisibility();
			});
			el = all[all.length - 1];
		} else el = aside.querySelector('button');
		if (!el) return `no ${which} element in the panel`;
		el.scrollIntoView({ block: which === 'last' ? 'end' : 'start', inline: 'nearest' });
		const r = el.getBoundingClientRect();
		const desc = `${which === 'last' ? 'the end of the panel' : "the panel's first button"} (<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 40)}")`;
		if (r.top < -1 || r.bottom > innerHeight + 1 || r.left < -1 || r.right > innerWidth + 1)
			return `${desc} cannot be scrolled into the viewport: box ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)} in ${innerWidth}x${innerHeight}`;
		const x = Math.min(Math.max(r.left + Math.min(r.width, 20) / 2, 0), innerWidth - 1);
		const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
		const top = document.elementFromPoint(x, y);
		if (!top || !(el === top || el.contains(top) || top.contains(el)))
			return `${desc} is covered by <${top?.tagName.toLowerCase()}> "${(top?.textContent ?? '').trim().slice(0, 40)}"`;
		return '';
	}, which);
}

for (const width of WIDTHS)
	for (const [orientation, ratio] of [
		['portrait', 1.6],
		['landscape', 0.6]
	]) {
		const height = Math.round(width * ratio);
		test(`J6 ${width}x${height} ${orientation}: no overflow, no overlapping text, 24 px targets, panel reachable`, async (t) => {
			const page = await t.newPage({ viewport: { width, height } });
			await gotoApp(page);
			await timeline(page).waitFor({ state: 'visible' });
			await page.mouse.move(0, 0);
			if (SHOTS.has(width)) await t.screenshot(page, `j6-${width}x${height}-${orientation}`);
			const problems = [];

			const overflow = await horizontalOverflow(page);
			if (overflow) problems.push(`the page overflows horizontally by ${overflow}px`);
			const overlaps = await overlappingTexts(page);
			if (overlaps.length)
				problems.push(
					`${overlaps.length} overlapping text box pair(s) in the timeline: ` +
						overlaps
							.slice(0, 8)
							.map((o) => `"${o.a}" × "${o.b}" at ${o.at} (${o.size})`)
							.join('; ')
				);
			const small = await smallTargets(page);
			if (small.length) problems.push(`targets under 24x24 px: ${small.slice(0, 8).join('; ')}`);

			// Open one event and read the panel to its end.
			await page.evaluate(() => (location.hash = 'event=berne-party-entry-into-force'));
			await openPanel(page, 'Entered into force for Kazakhstan');
			await page.mouse.move(0, 0);
			const box = await panel(page).boundingBox();
			assert.ok(box, 'the panel has no box');
			if (box.x < -0.5 || box.x + box.width > width + 0.5)
				problems.push(
					`the panel (x ${Math.round(box.x)}–${Math.round(box.x + box.width)}) is wider than the viewport`
				);
			const overflow2 = await horizontalOverflow(page);
			if (overflow2)
				problems.push(`with the panel open, the page overflows horizontally by ${overflow2}px`);
			const smallInPanel = (await smallTargets(page)).filter((s) => !small.includes(s));
			if (smallInPanel.length)
				problems.push(`panel targets under 24x24 px: ${smallInPanel.slice(0, 8).join('; ')}`);
			const squeezed = await squeezedTexts(page);
			if (squeezed.length)
				problems.push(`text squeezed to a letter per line: ${squeezed.join('; ')}`);
			if (SHOTS.has(width))
				await t.screenshot(page, `j6-${width}x${height}-${orientation}-panel`, { fullPage: false });
			for (const which of ['first', 'last']) {
				const r = await reachable(page, which);
				if (r) problems.push(r);
			}
			assertNone(problems, `at ${width}x${height}`);
		});
	}

/** A dataset whose title and description are each one word of 20 000 letters (the text limit). */
const WORD = 'Ж'.repeat(10_000) + 'W'.repeat(10_000);
const longWords = () => {
	const d = JSON.parse(readFileSync(new URL('../fixtures/minimal.json', import.meta.url), 'utf8'));
	d.title = { en: WORD, ru: WORD, kk: WORD };
	d.description = { en: WORD, ru: WORD, kk: WORD };
	return serveGenerated('long-words.json', JSON.stringify(d));
};

for (const width of [375, 1280])
	test(`J6 ${width} px: a 20 000-letter word in the title and the description wraps; the page never widens`, async (t) => {
		const page = await t.newPage({ viewport: { width, height: 800 } });
		const data = `data=${encodeURIComponent(env.origin + longWords())}`;
		for (const view of ['timeline', 'table', 'about']) {
			await gotoApp(page, { query: data, hash: `view=${view}` });
			const h1 = page.getByRole('heading', { level: 1 });
			await h1.waitFor();
			assert.equal(((await h1.textContent()) ?? '').trim().length, WORD.length);
			const widths = await page.evaluate(() => ({
				scroll: document.scrollingElement.scrollWidth,
				inner: innerWidth
			}));
			assert.ok(
				widths.scroll <= widths.inner,
				`${view} view: the page is ${widths.scroll} px wide in a ${widths.inner} px window`
			);
			if (view === 'timeline')
				await t.screenshot(page, `j6-long-words-${width}`, { fullPage: false });
		}
	});
