// The unit tests Stryker runs against each mutant (`npm run test:mutation`): those of the mutated folders and the
// code built on them. Left out: the declarations compile test (a TypeScript program per run, ~30 s) and the two
// fast-check suites (thousands of random calls, ~20 s). They run in `npm test`; against every mutant they
// would multiply the run time by ten while the example tests kill the same mutants.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const snapshot = fileURLToPath(new URL('./tools/mutation/catalog-snapshot.ts', import.meta.url));

/**
 * Tests get the default catalogue from a snapshot (tools/mutation/catalog-snapshot.ts), taken in the dry run, when no
 * mutant is active. So a mutant of the content model is measured by the tests that validate content themselves
 * (fixtures, or a root passed to loadCatalog), not by the failure of every file that loads the real catalogue.
 */
const catalogSnapshot: Plugin = {
	name: 'pims-catalog-snapshot',
	enforce: 'pre',
	async resolveId(source, importer) {
		if (!importer || importer === snapshot || !source.endsWith('node.ts')) return null;
		const resolved = await this.resolve(source, importer, { skipSelf: true });
		return resolved?.id.endsWith('/src/content-model/node.ts') ? snapshot : null;
	},
};

// Stryker's instrumented files call stryMutAct_*: which folders are being mutated decides the tests.
const mutated = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).some((f) => f.endsWith('.ts') && readFileSync(join(dir, f), 'utf8').includes('stryMutAct_'));
// Each folder is measured by its own tests; the generators also by the code built on them (simulator, guides), as
// when they were first measured. The other folders' tests load the real catalogue in every file, which a mutant
// of the content model would fail without telling which rule was wrong.
const OWN_TESTS: Record<string, string[]> = {
	'src/content-model': ['src/content-model/**/*.test.ts'],
	'src/simulator': ['src/simulator/**/*.test.ts'],
	'src/generators': ['src/simulator/**/*.test.ts', 'src/generators/**/*.test.ts', 'src/content-model/**/*.test.ts', 'src/sdk/**/*.test.ts', 'src/guides/**/*.test.ts'],
};
const include = [
	...new Set(
		Object.keys(OWN_TESTS)
			.filter(mutated)
			.flatMap((dir) => OWN_TESTS[dir] ?? []),
	),
];

export default defineConfig({
	plugins: [catalogSnapshot],
	test: {
		// The dry run shares two cores with everything else; a first test that builds the fixture catalogue can pass 5 s.
		testTimeout: 30_000,
		include: include.length ? include : (OWN_TESTS['src/generators'] ?? []),
		exclude: ['src/generators/declarations-compile.test.ts', 'src/simulator/property.test.ts', 'src/simulator/sequences.test.ts', '**/node_modules/**'],
	},
});
