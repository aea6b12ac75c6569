import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { WORKER_CHARS } from './src/lib/data/limits.ts';
import { pickPart, type CataloguePart } from './src/lib/i18n/parts.ts';

const alias = {
	$lib: fileURLToPath(new URL('./src/lib', import.meta.url)),
	$data: fileURLToPath(new URL('./data', import.meta.url))
};

/**
 * Content-Security-Policy for the built app, as a <meta> tag (hosts that can send headers should
 * send the same policy plus `frame-ancestors`; see README "Security"). No inline script but index.html's one (by hash), no eval;
 * `connect-src https:` lets `?data=` fetch datasets from other hosts.
 */
export const CSP_BASE = [
	"default-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self' https:",
	"object-src 'none'",
	"base-uri 'none'",
	"form-action 'none'"
];
const cspMeta = (policy: string[]) =>
	`<meta http-equiv="Content-Security-Policy" content="${policy.join('; ')}" />`;
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The sha256 sources of a page's inline `<script>` or `<style>` elements (those without `src`). */
const inlineHashes = (html: string, tag: 'script' | 'style') =>
	[...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))]
		.filter((m) => !/\ssrc=/.test(m[0].slice(0, m[0].indexOf('>'))))
		.map((m) => sha256(m[1] ?? ''));

/**
 * Normal build: scripts and styles come from files of our own origin, plus the page's one inline
 * script (index.html: it starts fetching a `?data=` dataset early), allowed by its hash.
 */
const cspPlugin: Plugin = {
	name: 'csp-meta',
	apply: 'build',
	transformIndexHtml: {
		order: 'post',
		handler: (html) => {
			const scripts = ["'self'", ...inlineHashes(html, 'script')].join(' ');
			const policy = [...CSP_BASE, `script-src ${scripts}`, "style-src 'self'"];
			return html.replace(
				'<meta charset="UTF-8" />',
				`<meta charset="UTF-8" />\n\t\t${cspMeta(policy)}`
			);
		}
	}
};

/**
 * Single-file build: everything is inline, so the policy lists the sha256 of each inline script
 * and style (computed after vite-plugin-singlefile has inlined them).
 */
const cspSingleFile: Plugin = {
	name: 'csp-single-file',
	apply: 'build',
	enforce: 'post',
	// After vite-plugin-singlefile has written the inlined page: hash what is really inline.
	closeBundle() {
		const file = fileURLToPath(new URL('./dist-single/index.html', import.meta.url));
		let html = readFileSync(file, 'utf8').replace(
			/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/,
			''
		);
		const policy = [
			...CSP_BASE.map((d) => (d === "default-src 'self'" ? "default-src 'none'" : d)),
			`script-src ${inlineHashes(html, 'script').join(' ') || "'none'"}`,
			`style-src ${inlineHashes(html, 'style').join(' ') || "'none'"}`
		];
		html = html.replace(
			'<meta charset="UTF-8" />',
			`<meta charset="UTF-8" />\n\t\t${cspMeta(policy)}`
		);
		writeFileSync(file, html);
		// Its policy allows only its own inline script, so no worker can start: the page checks
		// loaded datasets itself, and the worker file the build wrote is not needed.
		const dir = dirname(file);
		for (const f of readdirSync(dir)) if (/^loadWorker-.*\.js$/.test(f)) rmSync(join(dir, f));
	}
};

/**
 * V8's compile hint (Chrome 136+): a file whose first line is `//# allFunctionsCalledOnLoad` has
 * all its functions compiled while it streams in, on a background thread, instead of each on the
 * main thread when first called. Only for the chunks the first view runs almost all of (the
 * runtime, the first view's parts, the dataset check, the dataset worker); lazy views stay lazy.
 * Other engines ignore the comment. Measured: ~80-140 ms less main-thread time on first load
 * (bench/README.md, "Compile hints").
 */
const EAGER_CHUNKS =
	/^(index|core|view|viewParts|laterParts|MarkCanvas|dataset|remote|loadWorker)$/;
