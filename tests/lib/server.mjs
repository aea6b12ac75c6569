// The one static server of the browser tests (tests/e2e/lib/server.mjs) and the benchmark
// (bench/run.mjs): node:http, no dependencies, on 127.0.0.1 at a free port. Anything outside its
// mounts is a 404, so an absolute asset URL in the build shows up as a failed request.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const MIME = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.txt': 'text/plain; charset=utf-8',
	'.map': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json'
};

/**
 * @typedef {(rest: string, req: import('node:http').IncomingMessage,
 *   res: import('node:http').ServerResponse) => unknown} Handler
 *   answers the requests under its prefix; `rest` is the decoded path after it
 */

/**
 * Serves the mounts; the longest matching prefix wins. A mount is a folder (for a prefix ending
 * in '/'; `index.html` for a folder's own address), a file (for an exact path), or a Handler.
 * @param {Record<string, string | Handler>} mounts URL prefix or exact path → what answers it
 * @returns {Promise<{origin: string, close: () => Promise<void>}>}
 * @example await serve({ '/': 'dist', '/bench-data/': 'out/data', '/d3.js': 'd3.min.js' })
 */
export async function serve(mounts) {
	const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
	const server = createServer(async (req, res) => {
		try {
			if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
			const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
			const prefix = prefixes.find((p) => (p.endsWith('/') ? path.startsWith(p) : path === p));
			if (prefix === undefined) return notFound(res);
			const mount = mounts[prefix];
			if (typeof mount === 'function') return await mount(path.slice(prefix.length), req, res);
			const target = normalize(mount);
			let file = target;
			if (prefix.endsWith('/')) {
				let rel = path.slice(prefix.length);
				if (rel === '' || rel.endsWith('/')) rel += 'index.html';
				file = normalize(join(target, rel));
				if (!file.startsWith(target + sep)) return notFound(res);
			}
			const info = await stat(file).catch(() => null);
			if (!info?.isFile()) return notFound(res);
			const body = await readFile(file);
			res.writeHead(200, {
				'content-type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
				'content-length': body.length,
				'cache-control': 'no-store'
			});
			res.end(req.method === 'HEAD' ? undefined : body);
		} catch {
			if (!res.headersSent) res.writeHead(500);
			res.end();
		}
	});
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', resolve);
	});
	const addr = server.address();
	const port = typeof addr === 'object' && addr ? addr.port : 0;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections?.();
				server.close(() => resolve());
			})
	};
}

/** A plain-text 404. */
export function notFound(res) {
	res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
}
