import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { fileURLToPath } from 'node:url';
import { csp, cspSingleFile } from './vite/csp.ts';
import { compileHints } from './vite/compileHints.ts';
import { socialImage } from './vite/socialImage.ts';
import { firstViewChunk } from './vite/firstView.ts';

const alias = {
	$lib: fileURLToPath(new URL('./src/lib', import.meta.url)),
	$data: fileURLToPath(new URL('./data', import.meta.url))
};
const singleDir = fileURLToPath(new URL('./dist-single', import.meta.url));

export default defineConfig(({ mode }) => ({
	// Relative base: the build works from any static host and any sub-path.
	base: './',
	// `--mode single`: one self-contained HTML file (scripts, styles, all languages and the dataset
	// inlined) that runs from file:// — for USB sticks and lecture halls without network.
	plugins: [
		svelte(),
		svelteTesting(),
		socialImage,
		...(mode === 'single'
			? [viteSingleFile(), cspSingleFile(singleDir)]
			: // Inlined into one page nothing streams: the hint would only move work to the main thread.
				[csp, compileHints])
	],
	resolve: { alias },
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
				codeSplitting: { groups: [{ name: firstViewChunk }] }
			}
		}
	},
	test: {
		// CI machines are small (2 cores) and busy: generous limits, no timing asserted anywhere.
		testTimeout: 30_000,
		// Worker threads start faster than child processes: the suite stays under a minute on 2 cores.
		pool: 'threads',
		projects: [
			{
				extends: true,
				test: {
					name: 'node',
					environment: 'node',
					include: [
						'src/lib/{data,layout,i18n,export,compare,state}/**/*.test.ts',
						'tests/unit/**/*.test.ts'
					]
				}
			},
			{
				extends: true,
				test: {
					name: 'dom',
					environment: 'jsdom',
					include: [
						'src/lib/{embed,components,attachments}/**/*.test.ts',
						'src/*.test.ts',
						'tests/dom/**/*.test.ts'
					],
					setupFiles: ['tests/setup-dom.ts']
				}
			}
		]
	}
}));
