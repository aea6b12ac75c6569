// The one Chromium launcher of the browser tests (scripts/e2e.mjs), the benchmark (bench/run.mjs)
// and scripts/screenshot.mjs: the system's Chromium (CHROMIUM_PATH, default Debian's
// /usr/bin/chromium) through playwright-core, which never downloads a browser.
import { accessSync, constants } from 'node:fs';
import { chromium } from 'playwright-core';

/** Headless, no GPU, and nothing that talks to Google's servers on its own. */
export const CHROMIUM_FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic'
];

/** CHROMIUM_PATH, else /usr/bin/chromium; exits with a hint when it is not an executable. */
export function chromiumPath() {
	const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
	try {
		accessSync(path, constants.X_OK);
		return path;
	} catch {
		console.error(`No Chromium at ${path}: apt-get install -y chromium, or set CHROMIUM_PATH.`);
		process.exit(1);
	}
}

/**
 * Launches that Chromium with CHROMIUM_FLAGS and `extraArgs`.
 * @param {string[]} [extraArgs]
 * @example const browser = await launchChromium(['--js-flags=--expose-gc'])
 */
export function launchChromium(extraArgs = []) {
	return chromium.launch({
		executablePath: chromiumPath(),
		args: [...CHROMIUM_FLAGS, ...extraArgs]
	});
}
