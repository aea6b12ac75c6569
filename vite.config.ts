import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { fileURLToPath } from 'node:url';

const alias = {
	$lib: fileURLToPath(new URL('./src/lib', import.meta.url)),
	$data: fileURLToPath(new URL('./data', import.meta.url))
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
		absoluteSocialImage,
		...(mode === 'single' ? [viteSingleFile()] : [])
	],
	resolve: { alias },
	define: {
		__BUILD_DATE__: JSON.stringify(new Date().toISOString().slice(0, 10)),
		__PUBLIC_URL__: JSON.stringify(process.env.PUBLIC_URL ?? ''),
		__CORRECTIONS_URL__: JSON.stringify(
			process.env.CORRECTIONS_URL ?? 'https://github.com/treaty-timeline/treaty-timeline/issues/new'
		)
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
								/\/src\/(App\.svelte|lib\/components\/(Header|Timeline|LaneLabels|TimeAxis|EventMarker|ClusterMarker|DelayBars|ZoomControls|Overview|Legend|LocalText|measure)\b)/.test(
									id
								) ||
								(/\/src\/lib\/(data|layout|state|embed|attachments|i18n)\//.test(id) &&
									!/(schema|validate|load|rules|jsonSchema|glossary|remote|embedSnippet|explore|search|tableRows|delayRows|presentKeys)\.ts$|messages\//.test(
										id
									))
						}
					]
				}
			}
		}
	},
	test: {
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
