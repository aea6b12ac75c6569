// Byte counts: the app's first view (scripts/first-view.mjs, as scripts/size.mjs counts it), the
// datasets, and the lean page (as served, and with d3 tree-shaken to what lean.js uses).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { firstView } from '../scripts/first-view.mjs';

/** Raw and gzip (level 9, as scripts/size.mjs) bytes of a buffer or string. */
export const sizes = (/** @type {Buffer | string} */ buf) => ({
	raw: Buffer.byteLength(buf),
	gzip: gzipSync(buf, { level: 9 }).length
});

/**
 * The first view of a build: the JS and CSS the default page requests before its first frame
 * (scripts/first-view.mjs, as `npm run size`); and the shipped dataset's own chunk.
 * @param {string} dist build folder with .vite/manifest.json
 */
export function appBytes(dist) {
	const view = firstView(dist);
	const rows = view.files.map((f) => ({ file: f, ...sizes(readFileSync(join(dist, f))) }));
	const sum = (/** @type {RegExp} */ re) =>
		rows
			.filter((r) => re.test(r.file))
			.reduce((a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip }), { raw: 0, gzip: 0 });
	return {
		files: rows,
		js: sum(/\.js$/),
		css: sum(/\.css$/),
		total: sum(/./),
		datasetChunk: { file: view.dataset, ...sizes(readFileSync(join(dist, view.dataset))) }
	};
}

/**
 * The lean page's bytes as served (lean.js + the whole d3.min.js), and an estimate of what a
 * bundler would ship: lean.js plus only the d3 exports it calls, minified by Vite (rolldown).
 * @param {string} root repository root
 */
export async function leanBytes(root) {
	const leanJs = readFileSync(join(root, 'bench/lean/lean.js'));
	const d3min = readFileSync(join(root, 'node_modules/d3/dist/d3.min.js'));
	const served = {
		raw: leanJs.length + d3min.length,
		gzip: sizes(leanJs).gzip + sizes(d3min).gzip
	};
	const used = [...new Set([...leanJs.toString().matchAll(/\bd3\s*\.\s*(\w+)/g)].map((m) => m[1]))];
	let shaken = null;
	try {
		const { build } = await import('vite');
		const id = '\0lean-d3';
		const out = await build({
			configFile: false,
			logLevel: 'silent',
			root,
			plugins: [
				{
					name: 'lean-entry',
					resolveId: (s) => (s === 'lean-entry' ? id : null),
					load: (s) =>
						s === id
							? `import { ${used.join(', ')} } from 'd3';\n` +
								`globalThis.d3 = { ${used.join(', ')} };\n` +
								leanJs.toString()
							: null
				}
			],
			build: {
				write: false,
				minify: true,
				target: 'es2022',
				rolldownOptions: { input: 'lean-entry' }
			}
		});
		const outputs = (Array.isArray(out) ? out : [out]).flatMap(
			(o) => /** @type {any} */ (o).output
		);
		const code = outputs
			.filter((o) => o.type === 'chunk')
			.map((o) => o.code)
			.join('\n');
		shaken = sizes(code);
	} catch (e) {
		console.warn(`lean tree-shaken size: ${e instanceof Error ? e.message : e}`);
	}
	return { served, shaken, used };
}
