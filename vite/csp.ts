/**
 * The built page's Content-Security-Policy, as a <meta> tag (hosts that can send headers should
 * send the same policy plus `frame-ancestors`; README "Security"). No inline script, no eval;
 * `connect-src https:` lets `?data=` fetch datasets from other hosts.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

export const CSP_BASE = [
	"default-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self' https:",
	"object-src 'none'",
	"base-uri 'none'",
	"form-action 'none'"
];

const withPolicy = (html: string, policy: string[]) =>
	html.replace(
		'<meta charset="UTF-8" />',
		`<meta charset="UTF-8" />\n\t\t<meta http-equiv="Content-Security-Policy" content="${policy.join('; ')}" />`
	);

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The sha256 sources of a page's inline `<script>` or `<style>` elements (those without `src`). */
const inlineHashes = (html: string, tag: 'script' | 'style') =>
	[...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))]
		.filter((m) => !/\ssrc=/.test(m[0].slice(0, m[0].indexOf('>'))))
		.map((m) => sha256(m[1] ?? ''));

/** Normal build: scripts, styles and workers come only from files of the page's own origin. */
export const csp: Plugin = {
	name: 'csp-meta',
	apply: 'build',
	transformIndexHtml: {
		order: 'post',
		handler: (html) => withPolicy(html, [...CSP_BASE, "script-src 'self'", "style-src 'self'"])
	}
};

/**
 * Single-file build: everything is inline, so the policy lists the sha256 of each inline script
 * and style, computed after vite-plugin-singlefile has written the inlined page.
 */
export function cspSingleFile(outDir: string): Plugin {
	return {
		name: 'csp-single-file',
		apply: 'build',
		enforce: 'post',
		closeBundle() {
			const file = join(outDir, 'index.html');
			const html = readFileSync(file, 'utf8').replace(
				/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/,
				''
			);
			const policy = [
				...CSP_BASE.map((d) => (d === "default-src 'self'" ? "default-src 'none'" : d)),
				`script-src ${inlineHashes(html, 'script').join(' ') || "'none'"}`,
				`style-src ${inlineHashes(html, 'style').join(' ') || "'none'"}`
			];
			writeFileSync(file, withPolicy(html, policy));
			// The policy allows no worker: the page checks loaded datasets itself, and the worker
			// file the build wrote is not needed.
			for (const f of readdirSync(dirname(file)))
				if (/^loadWorker-.*\.js$/.test(f)) rmSync(join(dirname(file), f));
		}
	};
}
