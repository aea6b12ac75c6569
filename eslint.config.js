import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

/**
 * Layering (ARCHITECTURE.md, "Layers"): components → state → layout → data (and compare); i18n,
 * export, embed and attachments below the components. Each layer's banned imports, for no-restricted-imports.
 */
const ban = (group, message) => ({ group, message });
/** Svelte owns the DOM, and attachments/zoomable.ts zooms and pans. */
const D3_DOM = ban(
	['d3-selection', 'd3-zoom'],
	'Svelte owns the DOM; zoom and pan are attachments/zoomable.ts.'
);
const SVELTE = (layer) => ban(['svelte', 'svelte/*'], `${layer} is framework-free.`);
const COMPONENTS = (layer) =>
	ban(['$lib/components/*', '../components/*'], `${layer} never imports components.`);
/** State, but for the modules in `except` (names without extension). */
const STATE = (layer, except = []) =>
	ban(
		[
			'$lib/state/*',
			'../state/*',
			...except.flatMap((m) => [`!$lib/state/${m}`, `!../state/${m}`])
		],
		`${layer} never imports state${except.length ? ` (but ${except.join(', ')})` : ''}.`
	);
const layer = (files, patterns, rules = {}) => ({
	files,
	rules: { 'no-restricted-imports': ['error', { patterns }], ...rules }
});
const noDomGlobals = { 'no-restricted-globals': ['error', 'window', 'document'] };

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
	layer(
		['src/lib/data/**/*.ts'],
		[
			SVELTE('lib/data'),
			ban(
				[
					'$lib/layout/*',
					'../layout/*',
					'$lib/state/*',
					'../state/*',
					'$lib/components/*',
					'../components/*',
					'd3',
					'd3-*'
				],
				'lib/data depends on nothing above it.'
			)
		],
		noDomGlobals
	),
	// WIPO's tables of parties for the compare view: data, with layout of its own strips.
	layer(
		['src/lib/compare/**/*.ts'],
		[
			SVELTE('lib/compare'),
			D3_DOM,
			STATE('lib/compare'),
			COMPONENTS('lib/compare'),
			ban(['$lib/layout/*', '../layout/*'], 'lib/compare sits beside lib/data.')
		],
		noDomGlobals
	),
	layer(
		['src/lib/layout/**/*.ts'],
		[SVELTE('lib/layout'), D3_DOM, STATE('lib/layout'), COMPONENTS('lib/layout')],
		noDomGlobals
	),
	layer(['src/lib/state/**/*.ts'], [COMPONENTS('lib/state'), D3_DOM]),
	layer(
		['src/lib/components/**/*.svelte', 'src/lib/components/**/*.ts', 'src/App.svelte'],
		[D3_DOM]
	),
	// Its file names and texts turn the visible window into dates with state/window's pure helper.
	layer(
		['src/lib/export/**/*.ts'],
		[SVELTE('lib/export'), D3_DOM, COMPONENTS('lib/export'), STATE('lib/export', ['window'])]
	),
	layer(
		['src/lib/i18n/**/*.ts'],
		[SVELTE('lib/i18n'), D3_DOM, COMPONENTS('lib/i18n'), STATE('lib/i18n')]
	),
	layer(['src/lib/embed/**/*.ts'], [COMPONENTS('lib/embed'), STATE('lib/embed')]),
	// Svelte attachments: `svelte/attachments` is their type.
	layer(
		['src/lib/attachments/**/*.ts'],
		[D3_DOM, COMPONENTS('lib/attachments'), STATE('lib/attachments')]
	)
);
