import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

/** Layering (STYLE.md A): components → state → layout → data; i18n from anywhere. */
const noDom = {
	patterns: [
		{ group: ['svelte', 'svelte/*'], message: 'lib/data and lib/layout are framework-free.' },
		{
			group: ['d3-selection', 'd3-zoom'],
			message: 'Only attachments/zoomable.ts may use d3-zoom.'
		},
		{
			group: ['$lib/state/*', '$lib/components/*', '../state/*', '../components/*'],
			message: 'Imports point down: components → state → layout → data.'
		}
	]
};

export default ts.config(
	{
		ignores: ['dist', 'dist-single', 'node_modules', 'test-results', 'bench/results', 'public/*.js']
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-console': ['error', { allow: ['warn', 'error'] }],
			'svelte/no-at-html-tags': 'error',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		// Command-line scripts report on the console.
		files: ['scripts/**', 'bench/**', 'tests/e2e/**'],
		rules: { 'no-console': 'off' }
	},
	{
		languageOptions: {
			globals: {
				__BUILD_DATE__: 'readonly',
				__PUBLIC_URL__: 'readonly',
				__CORRECTIONS_URL__: 'readonly'
			}
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		files: ['src/lib/data/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						...noDom.patterns,
						{
							group: ['$lib/layout/*', '../layout/*', 'd3', 'd3-*'],
							message: 'lib/data depends on nothing above it.'
						}
					]
				}
			],
			'no-restricted-globals': ['error', 'window', 'document']
		}
	},
	{
		files: ['src/lib/layout/**/*.ts'],
		rules: {
			'no-restricted-imports': ['error', noDom],
			'no-restricted-globals': ['error', 'window', 'document']
		}
	},
	{
		files: ['src/lib/state/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['$lib/components/*', '../components/*'],
							message: 'state never imports components.'
						},
						{
							group: ['d3-selection', 'd3-zoom'],
							message: 'Only attachments/zoomable.ts may use d3-zoom.'
						}
					]
				}
			]
		}
	},
	{
		files: ['src/lib/components/**/*.svelte', 'src/lib/components/**/*.ts', 'src/App.svelte'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['d3-selection', 'd3-zoom'],
							message: 'Only attachments/zoomable.ts may use d3-zoom.'
						}
					]
				}
			]
		}
	}
);
