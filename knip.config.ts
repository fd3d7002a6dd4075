// Dead files, exports and dependencies (`npm run lint`). The Astro plugin adds pages, astro.config.mjs and
// content.config.ts as entries; the vitest plugin adds the unit tests.
import type { KnipConfig } from 'knip';

const config: KnipConfig = {
	entry: [
		// Guides import their components in MDX.
		'content/**/*.mdx',
		// Benchmarks and content generators, run by hand or by npm scripts.
		'tools/*.ts',
		// Loaded by vitest.mutation.config.ts, through a resolver plugin rather than an import.
		'tools/mutation/catalog-snapshot.ts',
	],
	project: ['content/**/*.mdx', 'src/**/*.{ts,astro}', 'e2e/**/*.ts', 'tools/**/*.ts'],
	playwright: { config: ['e2e/playwright.config.ts'] },
	// An export that its own module uses is not dead; the module only offers it too.
	ignoreExportsUsedInFile: true,
	// Its grammars are loaded by path (require.resolve of a .wasm file), which no import shows.
	ignoreDependencies: ['tree-sitter-wasms'],
};

export default config;
