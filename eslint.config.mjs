// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ ignores: ['dist/', 'dist-*/', '.astro/', 'test-results/', 'playwright-report/', 'reports/', '.stryker-tmp/', '.bench/'] },
	js.configs.recommended,
	tseslint.configs.recommended,
	astro.configs['flat/recommended'],
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			'@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
		},
	},
	{
		// Playwright reads a fixture's first parameter as a destructuring pattern; `{}` is how a fixture says it needs none.
		files: ['e2e/**/*.ts'],
		rules: { 'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }] },
	},
	{
		// Type-aware rules for TypeScript modules; Astro frontmatter and scripts only import and wire them.
		files: ['**/*.ts'],
		languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error',
			'@typescript-eslint/no-unnecessary-type-assertion': 'error',
		},
	},
	// The layers: the SDK's vocabulary depends on nothing of ours; the content model on the vocabulary only;
	// the simulator and the generators on both, never on each other; none of them on Node outside their loaders.
	{
		files: ['src/sdk/**/*.ts'],
		ignores: ['**/*.test.ts'],
		rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['../*', 'node:*', 'zod'], message: 'src/sdk is the SDK vocabulary: no other layer, no Node, no zod.' }] }] },
	},
	{
		files: ['src/content-model/**/*.ts'],
		ignores: ['**/*.test.ts'],
		rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['../generators/*', '../simulator/*', '../console/*', '../site/*'], message: 'the content model depends on src/sdk only.' }] }] },
	},
	{
		files: ['src/simulator/**/*.ts'],
		ignores: ['**/*.test.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: [{ group: ['**/generators/*', '**/console/*', '**/site/*', 'node:*'], message: 'the simulator depends on src/sdk and src/content-model only (it runs in the browser).' }] },
			],
		},
	},
	{
		files: ['src/generators/**/*.ts'],
		ignores: ['**/*.test.ts'],
		rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/simulator/*', '**/console/*', '**/site/*'], message: 'the generators depend on src/sdk and src/content-model only.' }] }] },
	},
	{
		// The page's side of the console imports the simulator's modules themselves: the barrel brings in the
		// flows, whose tables are built at module level and so stay in the page's bundle, though only the
		// sandbox's worker runs them.
		files: ['src/console/**/*.ts'],
		ignores: ['**/*.test.ts', 'src/console/sandbox/runner.ts'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{ patterns: [{ group: ['**/simulator/index.ts'], message: 'import from the simulator module itself (twin.ts, state/index.ts, presets.ts).', allowTypeImports: true }] },
			],
		},
	},
);
