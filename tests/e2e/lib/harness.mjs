/**
 * The browser-test harness: a test registry, a worker pool that runs tests as parallel browser
 * contexts of one Chromium, and the shared fixture every test gets. The fixture fails a test on any
 * console error, uncaught exception, HTTP error or request to a host other than the local servers,
 * unless the test declared the message with `t.expectConsole(/…/)`.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

/** @typedef {{name: string, fn: (t: Fixture) => Promise<void>, timeout: number}} TestCase */

/** @type {TestCase[]} */
const registry = [];

/** Set by the runner before any test runs. */
export const env = {
	/** @type {import('playwright-core').Browser | null} */
	browser: null,
	/** Origin serving dist/ at '/'. */
	origin: '',
	/** Origin serving dist/ only under '/sub/path/'. */
	subOrigin: '',
	/** Where screenshots go. */
	resultsDir: 'test-results/e2e'
};

/**
 * Registers a test. Name it as a behaviour sentence, prefixed with its journey ("J2 …").
 * @param {string} name
 * @param {(t: Fixture) => Promise<void>} fn
 * @param {{timeout?: number}} [opts]
 */
export function test(name, fn, opts = {}) {
	registry.push({ name, fn, timeout: opts.timeout ?? 120_000 });
}

export function registeredTests() {
	return registry;
}

/** The default browser-context options: a 1280x800 desktop in English, UTC. */
export const DEFAULT_CONTEXT = {
	viewport: { width: 1280, height: 800 },
	locale: 'en-GB',
	timezoneId: 'UTC',
	colorScheme: 'light',
	reducedMotion: 'no-preference'
};

export class Fixture {
	/** @param {string} name */
	constructor(name) {
		this.name = name;
		/** @type {string[]} */
		this.problems = [];
		/** @type {RegExp[]} */
		this.expected = [];
		/** @type {import('playwright-core').BrowserContext[]} */
		this.contexts = [];
		this.shots = [];
		/** @type {string[]} */
		this.notes = [];
	}

	/** A line printed under the test's result (measurements worth reporting). */
	note(text) {
		this.notes.push(text);
	}

	/** Declares a console message this test expects (it then does not fail the test). */
	expectConsole(re) {
		this.expected.push(re);
	}

	#problem(text) {
		if (this.expected.some((re) => re.test(text))) return;
		this.problems.push(text);
	}

	/**
	 * A new guarded page in its own browser context.
	 * @param {import('playwright-core').BrowserContextOptions} [options] merged over DEFAULT_CONTEXT
	 */
	async newPage(options = {}) {
		if (!env.browser) throw new Error('harness: no browser');
		const context = await env.browser.newContext({ ...DEFAULT_CONTEXT, ...options });
		context.setDefaultTimeout(10_000);
		this.contexts.push(context);
		const allowed = new Set([env.origin, env.subOrigin]);
		await context.route('**/*', (route) => {
			const url = route.request().url();
			let ok = false;
			try {
				const u = new URL(url);
				ok = ['data:', 'blob:', 'about:'].includes(u.protocol) || allowed.has(u.origin);
			} catch {
				ok = false;
			}
			if (ok) return route.continue();
			this.#problem(`request to another host: ${url}`);
			return route.abort('blockedbyclient');
		});
		const guard = (page) => {
			page.on('console', (m) => {
				if (m.type() === 'error') {
					const loc = m.location();
					this.#problem(
						`console error: ${m.text()}${loc?.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`
					);
				}
			});
			page.on('pageerror', (e) => this.#problem(`uncaught exception: ${e.stack || e.message}`));
			page.on('response', (r) => {
				if (r.status() >= 400) this.#problem(`HTTP ${r.status()} for ${r.url()}`);
			});
		};
		context.on('page', guard);
		const page = await context.newPage();
		return page;
	}

	/**
	 * Saves a full-page screenshot under the results folder and returns its path.
	 * @param {import('playwright-core').Page} page
	 * @param {string} name file name without extension
	 */
	async screenshot(page, name, { fullPage = true } = {}) {
		await mkdir(env.resultsDir, { recursive: true });
		const path = join(env.resultsDir, `${name.replace(/[^a-z0-9-]+/gi, '-')}.png`);
		await page.screenshot({ path, fullPage, animations: 'disabled' });
		this.shots.push(path);
		return path;
	}

	/** Throws when the guards saw something the test did not expect. */
	assertClean() {
		if (this.problems.length)
			throw new Error(`unexpected browser messages:\n  - ${this.problems.join('\n  - ')}`);
	}

	async dispose() {
		await Promise.allSettled(this.contexts.map((c) => c.close()));
	}
}

