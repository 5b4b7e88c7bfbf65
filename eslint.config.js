import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'bench-results/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [
						{ name: 'd3', message: 'Import the d3 module you need (d3-scale, d3-time, …).' },
						{ name: 'd3-selection', message: 'D3 computes, Svelte renders: no DOM mutation.' }
					]
				}
			],
			'svelte/no-at-html-tags': 'error',
			// Links are root-relative or query/hash-only; the site is served at its origin's root.
			'svelte/no-navigation-without-resolve': 'off',
			// Maps and sets built inside $derived are replaced, never mutated.
			'svelte/prefer-svelte-reactivity': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	}
);
