// The benchmark's static server (node:http, no dependencies), one origin for everything the pages
// load, so `?data=` needs no CORS:
//   /bench-data/<file>   the generated datasets
//   /lean/d3.min.js      node_modules/d3/dist/d3.min.js (the lean page's only dependency)
//   /lean/<file>         bench/lean/
//   /<file>              the app's build
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
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2'
};

/**
 * Serves the mounts on 127.0.0.1 at a free port; the longest matching prefix wins.
 * @param {Record<string, string>} mounts URL prefix (ending in '/') or exact path → folder or file
 * @returns {Promise<{origin: string, close: () => Promise<void>}>}
 * @example await serve({ '/': 'dist', '/bench-data/': 'out/data' })
 */
export async function serve(mounts) {
	const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
	const server = createServer(async (req, res) => {
		try {
			if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
			const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
			const prefix = prefixes.find((p) => (p.endsWith('/') ? path.startsWith(p) : path === p));
			if (!prefix) return notFound(res);
			const target = normalize(mounts[prefix]);
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