/**
 * Runs one test with its fixture and a timeout; never throws.
 * @param {TestCase} tc
 * @returns {Promise<{name: string, ok: boolean, ms: number, error?: string, shots: string[]}>}
 */
export async function runOne(tc) {
	const t = new Fixture(tc.name);
	const start = Date.now();
	let error;
	let timer;
	try {
		await Promise.race([
			tc.fn(t),
			new Promise((_, reject) => {
				timer = setTimeout(
					() => reject(new Error(`timed out after ${tc.timeout / 1000} s`)),
					tc.timeout
				);
			})
		]);
		t.assertClean();
	} catch (e) {
		error = formatError(e);
		if (t.problems.length && !/unexpected browser messages/.test(error))
			error += `\n  also: unexpected browser messages:\n    - ${t.problems.join('\n    - ')}`;
	} finally {
		clearTimeout(timer);
		await t.dispose();
	}
	return {
		name: tc.name,
		ok: !error,
		ms: Date.now() - start,
		error,
		shots: t.shots,
		notes: t.notes
	};
}

function formatError(e) {
	if (!(e instanceof Error)) return String(e);
	const frames = (e.stack ?? '')
		.split('\n')
		.filter((l) => /tests\/e2e\/[^/]*\.e2e\.mjs/.test(l))
		.slice(0, 2)
		.map((l) => l.trim());
	// Playwright appends a long call log; keep its head and its last lines.
	// eslint-disable-next-line no-control-regex -- strips terminal colour codes
	let msg = e.message.replace(/\x1b\[[0-9;]*m/g, '');
	const log = msg.indexOf('Call log:');
	if (log >= 0) {
		const lines = msg.slice(log).split('\n');
		msg = msg.slice(0, log) + [...lines.slice(0, 3), '  …', ...lines.slice(-3)].join('\n');
	}
	return [msg, ...frames].join('\n  ');
}

/**
 * Retries `fn` until it returns without throwing (and not `false`), or the timeout passes; then
 * throws the last error. Playwright's own auto-waiting covers locators; this covers plain values.
 * @template T
 * @param {() => Promise<T> | T} fn
 * @param {{timeout?: number, interval?: number, message?: string}} [opts]
 * @returns {Promise<T>}
 */
export async function poll(fn, { timeout = 5000, interval = 100, message } = {}) {
	const end = Date.now() + timeout;
	let last;
	for (;;) {
		try {
			const v = await fn();
			if (v !== false) return v;
			last = new Error(message ?? 'condition stayed false');
		} catch (e) {
			last = e;
		}
		if (Date.now() > end) {
			if (message && last instanceof Error) last.message = `${message}: ${last.message}`;
			throw last;
		}
		await new Promise((r) => setTimeout(r, interval));
	}
}

/**
 * Resolves once `target` (a page or a frame) has rendered two more frames: the input and messages
 * sent before have been handled, and what they changed is drawn. For checks that something did
 * not happen, where there is no change to wait for.
 * @param {import('playwright-core').Page | import('playwright-core').Frame} target
 */
export const nextFrames = (target) =>
	target.evaluate(
		() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null))))
	);
