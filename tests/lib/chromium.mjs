// The one Chromium launcher of the browser tests (scripts/e2e.mjs), the benchmark (bench/run.mjs)
// and scripts/screenshot.mjs: the system's Chromium (CHROMIUM_PATH, default Debian's
// /usr/bin/chromium) through playwright-core, which never downloads a browser.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
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

/**
 * CHROMIUM_PATH, else Debian's /usr/bin/chromium, else a `chromium` on the PATH (as .ci/run
 * accepts); exits with a hint when there is none.
 */
export function chromiumPath() {
	const candidates = process.env.CHROMIUM_PATH
		? [process.env.CHROMIUM_PATH]
		: [
				'/usr/bin/chromium',
				...(process.env.PATH ?? '').split(delimiter).map((d) => join(d, 'chromium'))
			];
	const found = candidates.find((p) => {
		try {
			accessSync(p, constants.X_OK);
			return true;
		} catch {
			return false;
		}
	});
	if (found) return found;
	console.error(
		`No Chromium at ${candidates[0]}: apt-get install -y chromium, or set CHROMIUM_PATH.`
	);
	process.exit(1);
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
