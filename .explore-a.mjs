import { chromium } from 'playwright-core';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
const root = '/work/main/dist';
const srv = http
	.createServer((req, res) => {
		let p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
		if (p.endsWith('/')) p += 'index.html';
		const f = path.join(root, p);
		fs.readFile(f, (e, b) => {
			if (e) {
				res.writeHead(404);
				res.end();
				return;
			}
			const t =
				{
					'.js': 'text/javascript',
					'.css': 'text/css',
					'.html': 'text/html',
					'.svg': 'image/svg+xml',
					'.json': 'application/json'
				}[path.extname(f)] || 'application/octet-stream';
			res.writeHead(200, { 'content-type': t });
			res.end(b);
		});
	})
	.listen(0, '127.0.0.1');
await new Promise((r) => srv.on('listening', r));
const base = `http://127.0.0.1:${srv.address().port}/`;
const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu']
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
page.on('console', (m) => console.log('CONSOLE', m.type(), m.text()));
page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
await page.goto(base + (process.argv[2] || ''));
await page.waitForTimeout(1000);
console.log(await page.locator('body').ariaSnapshot());
await page.screenshot({ path: '/tmp/explore/a.png', fullPage: true });
await browser.close();
srv.close();
