// Screenshot of a page in Debian's Chromium (used for the README image and for looking at layouts):
//   node scripts/screenshot.mjs <url> <out.png> [width] [height] [colorScheme]
// Prints console errors; never downloads a browser.
import { launchChromium } from '../tests/lib/chromium.mjs';

const [url, out, w = '1280', h = '800', scheme = 'light'] = process.argv.slice(2);
if (!url || !out) {
	console.error('usage: node scripts/screenshot.mjs <url> <out.png> [width] [height] [light|dark]');
	process.exit(2);
}
const browser = await launchChromium();
const page = await browser.newPage({
	viewport: { width: Number(w), height: Number(h) },
	colorScheme: scheme === 'dark' ? 'dark' : 'light'
});
/** @type {string[]} */
const errors = [];
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
page.on('pageerror', (e) => errors.push(e.message));
// Drawn: nothing left to fetch, and the fonts in.
await page.goto(url, { waitUntil: 'networkidle' });
await page.evaluate(() => document.fonts.ready.then(() => undefined));
await page.screenshot({ path: out, fullPage: process.env.FULL !== '0' });
await browser.close();
console.log(errors.length ? errors.join('\n') : `${out}: no console errors`);
