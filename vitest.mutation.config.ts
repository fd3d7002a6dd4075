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

/** Unless the content model is itself mutated, tests get the catalogue from a snapshot (tools/mutation/catalog-snapshot.ts). */
const catalogSnapshot: Plugin = {
	name: 'pims-catalog-snapshot',
	enforce: 'pre',
	async resolveId(source, importer) {
		if (!importer || importer === snapshot || !source.endsWith('node.ts')) return null;
		const resolved = await this.resolve(source, importer, { skipSelf: true });
		return resolved?.id.endsWith('/src/content-model/node.ts') ? snapshot : null;
	},
};

// Stryker's instrumented files call stryMutAct_*; a mutated content model must load the catalogue each time.
const mutatingContentModel = readdirSync('src/content-model', { recursive: true, encoding: 'utf8' }).some(
	(f) => f.endsWith('.ts') && readFileSync(join('src/content-model', f), 'utf8').includes('stryMutAct_'),
);

export default defineConfig({
	plugins: mutatingContentModel ? [] : [catalogSnapshot],
	test: {
		include: ['src/simulator/**/*.test.ts', 'src/generators/**/*.test.ts', 'src/content-model/**/*.test.ts', 'src/sdk/**/*.test.ts', 'src/guides/**/*.test.ts'],
		exclude: ['src/generators/declarations-compile.test.ts', 'src/simulator/property.test.ts', 'src/simulator/sequences.test.ts', '**/node_modules/**'],
	},
});