const compileHints: Plugin = {
	name: 'compile-hints',
	apply: 'build',
	// On the written files: Vite's own output steps rewrite the chunks that preload others.
	writeBundle(options, bundle) {
		for (const { fileName } of Object.values(bundle)) {
			// `core-CaF-t8iu.js` → `core` (the worker is an asset of its own build).
			const name = /([^/]+)-[\w-]{8}\.js$/.exec(fileName)?.[1];
			if (!name || !EAGER_CHUNKS.test(name) || !options.dir) continue;
			const file = join(options.dir, fileName);
			writeFileSync(file, `//# allFunctionsCalledOnLoad\n${readFileSync(file, 'utf8')}`);
		}
	}
};

/**
 * index.html's inline script requests the chunks the first view needs next as soon as the page
 * starts, beside the app's own script, instead of one round trip after it has run: the guessed
 * language's catalogue (its first part), and the shipped dataset (`shipped`) or, with `?data=`,
 * the code that fetches and checks a dataset and the canvas a big one is drawn on (`remote`,
 * `remoteCss`). (The first view's later parts, viewParts.ts, follow its first frame.) Their names
 * exist only after the build, so they are written into the script here (before its hash goes into
 * the policy).
 */
const firstChunks: Plugin = {
	name: 'first-chunks',
	apply: 'build',
	transformIndexHtml: {
		order: 'post',
		handler(html, ctx) {
			const out = Object.values(ctx.bundle ?? {});
			const js = (...names: string[]) =>
				out
					.filter((o) => o.type === 'chunk' && names.includes(o.name))
					.map((o) => `./${o.fileName}`);
			const cssOf = (name: string) =>
				out.flatMap((o) =>
					o.type === 'chunk' && o.name === name
						? [...(o.viteMetadata?.importedCss ?? [])].map((f) => `./${f}`)
						: []
				);
			const chunks = {
				shipped: js('kazakhstan'),
				// With `?data=`: the dataset's code, and the canvas a big dataset is drawn on.
				remote: js('remote', 'dataset', 'MarkCanvas'),
				remoteCss: cssOf('MarkCanvas'),
				// Each language's catalogue: the page requests the one it guesses the reader's.
				...Object.fromEntries(
					(['en', 'ru', 'kk'] as const).map((lang) => [
						lang,
						out
							.filter(
								(o) =>
									o.type === 'chunk' &&
									(o.facadeModuleId ?? '').endsWith(`/i18n/messages/${lang}.json?part=first`)
							)
							.map((o) => `./${o.fileName}`)
					])
				),
				// The dataset worker (remote.ts), started by the page for a `?data=` this big.
				worker: out
					.filter((o) => o.type === 'asset' && /(^|\/)loadWorker-[\w-]+\.js$/.test(o.fileName))
					.map((o) => `./${o.fileName}`)
			};
			for (const [key, files] of Object.entries(chunks))
				if (!files.length) throw new Error(`first-chunks: no ${key} chunk in the build`);
			if (chunks.worker.length !== 1) throw new Error('first-chunks: not one dataset worker');
			if (!html.includes('/*FIRST_CHUNKS*/ null'))
				throw new Error('first-chunks: index.html has no /*FIRST_CHUNKS*/ placeholder');
			return html.replace(
				'/*FIRST_CHUNKS*/ null',
				JSON.stringify({ ...chunks, worker: chunks.worker[0], workerAbove: WORKER_CHARS })
			);
		}
	}
};

/**
 * `messages/en.json?part=first` / `?part=later`: one part of a language's catalogue (parts.ts), as a
 * module whose default export is that part. The files stay whole for translators.
 */
const catalogueParts: Plugin = {
	name: 'catalogue-parts',
	enforce: 'pre',
	load(id) {
		const [file, query = ''] = id.split('?');
		const part = new URLSearchParams(query).get('part');
		if (!file || !/\/i18n\/messages\/\w+\.json$/.test(file) || !part) return null;
		if (part !== 'first' && part !== 'later') throw new Error(`catalogue-parts: no part ${part}`);
		const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
		this.addWatchFile(file);
		return `export default ${JSON.stringify(pickPart(messages, part satisfies CataloguePart))};`;
	}
};

