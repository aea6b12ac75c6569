import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { fileURLToPath } from 'node:url';

const alias = {
	$lib: fileURLToPath(new URL('./src/lib', import.meta.url)),
	$data: fileURLToPath(new URL('./data', import.meta.url))
};

export default defineConfig(({ mode }) => ({
	// Relative base: the build works from any static host and any sub-path.
	base: './',
	// `--mode single`: one self-contained HTML file (scripts, styles, all languages and the dataset
	// inlined) that runs from file:// — for USB sticks and lecture halls without network.
	plugins: [svelte(), svelteTesting(), ...(mode === 'single' ? [viteSingleFile()] : [])],
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
		assetsInlineLimit: 0
	},
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'node',
					environment: 'node',
					include: ['src/lib/{data,layout,i18n}/**/*.test.ts', 'tests/unit/**/*.test.ts']
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
