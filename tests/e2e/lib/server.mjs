/**
 * A tiny static server for the built site (node:http, no dependencies). It serves one folder under
 * one or more URL prefixes ('/' and, to prove the relative base, '/sub/path/'); anything outside a
 * prefix is a 404, so an absolute asset URL in the build shows up as a failed request.
 */
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
 * Starts serving `root` on 127.0.0.1 at a free port.
 * @param {string} root folder to serve (the build output)
 * @param {{prefixes?: string[]}} [opts] URL prefixes that map to `root`, each ending in '/'
 * @returns {Promise<{origin: string, close: () => Promise<void>}>}
 * @example const s = await serveStatic('dist', { prefixes: ['/sub/path/'] }); // s.origin + '/sub/path/'
 */
export async function serveStatic(root, { prefixes = ['/'] } = {}) {
	const base = normalize(root);
	const server = createServer(async (req, res) => {
		try {
			if (req.method !== 'GET' && req.method !== 'HEAD') {
				res.writeHead(405).end();
				return;
			}
			const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
			// Longest prefix first, so '/sub/path/' wins over '/'.
			const prefix = [...prefixes]
				.sort((a, b) => b.length - a.length)
				.find((p) => path.startsWith(p));
			if (!prefix) return notFound(res);
			let rel = path.slice(prefix.length);
			if (rel === '' || rel.endsWith('/')) rel += 'index.html';
			const file = normalize(join(base, rel));
			if (file !== base && !file.startsWith(base + sep)) return notFound(res);
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
			res.writeHead(500).end();
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

function notFound(res) {
	res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
}