/** Link previews need absolute image addresses: use PUBLIC_URL when the build sets one. */
const absoluteSocialImage = {
	name: 'absolute-social-image',
	transformIndexHtml(html: string) {
		const base = process.env.PUBLIC_URL;
		return base
			? html.replace(/content="social\.png"/g, `content="${new URL('social.png', base)}"`)
			: html;
	}
};

export default defineConfig(({ mode }) => ({
	// Relative base: the build works from any static host and any sub-path.
	base: './',
	// `--mode single`: one self-contained HTML file (scripts, styles, all languages and the dataset
	// inlined) that runs from file:// — for USB sticks and lecture halls without network.
	plugins: [
		svelte(),
		svelteTesting(),
		catalogueParts,
		absoluteSocialImage,
		// Before the policy: it changes the inline script the policy allows by its hash.
		...(mode === 'single' ? [] : [firstChunks]),
		cspPlugin,
		// Inlined into one page nothing streams: the hint would only move work to the main thread.
		...(mode === 'single' ? [] : [compileHints]),
		...(mode === 'single' ? [viteSingleFile(), cspSingleFile] : [])
	],
	resolve: { alias },
	// The dataset worker's own build reaches the catalogues' loaders too (through i18n/index.ts).
	worker: { plugins: () => [catalogueParts] },
	define: {
		__BUILD_DATE__: JSON.stringify(new Date().toISOString().slice(0, 10)),
		__PUBLIC_URL__: JSON.stringify(process.env.PUBLIC_URL ?? ''),
		// Where readers report a correction (an issue tracker or a mailto: address); set at build time.
		__CORRECTIONS_URL__: JSON.stringify(process.env.CORRECTIONS_URL ?? '')
	},
	build: {
		target: 'es2022',
		manifest: mode !== 'single',
		outDir: mode === 'single' ? 'dist-single' : 'dist',
		assetsInlineLimit: 0,
		rolldownOptions: {
			output: {
				// One chunk for the runtime and the framework-free layers that the first view needs:
				// left to automatic splitting, modules shared with lazy views become a handful of tiny
				// chunks, each paying its own request and gzip overhead.
				codeSplitting: {
					groups: [
						{
							name: 'core',
							test: (id: string) =>
								/node_modules\/(svelte|d3-|clsx|esm-env)/.test(id) ||
								/\/src\/(App\.svelte|lib\/components\/(Header|Timeline|LaneLabels|TimeAxis|EventMarker|ClusterMarker|DelayBars|ZoomControls|LocalText|measure)\b)/.test(
									id
								) ||
								(/\/src\/lib\/(data|layout|state|embed|attachments|i18n)\//.test(id) &&
									!/(schema|compile|validate|load|rules|jsonSchema|glossary|remote|embedSnippet|explore|search|combo|tableRows|delayRows|presentKeys|transition|parent|hit|issues)\.ts$|messages\/|issues\//.test(
										id
									))
						},
						// The parts of the first view that follow it (viewParts.ts) with what they share with
						// other lazy views: one file.
						{
							name: 'view',
							test: /\/src\/lib\/components\/(viewParts\.ts|HeaderActions|DataSource|SearchBox|FilterBar|Sentence)\b/
						},
						// Loading a dataset from elsewhere: fetching, the schema and its check, valibot.
						{
							name: 'dataset',
							test: (id: string) =>
								/node_modules\/valibot\//.test(id) ||
								/\/src\/lib\/(state\/remote|data\/(load|validate|rules|schema|compile))\.ts$/.test(
									id
								)
						}
					]
				}
			}
		}
	},
	test: {
		// CI machines are small (2 cores) and busy: generous limits, no timing asserted anywhere.
		testTimeout: 30_000,
		projects: [
			{
				extends: true,
				test: {
					name: 'node',
					environment: 'node',
					include: ['src/lib/{data,layout,i18n,export}/**/*.test.ts', 'tests/unit/**/*.test.ts']
				}
			},
			{
				extends: true,
				test: {
					name: 'dom',
					environment: 'jsdom',
					include: [
						'src/lib/{state,embed,components,attachments}/**/*.test.ts',
						'src/*.test.ts',
						'tests/dom/**/*.test.ts'
					],
					setupFiles: ['tests/setup-dom.ts']
				}
			}
		]
	}
}));
