/**
 * The browser tests' server (tests/lib/server.mjs): the built site under one URL prefix ('/' and,
 * to prove the relative base, '/sub/path/'), and the test routes under `/__e2e/` (see
 * `testRoute`): the fixtures, datasets a test generates at run time, and the ways a dataset
 * address can fail.
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { notFound, serve } from '../../lib/server.mjs';

/**
 * Serves the build `root` under `prefix`, and the test routes, on 127.0.0.1 at a free port.
 * @param {string} root folder to serve (the build output)
 * @param {string} [prefix] the URL prefix that maps to `root`, ending in '/'
 * @returns {Promise<{origin: string, close: () => Promise<void>}>}
 * @example const s = await serveApp('dist', '/sub/path/'); // s.origin + '/sub/path/'
 */
export const serveApp = (root, prefix = '/') => serve({ [prefix]: root, [E2E]: testRoute });

/** Where the test routes live (no file of the build starts with it). */
export const E2E = '/__e2e/';
const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
/** Over the app's 10 MB limit (remote.ts MAX_BYTES) by a little. */
const OVER_LIMIT = 10 * 1024 * 1024 + 4096;

/** Bodies registered by tests at run time (`serveGenerated`), by name. */
const generated = new Map();

/**
 * Serves `body` at `/__e2e/gen/<name>` on every test server, for the rest of the run (a dataset a
 * test builds instead of committing megabytes). Returns the path.
 * @example await page.goto(`${env.origin}/?data=${env.origin}${serveGenerated('big.json', json)}`)
 */
export function serveGenerated(name, body, type = 'application/json; charset=utf-8') {
	generated.set(name, { body: Buffer.isBuffer(body) ? body : Buffer.from(body), type });
	return `${E2E}gen/${encodeURIComponent(name)}`;
}

/** The test routes' paths (under the origin), for the tests' URLs. */
export const routes = {
	/** `/__e2e/fixtures/<file>`: a file of tests/fixtures/ as JSON. */
	fixture: (file) => `${E2E}fixtures/${file}`,
	/** Answers with that HTTP status (and a small JSON body). */
	status: (code) => `${E2E}status/${code}`,
	/** Never answers (the request stays open until the page goes away). */
	hang: `${E2E}hang`,
	/** A web page with status 200, served as text/html. */
	html: `${E2E}html`,
	/** A web page with status 200 that claims to be application/json. */
	htmlAsJson: `${E2E}html-as-json`,
	/** 200, application/json, a Content-Length just over 10 MB. */
	huge: `${E2E}huge`,
	/** 200, application/json, just over 10 MB, chunked (no Content-Length to read the size from). */
	hugeChunked: `${E2E}huge-chunked`,
	/**
	 * As hugeChunked, but the response never ends after its first 10 MB + 4 KB: only a reader that
	 * counts the bytes as they come can refuse it (one waiting for the whole body times out).
	 */
	hugeOpen: `${E2E}huge-open`,
	/** tests/fixtures/minimal.json with its title "Café…" in Latin-1 bytes (not UTF-8). */
	latin1: `${E2E}latin1.json`
};

/** A valid JSON text just over 10 MB (a padded object), built once. */
let overLimit;
const bigBody = () =>
	(overLimit ??= Buffer.from(`{"schemaVersion":1,"pad":"${'x'.repeat(OVER_LIMIT)}"}`));

/**
 * tests/fixtures/minimal.json as Latin-1 bytes: its Russian and Kazakh texts left out (Latin-1 has
 * no Cyrillic), and "Café" (é = 0xE9, not valid UTF-8 here) in its English title.
 */
export async function latin1Dataset() {
	const json = JSON.parse(await readFile(join(FIXTURES, 'minimal.json'), 'utf8'), (key, value) =>
		key === 'ru' || key === 'kk' ? undefined : value
	);
	json.title.en = 'Café de Flore (Latin-1)';
	return Buffer.from(JSON.stringify(json), 'latin1');
}

const HTML_PAGE =
	'<!doctype html><html lang="en"><head><title>Not found</title></head><body><h1>Sorry</h1></body></html>';

/**
 * The test routes. Every answer may be read by any origin (the single-file build runs from file://,
 * whose origin is "null") and is never cached.
 */
async function testRoute(rest, req, res) {
	const headers = (type, extra = {}) => ({
		'content-type': type,
		'cache-control': 'no-store',
		'access-control-allow-origin': '*',
		...extra
	});
	const send = (status, type, body) => {
		res.writeHead(status, headers(type, { 'content-length': body.length }));
		res.end(req.method === 'HEAD' ? undefined : body);
	};
	const json = 'application/json; charset=utf-8';
	const [route, ...more] = rest.split('/');
	const arg = more.join('/');
	switch (route) {
		case 'fixtures': {
			const name = basename(arg);
			if (name !== arg || !name.endsWith('.json')) return notFound(res);
			const body = await readFile(join(FIXTURES, name)).catch(() => null);
			return body ? send(200, json, body) : notFound(res);
		}
		case 'gen': {
			const entry = generated.get(arg);
			return entry ? send(200, entry.type, entry.body) : notFound(res);
		}
		case 'status': {
			const code = Number(arg);
			if (!Number.isInteger(code) || code < 200 || code > 599) return notFound(res);
			return send(code, json, Buffer.from(`{"error":${code}}`));
		}
		case 'hang':
			// Keep the request open: the page's own timeout (or its closing) ends it.
			req.socket.setTimeout(0);
			return;
		case 'html':
			return send(200, 'text/html; charset=utf-8', Buffer.from(HTML_PAGE));
		case 'html-as-json':
			return send(200, json, Buffer.from(HTML_PAGE));
		case 'huge':
			return send(200, json, bigBody());
		case 'huge-chunked': {
			res.writeHead(200, headers(json));
			if (req.method === 'HEAD') return res.end();
			const body = bigBody();
			const step = 1 << 20;
			for (let i = 0; i < body.length; i += step) res.write(body.subarray(i, i + step));
			return res.end();
		}
		case 'huge-open': {
			res.writeHead(200, headers(json));
			if (req.method === 'HEAD') return res.end();
			// Keep the response open: the page's refusal (or its closing) ends it.
			req.socket.setTimeout(0);
			const body = bigBody();
			const step = 1 << 20;
			for (let i = 0; i < body.length; i += step) res.write(body.subarray(i, i + step));
			return;
		}
		case 'latin1.json':
			return send(200, 'application/json', await latin1Dataset());
		default:
			return notFound(res);
	}
}
