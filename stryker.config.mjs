// @ts-check
// Mutation testing of the simulator, the generators and the content model: `npm run test:mutation`, kept out of
// `npm test` (a full run takes long on two cores). Incremental: a run retests only mutants whose code or tests changed
// since the file in reports/, which git ignores. One folder (--mutate replaces the list below, so repeat the exclusion):
// `npm run test:mutation -- --mutate 'src/generators/**/*.ts,!**/*.test.ts'`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	testRunner: 'vitest',
	vitest: { configFile: 'vitest.mutation.config.ts' },
	mutate: [
		'src/simulator/**/*.ts',
		'src/generators/**/*.ts',
		'src/content-model/**/*.ts',
		'!**/*.test.ts',
		// Types only, test helpers (the fixture catalogue, the stories' runner, the random sequences' rules), and the
		// `validate` command, which runs when imported.
		'!src/simulator/flows/types.ts',
		'!src/content-model/test-fixtures.ts',
		'!src/simulator/run-case.ts',
		'!src/simulator/reflections.ts',
		'!src/simulator/reflections-trips.ts',
		'!src/content-model/cli.ts',
	],
	coverageAnalysis: 'perTest',
	// A static mutant (a module-level value) is covered by every test, so it reruns the whole suite: a third of the
	// mutants and nine tenths of the time. They are left out and the score counts the rest; say so with the figures.
	ignoreStatic: true,
	concurrency: 1,
	incremental: true,
	incrementalFile: 'reports/stryker-incremental.json',
	reporters: ['clear-text', 'progress', 'html', 'json'],
	htmlReporter: { fileName: 'reports/mutation/index.html' },
	jsonReporter: { fileName: 'reports/mutation/mutation.json' },
	// Not copied into the sandbox: build output and reports.
	ignorePatterns: ['dist', 'dist-*', '.astro', 'test-results', 'playwright-report', 'reports', '.bench'],
	thresholds: { high: 80, low: 60, break: null },
};
